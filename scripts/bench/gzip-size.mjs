/**
 * Transfer-size estimates. The local server sends files uncompressed, so compressed sizes are computed here:
 * gzip at level 9 with node:zlib (`gzipSync(body, { level: 9 })`), the size a static host that gzips
 * (e.g. GitHub Pages, Netlify) would send, give or take a few bytes of header.
 */
import { gzipSync } from 'node:zlib';

/**
 * Bytes of the body after gzip level 9.
 *
 * @param {Uint8Array | string} body
 * @returns {number}
 * @example gzipSize('') // 20 (an empty gzip member)
 */
export function gzipSize(body) {
  return gzipSync(body, { level: 9 }).byteLength;
}

/**
 * Whether a response of this content type would be compressed by a static host. Fonts (woff2) and images
 * (png, webp …) are already compressed and count with their raw size; `image/svg+xml` is text.
 *
 * @param {string} contentType
 * @returns {boolean}
 * @example isCompressible('text/javascript; charset=utf-8') // true
 * @example isCompressible('font/woff2') // false
 */
export function isCompressible(contentType) {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return (
    type.startsWith('text/') ||
    type.endsWith('javascript') ||
    type.endsWith('json') ||
    type.endsWith('xml') ||
    type === 'image/svg+xml' ||
    type === 'application/wasm' ||
    type === 'image/x-icon'
  );
}

/**
 * The bytes a response costs on the wire from a gzipping host: gzip-9 size for compressible types, the raw
 * size otherwise.
 *
 * @param {Uint8Array} body
 * @param {string} contentType
 * @returns {number}
 * @example transferSize(Buffer.from('x'.repeat(1000)), 'text/html') // ≈ 29
 */
export function transferSize(body, contentType) {
  return isCompressible(contentType) ? gzipSize(body) : body.byteLength;
}
