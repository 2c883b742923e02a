/**
 * A compressing front for the project's static server (scripts/serve.mjs), so pages are measured the way a
 * static host serves them: GitHub Pages, Netlify, Cloudflare Pages and the like gzip text responses, serve.mjs
 * does not. Requests are forwarded unchanged to the upstream origin; a response whose content type is
 * compressible (gzip-size.mjs `isCompressible`) goes back gzip level 9 compressed (`Content-Encoding: gzip`,
 * `Vary: Accept-Encoding`) when the request accepts gzip, anything else passes through untouched.
 */
import { createServer, request as httpRequest } from 'node:http';
import { createGzip } from 'node:zlib';

import { isCompressible } from './gzip-size.mjs';

/**
 * Starts the front on a free port of 127.0.0.1.
 *
 * @param {string} upstreamOrigin e.g. `http://127.0.0.1:40123` (serve.mjs `origin`)
 * @returns {Promise<{ origin: string, close(): Promise<void> }>}
 * @example
 * const site = await startServer({ root: 'dist', port: 0 });
 * const front = await startGzipProxy(site.origin);
 * // fetch(`${front.origin}/`, { headers: { 'accept-encoding': 'gzip' } }) → gzip-encoded HTML
 */
export async function startGzipProxy(upstreamOrigin) {
  const upstream = new URL(upstreamOrigin);
  const server = createServer((request, response) => {
    const forward = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path: request.url,
        headers: { ...request.headers, host: upstream.host, 'accept-encoding': 'identity' },
      },
      (reply) => {
        const headers = { ...reply.headers };
        const type = String(headers['content-type'] ?? '');
        const accepts = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
        const hasBody = request.method !== 'HEAD' && reply.statusCode !== 204 && reply.statusCode !== 304;
        if (accepts && hasBody && isCompressible(type)) {
          delete headers['content-length'];
          headers['content-encoding'] = 'gzip';
          headers.vary = 'Accept-Encoding';
          response.writeHead(reply.statusCode ?? 200, headers);
          reply.pipe(createGzip({ level: 9 })).pipe(response);
        } else {
          response.writeHead(reply.statusCode ?? 200, headers);
          reply.pipe(response);
        }
      },
    );
    forward.on('error', () => {
      if (!response.headersSent) response.writeHead(502).end('Bad Gateway');
      else response.destroy();
    });
    request.pipe(forward);
  });
  server.keepAliveTimeout = 1000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('gzip proxy: unexpected address');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
