#!/usr/bin/env node
/**
 * `npm test`: the project's one test command.
 *
 *   1. unit      vitest project "unit" (math, widgets, content)
 *   2. site      build at base '/' into dist/, then vitest project "e2e" (build-output checks + browser tests)
 *   3. sub-path  build with BASE_PATH=/po-course/ into dist-sub/ (env OUT_DIR), then the build checks and the
 *                browser tests that depend on the base path, against it
 *
 * Every step runs even when an earlier one failed (a failed build skips only its own tests). Ends with a
 * summary line "N passed, N failed" (tests counted from vitest's JSON reports; a failed build or a vitest run
 * that produced no report counts as one failure) and exits non-zero on any failure.
 *
 * Options: --only unit,site,subpath   run some steps only
 *          --no-build                 reuse existing dist/ and dist-sub/
 * Extra env: CHROME_PATH (Chromium binary), SITE (site URL passed to the builds).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reportDir = path.join(projectRoot, 'test-results');
const SUB_PATH = '/po-course/';

/**
 * The browser tests that depend on the base path; the rest need not run twice. pages.test.ts loads every page,
 * embeds included, with all its widgets upgraded, so it covers the widget code's URLs under the sub-path; what the
 * widget and lazy-loading tests check beyond that (drawing, keys, focus, loading on approach) does not depend on
 * the base path.
 */
const SUB_PATH_E2E_FILES = [
  'tests/build/',
  'tests/e2e/pages.test.ts',
  'tests/e2e/embed.test.ts',
  'tests/e2e/search.test.ts',
  'tests/e2e/section-link.test.ts',
  'tests/e2e/citations.test.ts',
  'tests/e2e/glossary.test.ts',
  'tests/e2e/reading-progress.test.ts',
];

const args = process.argv.slice(2);
const onlyIndex = args.indexOf('--only');
const only = onlyIndex === -1 ? null : new Set((args[onlyIndex + 1] ?? '').split(','));
const build = !args.includes('--no-build');
const wanted = (step) => only === null || only.has(step);

/** @type {{ name: string, passed: number, failed: number, note: string, failures: string[] }[]} */
const results = [];

/**
 * Runs a command with inherited output; resolves with its exit code.
 *
 * @param {string} command
 * @param {string[]} commandArgs
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<number>}
 */
