/**
 * The weight of the embedding bundle (integrations/widgets-bundle.mjs): `widgets.js`, a small entry that
 * imports a widget's chunk only when the widget's tag appears in the page, and the chunks under `widgets/`
 * (one per widget, a shared one with Lit, Chart.js and the widget platform, common math and training pieces). Raw and gzip-9 (node:zlib, as for page
 * weights). What an embedder's reader downloads is the entry plus, for each widget the page uses, that widget's
 * chunk and everything it imports statically; `perWidget` gives that for a page with one widget, and `gzip`
 * the whole bundle (every widget at once).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { gzipSize } from './gzip-size.mjs';

/**
 * @typedef {{ file: string, raw: number, gzip: number }} BundleFile
 * @typedef {{ id: string, files: string[], raw: number, gzip: number }} WidgetWeight
 * @typedef {{ files: BundleFile[], raw: number, gzip: number, entry: BundleFile, perWidget: WidgetWeight[] }} BundleWeight
 */

/**
 * Relative module specifiers a minified module imports: static (`from"./x.js"`, `import"./x.js"`) and
 * dynamic (`import("./x.js")`, also with backquotes).
 *
 * @param {string} source
 * @returns {{ staticImports: string[], dynamicImports: string[] }}
 * @example importsOf('import{a}from"./shared-1.js";()=>import(`./widgets/dpo-loss-2.js`)') // { staticImports: ['./shared-1.js'], dynamicImports: ['./widgets/dpo-loss-2.js'] }
 */
export function importsOf(source) {
  const staticImports = [...source.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.\.?\/[^"'`]+)["'`]/g)].map((match) => /** @type {string} */ (match[1]));
  const dynamicImports = [...source.matchAll(/\bimport\(\s*["'`](\.\.?\/[^"'`]+)["'`]\s*\)/g)].map((match) => /** @type {string} */ (match[1]));
  return { staticImports, dynamicImports };
}

/**
 * Measures the bundle of a build output folder.
 *
 * @param {string} outDir the build output folder (e.g. `dist`)
 * @returns {Promise<BundleWeight>}
 * @example (await measureBundle('dist')).entry.gzip // about 1200 (25 widgets, December 2026)
 * @example (await measureBundle('dist')).perWidget.find((w) => w.id === 'dpo-loss')?.gzip // about 66 700
 */
export async function measureBundle(outDir) {
  const chunkDir = path.join(outDir, 'widgets');
  const chunks = (await readdir(chunkDir).catch(() => [])).filter((name) => name.endsWith('.js')).sort();
  /** @type {BundleFile[]} */
  const files = [];
  /** @type {Map<string, string>} */
  const sources = new Map();
  for (const file of ['widgets.js', ...chunks.map((name) => `widgets/${name}`)]) {
    const body = await readFile(path.join(outDir, file));
    sources.set(file, body.toString('utf8'));
    files.push({ file, raw: body.byteLength, gzip: gzipSize(body) });
  }
  const byFile = new Map(files.map((entry) => [entry.file, entry]));
  /** Files a module needs before it runs: itself and its static imports, transitively. */
  const closure = (/** @type {string} */ file, /** @type {Set<string>} */ seen = new Set()) => {
    if (seen.has(file) || !byFile.has(file)) return seen;
    seen.add(file);
    for (const specifier of importsOf(sources.get(file) ?? '').staticImports) {
      closure(path.posix.join(path.posix.dirname(file), specifier), seen);
    }
    return seen;
  };
  const entry = /** @type {BundleFile} */ (byFile.get('widgets.js'));
  /** @type {WidgetWeight[]} */
  const perWidget = [];
  for (const specifier of importsOf(sources.get('widgets.js') ?? '').dynamicImports) {
    const chunk = path.posix.join('.', specifier);
    // The hash is 8 characters of base64url, so it may contain '-' (and end with one): a widget's id is all but
    // the last 9 characters of the name, not what precedes the last '-' ('beta-temperature-BXGY-dW8.js' was read
    // as widget 'beta-temperature-BXGY', and 'reference-policy-FopiliU-.js' was left out).
    const id = /^widgets\/(.+)-[\w-]{8}\.js$/.exec(chunk)?.[1];
    if (id === undefined || !byFile.has(chunk)) continue;
    const needed = [...closure('widgets.js'), ...closure(chunk)].filter((file, index, all) => all.indexOf(file) === index);
    const parts = needed.map((file) => /** @type {BundleFile} */ (byFile.get(file)));
    perWidget.push({ id, files: needed, raw: parts.reduce((sum, part) => sum + part.raw, 0), gzip: parts.reduce((sum, part) => sum + part.gzip, 0) });
  }
  perWidget.sort((a, b) => a.id.localeCompare(b.id));
  return {
    files,
    raw: files.reduce((sum, item) => sum + item.raw, 0),
    gzip: files.reduce((sum, item) => sum + item.gzip, 0),
    entry,
    perWidget,
  };
}
