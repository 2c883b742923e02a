import { defineConfig } from 'vitest/config';

/**
 * Two projects (run one with `vitest run --project <name>`; `npm test` runs both via scripts/test.mjs):
 * - unit: pure TypeScript (math, widget state/model functions, content checks) in Node.
 * - e2e: checks over a built site (tests/build, read DIST_DIR / BASE_PATH) and Chromium tests against that
 *   site served locally (tests/e2e). One file at a time: each file launches its own browser and servers.
 *   Timeouts are generous because they bound waits for conditions, never measure speed. A browser test that
 *   fails is run once more (`retry: 1`), as CI browser suites usually are; `npm test` lists every test that
 *   passed only on its retry under its summary, so a flake stays visible. The check of layout shift
 *   at load under contention (tests/e2e/progressive-render.test.ts) opts out: it must pass first time.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/math/**/*.test.ts', 'tests/widgets/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/course/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          fileParallelism: false,
          retry: 1,
          hookTimeout: 120_000,
          testTimeout: 120_000,
        },
      },
    ],
  },
});
