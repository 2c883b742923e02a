/**
 * The weight of the embedding bundle: `widgets.js` plus every chunk under `widgets/` (integrations/widgets-bundle.mjs
 * writes its shared chunks there), raw and gzip-9 (node:zlib, as for page weights). That is all the JavaScript an
 * embedder's reader can be sent for the web components, whatever widgets the host page uses.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { gzipSize } from './gzip-size.mjs';

/**
 * @typedef {{ files: { file: string, raw: number, gzip: number }[], raw: number, gzip: number }} BundleWeight
 */

/**
 * Measures the bundle of a build output folder.
 *
 * @param {string} outDir the build output folder (e.g. `dist`)
 * @returns {Promise<BundleWeight>}
 * @example (await measureBundle('dist')).gzip // 64026 (widgets.js alone, minified, two widgets, late 2026)
 */
export async function measureBundle(outDir) {
  const chunkDir = path.join(outDir, 'widgets');
  const chunks = (await readdir(chunkDir).catch(() => [])).filter((name) => name.endsWith('.js')).sort();
  const files = [];
  for (const file of ['widgets.js', ...chunks.map((name) => `widgets/${name}`)]) {
    const body = await readFile(path.join(outDir, file));
    files.push({ file, raw: body.byteLength, gzip: gzipSize(body) });
  }
  return {
    files,
    raw: files.reduce((sum, entry) => sum + entry.raw, 0),
    gzip: files.reduce((sum, entry) => sum + entry.gzip, 0),
  };
}
