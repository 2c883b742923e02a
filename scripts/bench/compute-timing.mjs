/**
 * Time of each widget's default computation in Node: `meta.fallback(meta.defaults)` from
 * `src/widgets/registry.ts` (the state → numbers → summary sentence and table work the build does for every
 * fallback, all numbers from src/math). The registry is TypeScript, so it is bundled with esbuild (a dependency
 * of the toolchain) into a temporary ES module first; without esbuild, Node's own type stripping imports the
 * `.ts` file directly.
 *
 * Per widget: one cold call, then 20 warm-up calls, then single calls timed with `process.hrtime.bigint()` until
 * 2,000 samples or 300 ms; median and p95 in microseconds.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { median, quantile } from './statistics.mjs';

/**
 * @typedef {{ id: string, coldUs: number, medianUs: number, p95Us: number, runs: number, error?: string }} ComputeTiming
 */

/**
 * Loads the widget registry (bundled by esbuild when available).
 *
 * @param {string} projectRoot
 * @returns {Promise<{ widgets: Array<{ id: string, defaults: unknown, fallback: (state: unknown) => unknown }>, cleanup: () => Promise<void> }>}
 */
async function loadRegistry(projectRoot) {
  const entry = path.join(projectRoot, 'src/widgets/registry.ts');
  /** @type {typeof import('esbuild') | null} */
  let esbuild = null;
  try {
    esbuild = await import('esbuild');
  } catch {
    esbuild = null;
  }
  /** @param {Record<string, unknown>} module */
  const pick = (module) => {
    /** @param {any} value */
    const isWidgetList = (value) =>
      Array.isArray(value) &&
      value.length > 0 &&
      value.every((/** @type {any} */ item) => typeof item === 'object' && item !== null && typeof item.id === 'string' && typeof item.fallback === 'function');
    const list = [module.widgetRegistry, module.widgets, ...Object.values(module)].find(isWidgetList);
    if (!list) throw new Error('src/widgets/registry.ts exports no array of widgets ({ id, defaults, fallback })');
    return /** @type {Array<{ id: string, defaults: unknown, fallback: (state: unknown) => unknown }>} */ (list);
  };
  if (esbuild === null) {
    return { widgets: pick(await import(pathToFileURL(entry).href)), cleanup: async () => undefined };
  }
  const folder = await mkdtemp(path.join(os.tmpdir(), 'po-bench-registry-'));
  const outfile = path.join(folder, 'registry.mjs');
  await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    outfile,
    logLevel: 'error',
    absWorkingDir: projectRoot,
    plugins: [viteRawImports],
  });
  return { widgets: pick(await import(pathToFileURL(outfile).href)), cleanup: () => rm(folder, { recursive: true, force: true }) };
}

/**
 * An esbuild plugin for Vite's `?raw` imports (`import text from './data.jsonl?raw'`, as in
 * src/widgets/preference-pair/dataset.ts): the file's text as the module's default export.
 *
 * @type {import('esbuild').Plugin}
 */
const viteRawImports = {
  name: 'vite-raw-imports',
  setup(build) {
    build.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: path.resolve(args.resolveDir, args.path.slice(0, -'?raw'.length)),
      namespace: 'vite-raw',
    }));
    build.onLoad({ filter: /.*/, namespace: 'vite-raw' }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

/**
 * Times every widget's default computation.
 *
 * @param {string} projectRoot
 * @returns {Promise<ComputeTiming[]>}
 * @example (await measureDefaultComputation(process.cwd()))[0] // { id: 'bradley-terry', medianUs: 14.2, … }
 */
export async function measureDefaultComputation(projectRoot) {
  const { widgets, cleanup } = await loadRegistry(projectRoot);
  try {
    return widgets.map((meta) => {
      const id = String(meta.id);
      try {
        const call = () => meta.fallback(meta.defaults);
        let start = process.hrtime.bigint();
        call();
        const coldUs = Number(process.hrtime.bigint() - start) / 1000;
        for (let i = 0; i < 20; i += 1) call();
        /** @type {number[]} */
        const samples = [];
        const deadline = performance.now() + 300;
        while (samples.length < 2000 && (samples.length < 20 || performance.now() < deadline)) {
          start = process.hrtime.bigint();
          call();
          samples.push(Number(process.hrtime.bigint() - start) / 1000);
        }
        return { id, coldUs, medianUs: median(samples), p95Us: quantile(samples, 0.95), runs: samples.length };
      } catch (error) {
        return { id, coldUs: NaN, medianUs: NaN, p95Us: NaN, runs: 0, error: error instanceof Error ? error.message : String(error) };
      }
    });
  } finally {
    await cleanup();
  }
}