function run(command, commandArgs, env = {}) {
  console.log(`\n$ ${Object.entries(env).map(([k, v]) => `${k}=${v} `).join('')}${command} ${commandArgs.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd: projectRoot, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/**
 * Runs vitest with a JSON report and records its counts.
 *
 * @param {string} name label in the summary
 * @param {string[]} vitestArgs
 * @param {NodeJS.ProcessEnv} env
 */
async function vitest(name, vitestArgs, env = {}) {
  const report = path.join(reportDir, `${name.replace(/[^a-z0-9]+/gi, '-')}.json`);
  rmSync(report, { force: true });
  const code = await run(
    process.execPath,
    [path.join(projectRoot, 'node_modules/vitest/vitest.mjs'), 'run', ...vitestArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    env,
  );
  let passed = 0;
  let failed = 0;
  let note = '';
  /** @type {string[]} */
  const failures = [];
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed = json.numPassedTests ?? 0;
    failed = json.numFailedTests ?? 0;
    failures.push(...failedTestLines(json, projectRoot));
    // A file that failed with no failed test (it did not load, or a beforeAll hook threw and its tests were
    // skipped: no built site, no Chromium) counts as one failure.
    const brokenFiles = (json.testResults ?? []).filter(
      (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
    ).length;
    if (brokenFiles > 0) {
      failed += brokenFiles;
      note = `${brokenFiles} test file(s) failed outside their tests (load error or beforeAll hook)`;
    }
  }
  if (code !== 0 && failed === 0) {
    failed = 1;
    note = note || `vitest exited with code ${code}`;
  }
  results.push({ name, passed, failed, note, failures });
}

/**
 * The failed tests of a vitest JSON report, and those that passed only on a retry, one line each (file, full
 * name, first line of the first failure message), so that the summary at the very end of the output names
 * them: a CI log is often read from its tail.
 *
 * @param {{ testResults?: { name: string, status: string, message?: string, assertionResults?: { fullName: string, status: string, failureMessages?: string[] }[] }[] }} json
 * @param {string} root paths are shown relative to it
 * @returns {string[]}
 */
function failedTestLines(json, root) {
  const lines = [];
  for (const file of json.testResults ?? []) {
    const where = path.relative(root, file.name);
    const failedTests = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of failedTests) {
      const message = (test.failureMessages?.[0] ?? '').split('\n')[0].slice(0, 300);
      lines.push(`${where} > ${test.fullName}: ${message}`);
    }
    // A test that passed with failure messages failed an earlier attempt and passed on its retry.
    for (const test of file.assertionResults ?? []) {
      if (test.status !== 'passed' || !(test.failureMessages?.length > 0)) continue;
      const message = (test.failureMessages[0] ?? '').split('\n')[0].slice(0, 300);
      lines.push(`flaky, passed on retry: ${where} > ${test.fullName}: ${message}`);
    }
    if (file.status === 'failed' && failedTests.length === 0) {
      lines.push(`${where}: ${(file.message ?? 'failed outside its tests').split('\n')[0].slice(0, 300)}`);
    }
  }
  return lines;
}

/**
 * Builds the site (npm run build, so whatever the build script adds, e.g. pagefind, runs too).
 *
 * @param {string} name label in the summary
 * @param {string} outDir
 * @param {string} basePath
 * @returns {Promise<boolean>} whether the build succeeded and produced outDir/index.html
 */
/**
 * The public address a build gets: env SITE when given; otherwise none for the `/` build and
 * https://example.org for the sub-path build, so one `npm test` checks both kinds of build (canonical links,
 * link previews, sitemap and embed snippets with and without an address; tests/build/site-url.test.ts).
 *
 * @param {string} basePath
 * @returns {string | undefined}
 */
function siteFor(basePath) {
  return process.env.SITE ?? (basePath === '/' ? undefined : 'https://example.org');
}

async function buildSite(name, outDir, basePath) {
  if (!build) return true;
  rmSync(path.join(projectRoot, outDir), { recursive: true, force: true });
  const npm = process.env.npm_execpath;
  const [command, commandArgs] = npm && npm.endsWith('.js') ? [process.execPath, [npm, 'run', 'build']] : ['npm', ['run', 'build']];
  const env = { BASE_PATH: basePath, OUT_DIR: outDir };
  const site = siteFor(basePath);
  if (site) env.SITE = site;
  const code = await run(command, commandArgs, env);
  let note = '';
  if (code !== 0) note = `npm run build exited with code ${code}`;
  else if (!existsSync(path.join(projectRoot, outDir, 'index.html'))) {
    note = `the build produced no ${outDir}/index.html (astro.config.mjs must read OUT_DIR and BASE_PATH)`;
  }
  if (note) {
    results.push({ name, passed: 0, failed: 1, note, failures: [] });
    return false;
  }
  return true;
}

mkdirSync(reportDir, { recursive: true });

if (wanted('unit')) {
  await vitest('unit', ['--project', 'unit']);
}
if (wanted('site')) {
  if (await buildSite('build (base /)', 'dist', '/')) {
    await vitest('e2e (base /)', ['--project', 'e2e'], { DIST_DIR: 'dist', BASE_PATH: '/' });
  }
}
if (wanted('subpath')) {
  if (await buildSite(`build (base ${SUB_PATH})`, 'dist-sub', SUB_PATH)) {
    await vitest(`e2e (base ${SUB_PATH})`, ['--project', 'e2e', ...SUB_PATH_E2E_FILES], {
      DIST_DIR: 'dist-sub',
      BASE_PATH: SUB_PATH,
      ...(siteFor(SUB_PATH) ? { SITE: siteFor(SUB_PATH) } : {}),
    });
  }
}

const passed = results.reduce((sum, step) => sum + step.passed, 0);
const failed = results.reduce((sum, step) => sum + step.failed, 0);
console.log('\nSummary');
for (const step of results) {
  const mark = step.failed === 0 ? 'ok  ' : 'FAIL';
  console.log(`  ${mark} ${step.name}: ${step.passed} passed, ${step.failed} failed${step.note ? ` (${step.note})` : ''}`);
  for (const line of step.failures) console.log(`       ${line.startsWith('flaky') ? '!' : '✗'} ${line}`);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && results.length > 0 ? 0 : 1);
