import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/**
 * Builds the standalone embedding bundle after the site: `<outDir>/widgets.js`, one ES module that defines
 * every `po-*` element, with its shared chunks under `<outDir>/widgets/`. It runs a second Vite build in
 * library mode with `base: './'`, so every import inside the bundle is relative to `import.meta.url` and the
 * module works from any page on any origin (given CORS). Widget code must therefore not import `astro:*`.
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
              output: {
                chunkFileNames: 'widgets/[name]-[hash].js',
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
