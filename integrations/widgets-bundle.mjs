import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { pureMathModules } from './pure-math.mjs';

/**
 * The widget platform's training pieces (src/widgets/shared): the run loop (training-run.ts, task-slices.ts), its
 * play/step/rewind state and buttons (transport.ts, transport-controls.ts) and the memo of finished runs
 * (run-memo.ts). Only the widgets that train a model in the page use them (dpo-trainer, reward-margins,
 * rm-training; dpo-gradient and reward-model use task-slices.ts alone), so they stay out of the shared chunk.
 */
const TRAINING_PLATFORM = /[\\/]src[\\/]widgets[\\/]shared[\\/](?:training-run|task-slices|transport|transport-controls|run-memo)\.ts$/;

/**
 * Whether a module belongs in the bundle's shared chunk: the libraries (Lit, Chart.js) and the widgets' shared
 * platform (src/widgets/shared) but its training pieces ({@link TRAINING_PLATFORM}, about 1 KB gzip that 22 of
 * the 25 widgets never run). A widget's own folder goes into that widget's chunk, with the math only it uses;
 * math (or a training piece) that several widgets use gets a common chunk of its own (the bundler's default: one
 * chunk per set of widgets that use it), so the shared chunk does not grow with every widget's math. The entry's
 * few modules stay in widgets.js. A widget then costs two waves of requests after widgets.js: its chunk, then the
 * shared chunk and any common chunk, side by side.
 *
 * @param {string} id a module id (a file path)
 * @returns {boolean}
 * @example isSharedModule('/repo/node_modules/lit-html/lit-html.js') // true
 * @example isSharedModule('/repo/src/widgets/shared/chart-controller.ts') // true
 * @example isSharedModule('/repo/src/widgets/shared/training-run.ts') // false
 * @example isSharedModule('/repo/src/widgets/dpo-loss/model.ts') // false
 * @example isSharedModule('/repo/src/math/dpo.ts') // false
 */
export function isSharedModule(id) {
  return /[\\/]node_modules[\\/]|[\\/]src[\\/]widgets[\\/]shared[\\/]/.test(id) && !TRAINING_PLATFORM.test(id);
}

/**
 * The file name of a chunk of the bundle: a widget's chunk is `widgets/<id>-<hash>.js` (so a reader of the
 * network log, and the tests, can tell which widget a request is for), the shared one `widgets/shared-<hash>.js`,
 * and a chunk of math or training pieces that some widgets share `widgets/common-<name>-<hash>.js` (named after
 * one of its modules, which may share a widget's name: `common-` keeps it apart from that widget's chunk).
 *
 * @param {{ name: string, facadeModuleId?: string | null }} chunk
 * @returns {string}
 * @example chunkFileName({ name: 'element', facadeModuleId: '/repo/src/widgets/dpo-loss/element.ts' }) // 'widgets/dpo-loss-[hash].js'
 * @example chunkFileName({ name: 'shared' }) // 'widgets/shared-[hash].js'
 * @example chunkFileName({ name: 'bradley-terry', facadeModuleId: '/repo/src/math/bradley-terry.ts' }) // 'widgets/common-bradley-terry-[hash].js'
 */
export function chunkFileName(chunk) {
  const widget = /[\\/]src[\\/]widgets[\\/]([^\\/]+)[\\/]element\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
  if (widget !== undefined) return `widgets/${widget}-[hash].js`;
  return chunk.name === 'shared' ? 'widgets/shared-[hash].js' : `widgets/common-${chunk.name}-[hash].js`;
}

/**
 * Builds the standalone embedding bundle after the site: `<outDir>/widgets.js`, a small ES module that defines
 * each `po-*` element when its tag appears in the page (src/widgets/embed.ts), by importing that widget's chunk;
 * the chunks (one per widget, the shared one with Lit, Chart.js and the widget platform, and common ones; see
 * {@link isSharedModule}) go under `<outDir>/widgets/`. It runs a second Vite build in library mode with
 * `base: './'`, so every import inside the bundle is relative to `import.meta.url` and the module works from any
 * page on any origin (given CORS). Widget code must therefore not import `astro:*`.
 *
 * The build treats reading a property as free of side effects (`treeshake.propertyReadSideEffects: false`).
 * Chart.js declares every scale in the one module the widgets import from, as classes whose static `defaults`
 * read other objects' properties (`Ticks.formatters.logarithmic`, `TimeScale.defaults`); with the default
 * (a read may run a getter) the bundler kept the logarithmic, radial-linear, time and time-series scales and the
 * date adapter, which no widget registers: 6.5 KB gzip in the chunk every widget loads (69.2 → 62.8 KB). In the
 * course's own code and Lit the setting only inlines single-use constants. The one thing it would break is a
 * property read kept for its effect alone, such as `element.offsetHeight;` to force a layout: such a statement
 * is dropped from this bundle, so write it as a call or use its value.
 *
 * @example
 * // astro.config.mjs
 * integrations: [widgetsBundle()]
 * // any HTML page:
 * // <script type="module" src="https://host/course/widgets.js"></script>
 * // <po-dpo-loss beta="0.2"></po-dpo-loss>
 * @returns {import('astro').AstroIntegration}
 */
export default function widgetsBundle() {
  return {
    name: 'po:widgets-bundle',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        await build({
          configFile: false,
          logLevel: 'warn',
          base: './',
          publicDir: false,
          build: {
            outDir,
            emptyOutDir: false,
            minify: true,
            target: 'es2022',
            lib: {
              entry: fileURLToPath(new URL('../src/widgets/embed.ts', import.meta.url)),
              formats: ['es'],
              fileName: () => 'widgets.js',
            },
            rolldownOptions: {
              treeshake: { moduleSideEffects: pureMathModules, propertyReadSideEffects: false },
              output: {
                chunkFileNames: chunkFileName,
                // The common chunks stay one per set of widgets (the bundler's default). Merging the small ones
                // (a group with `entriesAware` and `entriesAwareMergeThreshold`, 0.5–2 KB) fetches fewer files but
                // hands some widgets math they do not use: dpo-trainer 0.4 KB lighter at best, reward-model and
                // rm-training up to 3.7 KB heavier.
                codeSplitting: { groups: [{ name: 'shared', test: isSharedModule }] },
                // In library mode with the ES format, Vite minifies names and syntax but keeps whitespace and
                // `@__PURE__` annotations, for bundlers that will tree-shake the library again. This bundle goes
                // straight to browsers, so it is minified fully (233 KB → about 180 KB, 71 → 65 KB gzip).
                minify: true,
                comments: { annotation: false, jsdoc: false, legal: false },
              },
            },
          },
        });
        logger.info(`widgets.js built in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
