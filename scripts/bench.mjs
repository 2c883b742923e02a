#!/usr/bin/env node
/**
 * `npm run bench`: builds the site, measures it against the performance budgets (scripts/bench/budgets.mjs) and
 * writes the results to bench-results/latest.json (plus one summary line in bench-results/history.jsonl).
 * A benchmark, not a test: it exits 0 whatever the budgets say, unless `--strict`.
 *
 * Measured (details in the modules under scripts/bench/):
 * - the full build time (`npm run build`, default base) — build-timer.mjs
 * - per page, in headless Chromium at 412×823 (mobile): JavaScript gzip (node:zlib level 9) before any widget
 *   loads, after load without scrolling, and with every widget upgraded; total transfer; CLS while widgets
 *   upgrade — page-weight.mjs; the embedding bundle (widgets.js and its chunks), gzip — bundle-weight.mjs
 * - per page (every page except embeds, plus the first embed page): Lighthouse 13 mobile scores and
 *   LCP/TBT/CLS — lighthouse-audit.mjs
 * - per widget: control-to-repaint median and p95 in its embed page and in the first section page that holds
 *   it (both against the ≤ 8 ms budget) — repaint-timing.mjs; the default
 *   computation `fallback(defaults)` in Node — compute-timing.mjs
 * - per toy-world trainer (src/math/trainers): one step and one default full run in Node — trainer-timing.mjs
 *
 * Options:
 *   --quick              skip Lighthouse
 *   --trainers-only      only the trainer timings in Node (no build, no browser); writes bench-results/trainers.json
 *                        unless --out is given, and no history line
 *   --no-build           reuse the existing build output instead of building (build time not measured)
 *   --dist <folder>      build output folder (default dist; passed to the build as OUT_DIR)
 *   --pages <text>       only pages whose path contains the text (and widgets whose id contains it)
 *   --iterations <n>     control changes per widget (default 120, after 30 warm-up changes: a drag's steady state)
 *   --out <file>         results file (default bench-results/latest.json)
 *   --compare [file]     print the changes against an earlier result (default: the previous latest.json)
 *   --no-compress        serve files as scripts/serve.mjs sends them (uncompressed) instead of through the gzip
 *                        front that imitates a static host (affects Lighthouse's network simulation only)
 *   --lighthouse-runs <n>  Lighthouse runs per page, the median run reported (default 1)
 *   --lighthouse-reports <folder>  also save each (median) Lighthouse report (JSON) there
 *   --json               print the JSON result on stdout (the readable report goes to stderr)
 *   --strict             exit 1 when a budget fails
 *
 * @example
 * npm run bench                      # everything
 * npm run bench -- --quick --compare # no Lighthouse; deltas against the previous run
 * npm run bench -- --trainers-only   # a few seconds: one step and one default run per trainer
 * npm run bench -- --compare bench-results/before.json --strict
 */
import { readFile, writeFile, mkdir, appendFile, readdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { figure, summarizeBudgets } from './bench/budgets.mjs';
import { timeBuild } from './bench/build-timer.mjs';
import { launchChromium, CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';
import { formatComparison } from './bench/compare-results.mjs';
import { startGzipProxy } from './bench/gzip-proxy.mjs';
import { measureDefaultComputation } from './bench/compute-timing.mjs';
import { measureTrainers } from './bench/trainer-timing.mjs';
import { runLighthouse } from './bench/lighthouse-audit.mjs';
import { measureBundle } from './bench/bundle-weight.mjs';
import { measurePage, MOBILE_CONTEXT } from './bench/page-weight.mjs';
import { BUDGETS } from './bench/budgets.mjs';
import { profileRepaint } from './bench/repaint-profile.mjs';
import { measureRepaint } from './bench/repaint-timing.mjs';
import { measureKeypress } from './bench/keypress-timing.mjs';
import { formatReport } from './bench/report-text.mjs';
import { listPages } from './bench/site-pages.mjs';
import { startServer } from './serve.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @typedef {{
 *   quick: boolean, build: boolean, dist: string, pages: string | null, iterations: number,
 *   out: string, compare: string | null, json: boolean, strict: boolean, compress: boolean,
 *   lighthouseReports: string | null, lighthouseRuns: number, trainersOnly: boolean
 * }} BenchOptions
 * @typedef {{
 *   subject: string, path: string, kind: string,
 *   weight: import('./bench/page-weight.mjs').PageWeight | null, weightError?: string,
 *   lighthouse: import('./bench/lighthouse-audit.mjs').LighthouseResult | null
 * }} PageResult
 * @typedef {{
 *   subject: string, id: string,
 *   repaint: import('./bench/repaint-timing.mjs').RepaintTiming | null,
 *   sectionPath: string | null, sectionRepaint: import('./bench/repaint-timing.mjs').RepaintTiming | null,
 *   keypress: import('./bench/keypress-timing.mjs').KeypressTiming | null,
 *   sectionKeypress: import('./bench/keypress-timing.mjs').KeypressTiming | null,
 *   compute: import('./bench/compute-timing.mjs').ComputeTiming | null,
 *   profile?: import('./bench/repaint-profile.mjs').RepaintProfile, profileError?: string
 * }} WidgetResult
 * @typedef {{
 *   schema: 1, timestamp: string, options: BenchOptions,
 *   machine: Record<string, string | number>, git: { commit: string, dirty: boolean } | null,
 *   method: Record<string, string>,
 *   build: { ms: number, ok: boolean, skipped: boolean, changedDuringRun?: boolean },
 *   pages: PageResult[], widgets: WidgetResult[],
 *   trainers: import('./bench/trainer-timing.mjs').TrainerTiming[],
 *   bundle: import('./bench/bundle-weight.mjs').BundleWeight | null, bundleError?: string,
 *   figures: import('./bench/budgets.mjs').Figure[],
 *   budgets: { checked: number, passed: number, failures: string[] }
 * }} BenchResult
 */

/**
 * Parses the command line.
 *
 * @param {string[]} argv
 * @returns {BenchOptions}
 * @example parseBenchArgs(['--quick', '--compare']).compare // 'bench-results/latest.json'
 */
export function parseBenchArgs(argv) {
  /** @type {BenchOptions} */
  const options = {
    quick: false, build: true, dist: 'dist', pages: null, iterations: 120,
    out: 'bench-results/latest.json', compare: null, json: false, strict: false, compress: true,
    lighthouseReports: null, lighthouseRuns: 1, trainersOnly: false,
  };
  let outGiven = false;
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = /** @type {[string, string | undefined]} */ (/** @type {unknown} */ (String(argv[i]).split(/=(.*)/s, 2)));
    const value = () => {
      const next = inline ?? argv[(i += 1)];
      if (next === undefined) throw new Error(`bench: ${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--quick': options.quick = true; break;
      case '--no-build': options.build = false; break;
      case '--dist': options.dist = value(); break;
      case '--pages': options.pages = value(); break;
      case '--iterations': {
        options.iterations = Number(value());
        if (!Number.isInteger(options.iterations) || options.iterations < 2) throw new Error('bench: --iterations must be an integer ≥ 2');
        break;
      }
      case '--out': options.out = value(); outGiven = true; break;
      case '--trainers-only': options.trainersOnly = true; break;
      case '--compare': {
        const next = inline ?? argv[i + 1];
        if (next !== undefined && !next.startsWith('--')) {
          options.compare = next;
          if (inline === undefined) i += 1;
        } else {
          options.compare = 'bench-results/latest.json';
        }
        break;
      }
      case '--json': options.json = true; break;
      case '--no-compress': options.compress = false; break;
      case '--lighthouse-reports': options.lighthouseReports = value(); break;
      case '--lighthouse-runs': {
        options.lighthouseRuns = Number(value());
        if (!Number.isInteger(options.lighthouseRuns) || options.lighthouseRuns < 1) throw new Error('bench: --lighthouse-runs must be an integer ≥ 1');
        break;
      }
      case '--strict': options.strict = true; break;
      case '--help': case '-h':
        console.log('usage: npm run bench -- [--quick] [--trainers-only] [--no-build] [--dist dist] [--pages text] [--iterations 120] [--out file] [--compare [file]] [--no-compress] [--lighthouse-runs 1] [--lighthouse-reports dir] [--json] [--strict]');
        process.exit(0);
        break;
      default: throw new Error(`bench: unknown option ${flag} (try --help)`);
    }
  }
  if (options.trainersOnly && !outGiven) options.out = 'bench-results/trainers.json';
  return options;
}

/** @param {string} message */
const progress = (message) => process.stderr.write(`[bench] ${message}\n`);

/**
 * Runs the benchmark.
 *
 * @param {BenchOptions} options
 * @returns {Promise<BenchResult>}
 */
export async function runBench(options) {
  if (options.trainersOnly) return runTrainerBench(options);
  const dist = path.resolve(projectRoot, options.dist);
  /** @type {BenchResult['build']} */
  let build = { ms: NaN, ok: true, skipped: true };
  if (options.build) {
    progress('building (npm run build)…');
    const timing = await timeBuild(projectRoot, options.dist === 'dist' ? {} : { outDir: dist });
    build = { ms: timing.ms, ok: timing.ok, skipped: false };
    if (!timing.ok) {
      process.stderr.write(`${timing.outputTail}\n`);
      throw new Error(`bench: npm run build failed (exit ${timing.exitCode}) after ${(timing.ms / 1000).toFixed(1)} s`);
    }
    progress(`built in ${(timing.ms / 1000).toFixed(1)} s`);
  } else if (!existsSync(dist)) {
    throw new Error(`bench: ${dist} does not exist; build first or drop --no-build`);
  }

  const fingerprintAtStart = await buildFingerprint(dist);
  const filter = options.pages;
  const pages = (await listPages(dist)).filter((page) => filter === null || `/${page.path}`.includes(filter));
  const embedIds = (await listPages(dist))
    .filter((page) => page.kind === 'embed')
    .map((page) => page.path.replace(/^embed\//, '').replace(/\/$/, ''))
    .filter((id) => filter === null || id.includes(filter) || `/embed/${id}/`.includes(filter));

  const trainers = await timeTrainers();
  progress('timing default computations in Node…');
  /** @type {import('./bench/compute-timing.mjs').ComputeTiming[]} */
  let computations = [];
  try {
    computations = await measureDefaultComputation(projectRoot);
  } catch (error) {
    progress(`default computation not measured: ${error instanceof Error ? error.message : error}`);
  }

  const upstream = await startServer({ root: dist, base: '/', port: 0 });
  const front = options.compress ? await startGzipProxy(upstream.origin) : null;
  const server = { origin: front?.origin ?? upstream.origin, url: `${front?.origin ?? upstream.origin}/` };
  const browser = await launchChromium();
  const chromiumVersion = browser.version();
  /** @type {PageResult[]} */
  const pageResults = [];
  /** @type {WidgetResult[]} */
  const widgetResults = [];
  /** @type {import('./bench/bundle-weight.mjs').BundleWeight | null} */
  let bundle = null;
  /** @type {string | undefined} */
  let bundleError;
  try {
    for (const [index, page] of pages.entries()) {
      progress(`page ${index + 1}/${pages.length}: /${page.path}`);
      /** @type {PageResult} */
      const result = { subject: `/${page.path}`, path: page.path, kind: page.kind, weight: null, lighthouse: null };
      try {
        result.weight = await measurePage(browser, server.url + page.path, server.origin);
      } catch (error) {
        result.weightError = error instanceof Error ? error.message : String(error);
      }
      pageResults.push(result);
    }
    // The section page that holds each widget (the first one, in page order), for control-to-repaint among the
    // typeset math of a real lesson as well as on the bare embed page.
    /** @type {Map<string, string>} */
    const sectionPathOf = new Map();
    for (const page of pages.filter((candidate) => candidate.kind === 'section')) {
      const html = await readFile(path.join(dist, page.path, 'index.html'), 'utf8').catch(() => '');
      for (const match of html.matchAll(/data-po-widget="([^"]+)"/g)) if (!sectionPathOf.has(match[1])) sectionPathOf.set(match[1], page.path);
    }
    progress('embedding bundle: widgets.js and its chunks');
    try {
      bundle = await measureBundle(dist);
    } catch (error) {
      bundleError = error instanceof Error ? error.message : String(error);
    }
    const ids = [...new Set([...embedIds, ...computations.map((item) => item.id).filter((id) => filter === null || id.includes(filter))])];
    for (const id of ids) {
      progress(`widget ${id}: ${options.iterations} control changes`);
      const url = `${server.url}embed/${id}/`;
      /** @type {WidgetResult} */
      const widget = {
        subject: `widget ${id}`,
        id,
        repaint: embedIds.includes(id) ? await measureRepaint(browser, url, { iterations: options.iterations, warmup: 30 }) : null,
        sectionPath: sectionPathOf.get(id) ?? null,
        sectionRepaint: null,
        keypress: null,
        sectionKeypress: null,
        compute: computations.find((item) => item.id === id) ?? null,
      };
      // Real key presses, keydown to the painted frame, as the peer harness measures them (../shared/peers).
      const presses = Math.min(60, options.iterations);
      if (embedIds.includes(id)) {
        progress(`widget ${id}: ${presses} key presses in its embed page`);
        widget.keypress = await measureKeypress(browser, url, { presses });
      }
      if (widget.sectionPath !== null) {
        progress(`widget ${id}: ${options.iterations} control changes in /${widget.sectionPath}`);
        widget.sectionRepaint = await measureRepaint(browser, server.url + widget.sectionPath, {
          iterations: options.iterations,
          warmup: 30,
          selector: `[data-po-widget="${id}"]`,
        });
        progress(`widget ${id}: ${presses} key presses in /${widget.sectionPath}`);
        widget.sectionKeypress = await measureKeypress(browser, server.url + widget.sectionPath, { presses, selector: `[data-po-widget="${id}"]` });
      }
      if (widget.repaint && !widget.repaint.error && !(widget.repaint.median <= BUDGETS.repaintMedian.limit)) {
        progress(`widget ${id}: over budget, profiling where the time goes`);
        try {
          widget.profile = await profileRepaint(browser, url, server.origin);
        } catch (error) {
          widget.profileError = error instanceof Error ? error.message : String(error);
        }
      }
      widgetResults.push(widget);
    }
  } finally {
    await browser.close();
  }

  let lighthouseVersion = '';
  /** @type {number[]} */
  let benchmarkIndexes = [];
  try {
    if (!options.quick) {
      const firstEmbed = pages.find((page) => page.kind === 'embed');
      const audited = pageResults.filter((page) => page.kind !== 'embed' || page.path === firstEmbed?.path);
      const { results, lighthouseVersion: version } = await runLighthouse(
        audited.map((page) => server.url + page.path),
        (url, index) => progress(`Lighthouse ${index + 1}/${audited.length}: ${url.slice(server.origin.length)}`),
        options.lighthouseReports ? path.resolve(projectRoot, options.lighthouseReports) : null,
        options.lighthouseRuns,
      );
      lighthouseVersion = version;
      const indexes = [...results.values()].map((item) => item.benchmarkIndex).filter((value) => value !== null);
      if (indexes.length > 0) benchmarkIndexes = indexes;
      for (const page of audited) page.lighthouse = results.get(server.url + page.path) ?? null;
    }
  } finally {
    await front?.close();
    await upstream.close();
  }

  const rebuiltMeanwhile = (await buildFingerprint(dist)) !== fingerprintAtStart;
  if (rebuiltMeanwhile) progress(`WARNING: ${options.dist} changed during the run (another build?): results may mix two builds`);
  const figures = collectFigures(pageResults, widgetResults, build, trainers, bundle, bundleError);
  const { checked, passed, failures } = summarizeBudgets(figures);
  return {
    schema: 1,
    timestamp: new Date().toISOString(),
    options,
    machine: {
      node: process.version,
      chromium: chromiumVersion,
      chromiumPath: chromiumPath(),
      chromiumFlags: CHROMIUM_FLAGS.join(' '),
      lighthouse: lighthouseVersion || 'not run',
      lighthouseBenchmarkIndex: benchmarkIndexes.length > 0 ? `${Math.min(...benchmarkIndexes)}–${Math.max(...benchmarkIndexes)}` : 'n/a',
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    },
    git: gitState(),
    method: {
      jsBytes: 'gzip (node:zlib, level 9) of every script response body the page requested, plus inline <script> text; 1 KB = 1000 bytes',
      server: options.compress
        ? 'scripts/serve.mjs behind a gzip front (level 9 for text types, like a compressing static host)'
        : 'scripts/serve.mjs as is (no compression)',
      viewport: `${MOBILE_CONTEXT.viewport.width}×${MOBILE_CONTEXT.viewport.height} CSS px, DPR ${MOBILE_CONTEXT.deviceScaleFactor}, mobile, touch`,
      loaderJs: 'scripts requested up to load + 500 ms network quiet while an init script keeps IntersectionObserver from reporting [data-po-widget] targets (no widget upgrades)',
      initialJs: 'scripts requested up to load + 500 ms network quiet, no scrolling (a widget within the first screen + 600 px loads here)',
      allJs: 'all scripts after every [data-po-widget] was scrolled into view and has a shadow root with a canvas, then network quiet',
      bundleJs: 'widgets.js plus every widgets/*.js chunk in the build output, gzip (node:zlib, level 9); bundleEntryJs: widgets.js alone; bundleWidgetJs: widgets.js plus a widget\'s chunk and the chunks it imports statically (what a page with that one widget loads)',
      transfer: 'every response with widgets loaded: gzip-9 size for text types, raw size for fonts/images',
      cls: 'layout-shift PerformanceObserver from document start through the widget upgrades, largest session window; the budget uses max(this, Lighthouse CLS)',
      keypress: 'embed page and the first section page holding the widget (scrolled into view), 1350×940 as ../shared/peers: up to 60 real ArrowRight presses (CDP key events, after 5 warm-up) on the focused first range input; keydown (capturing listener) to the task after the first animation frame in which the chart drew (includes the wait for vsync, like the peers\' figure); median and p90',
      repaint: 'embed page and the first section page holding the widget (scrolled into view), 1280×720: per change of the first range input (25 %/75 % of its range, 5 warm-up + N changes), (updateComplete − dispatch) + (task after next frame − max(frame start, updateComplete)): main-thread time to the painted frame, excluding the idle wait for vsync (wall time reported too)',
      compute: 'meta.fallback(meta.defaults) from src/widgets/registry.ts bundled by esbuild, in Node: median/p95 of single calls after 20 warm-ups',
      lighthouse: `Lighthouse mobile (moto g power emulation 412×823), simulated slow-4G throttling + 4× CPU, local Chromium via chrome-launcher; every non-embed page plus the first embed page; ${options.lighthouseRuns} run(s) per page, median run (computeMedianRun)`,
      build: 'wall time of `npm run build` with the default base',
      trainers: TRAINER_METHOD,
    },
    build: { ...build, ...(rebuiltMeanwhile ? { changedDuringRun: true } : {}) },
    pages: pageResults,
    widgets: widgetResults,
    trainers,
    bundle,
    ...(bundleError ? { bundleError } : {}),
    figures,
    budgets: { checked, passed, failures: failures.map((item) => item.key) },
  };
}

/**
 * The flat list of figures, budgets checked.
 *
 * @param {PageResult[]} pages
 * @param {WidgetResult[]} widgets
 * @param {BenchResult['build']} build
 * @param {BenchResult['trainers']} trainers
 * @param {BenchResult['bundle']} [bundle]
 * @param {string} [bundleError]
 * @returns {import('./bench/budgets.mjs').Figure[]}
 */
function collectFigures(pages, widgets, build, trainers, bundle, bundleError) {
  const figures = [];
  if (!build.skipped) figures.push(figure({ subject: 'build', metric: 'buildMs', value: build.ms, unit: 'ms', budget: 'buildMs' }));
  // The bundle is measured with the site (undefined in a --trainers-only run, null when its measurement failed).
  if (bundle !== undefined) figures.push(
    figure({ subject: 'widgets.js', metric: 'bundleEntryJs', value: bundle?.entry.gzip, unit: 'bytes', budget: 'bundleEntryJs', ...(bundleError ? { note: `not measured: ${bundleError}` } : {}) }),
    figure({ subject: 'widgets.js', metric: 'bundleJs', value: bundle?.gzip, unit: 'bytes' }),
    figure({ subject: 'widgets.js', metric: 'bundleRaw', value: bundle?.raw, unit: 'bytes' }),
    ...(bundle && bundle.perWidget.length > 0
      ? bundle.perWidget.map((widget) => figure({ subject: `widgets.js + ${widget.id}`, metric: 'bundleWidgetJs', value: widget.gzip, unit: 'bytes', budget: 'bundleWidgetJs' }))
      : [figure({ subject: 'widgets.js + one widget', metric: 'bundleWidgetJs', value: null, unit: 'bytes', budget: 'bundleWidgetJs', note: bundleError ? `not measured: ${bundleError}` : 'widgets.js imports no widget chunk' })]),
  );
  for (const page of pages) {
    const subject = page.subject;
    const w = page.weight;
    const note = page.weightError ? `page measurement failed: ${page.weightError}` : undefined;
    const upgradeNote = w && w.failedUpgrades.length > 0 ? `widgets that did not upgrade within 15 s: ${w.failedUpgrades.join(', ')}` : undefined;
    figures.push(
      figure({ subject, metric: 'loaderJs', value: w?.loaderOnly.gzip, unit: 'bytes', budget: 'loaderJs', ...(note ? { note } : {}) }),
      figure({ subject, metric: 'initialJs', value: w?.initial.gzip, unit: 'bytes' }),
      // The budget is a reading page's (a chapter's page with its widgets). The gallery (/widgets/) and the book
      // (/print/) hold every widget of the course, so their totals grow with the course; reported, without a budget.
      figure({
        subject,
        metric: 'allJs',
        value: w && w.failedUpgrades.length === 0 ? w.all.gzip : null,
        unit: 'bytes',
        ...(page.kind === 'gallery' || page.kind === 'book' ? {} : { budget: 'allJs' }),
        ...(note || upgradeNote ? { note: note ?? upgradeNote } : {}),
      }),
      figure({ subject, metric: 'transfer', value: w?.transfer.all, unit: 'bytes' }),
    );
    const lh = page.lighthouse;
    if (lh) {
      const lhNote = lh.runtimeError ? `Lighthouse error: ${lh.runtimeError}` : undefined;
      for (const metric of /** @type {const} */ (['perf', 'a11y', 'bestPractices', 'seo'])) {
        // The book page is every section's 8 MB of typeset text on one page, for printing: its performance score
        // is reported, not held to the reading pages' budget.
        const budgeted = !(page.kind === 'book' && metric === 'perf');
        figures.push(figure({ subject, metric, value: lh[metric], unit: 'score', better: 'higher', ...(budgeted ? { budget: metric } : {}), ...(lhNote ? { note: lhNote } : {}) }));
      }
      figures.push(
        figure({ subject, metric: 'lcp', value: lh.lcpMs, unit: 'ms' }),
        figure({ subject, metric: 'tbt', value: lh.tbtMs, unit: 'ms' }),
      );
    }
    const observed = w?.layoutShift.cls;
    const clsValues = [observed, lh?.cls].filter((value) => typeof value === 'number');
    figures.push(
      figure({ subject, metric: 'cls', value: clsValues.length > 0 ? Math.max(...clsValues) : null, unit: 'cls', budget: 'cls', ...(note ? { note } : {}) }),
    );
  }
  for (const widget of widgets) {
    const r = widget.repaint;
    const note = r?.error ? `measurement failed: ${r.error}` : r && !r.effective ? 'the control change did not change the summary sentence' : undefined;
    figures.push(
      figure({ subject: widget.subject, metric: 'repaintMedian', value: r?.median, unit: 'ms', budget: 'repaintMedian', ...(r?.error ? { note } : {}) }),
      figure({ subject: widget.subject, metric: 'repaintP95', value: r?.p95, unit: 'ms', ...(note ? { note } : {}) }),
      figure({ subject: widget.subject, metric: 'defaultComputation', value: widget.compute?.medianUs, unit: 'µs' }),
    );
    const section = widget.sectionRepaint;
    if (section) {
      const sectionNote = section.error ? `measurement in /${widget.sectionPath} failed: ${section.error}` : undefined;
      figures.push(
        figure({ subject: widget.subject, metric: 'sectionRepaintMedian', value: section.median, unit: 'ms', budget: 'repaintMedian', ...(sectionNote ? { note: sectionNote } : {}) }),
        figure({ subject: widget.subject, metric: 'sectionRepaintP95', value: section.p95, unit: 'ms' }),
      );
    }
  }
  for (const widget of widgets) {
    for (const [where, timing] of /** @type {const} */ ([['embed', widget.keypress], ['section', widget.sectionKeypress]])) {
      if (timing === null) continue;
      const prefix = where === 'embed' ? 'keyPaint' : 'sectionKeyPaint';
      // A widget whose first control is not a slider has nothing to press ArrowRight on: reported, not budgeted.
      const noSlider = timing.error?.startsWith('no input[type=range]') === true;
      const note = timing.error ? `${where === 'section' ? `in /${widget.sectionPath}: ` : ''}${timing.error}` : undefined;
      figures.push(
        figure({ subject: widget.subject, metric: `${prefix}Median`, value: timing.paintMedian, unit: 'ms', ...(note ? { note } : {}) }),
        figure({ subject: widget.subject, metric: `${prefix}P90`, value: timing.paintP90, unit: 'ms', ...(noSlider ? {} : { budget: 'keyPaintP90' }), ...(note ? { note } : {}) }),
      );
    }
  }
  // Total Blocking Time by page type (the largest over the pages of a type): the project's budget is relative,
  // at most Starlight's TBT in the same run of the peer harness, so these figures carry no absolute budget.
  /** @type {Map<string, number[]>} */
  const tbtByKind = new Map();
  for (const page of pages) {
    const tbt = page.lighthouse?.tbtMs;
    if (typeof tbt === 'number') tbtByKind.set(page.kind, [...(tbtByKind.get(page.kind) ?? []), tbt]);
  }
  for (const [kind, values] of tbtByKind) {
    figures.push(figure({ subject: `${kind} pages`, metric: 'tbtMax', value: Math.max(...values), unit: 'ms', note: 'budget: at most Starlight\'s TBT in the same run of ../shared/peers' }));
  }
  for (const trainer of trainers) {
    const subject = `trainer ${trainer.id}`;
    const note = trainer.error ? `measurement failed: ${trainer.error}` : undefined;
    if (trainer.steps !== null) figures.push(figure({ subject, metric: 'trainerStep', value: trainer.stepMedianUs, unit: 'µs', ...(note ? { note } : {}) }));
    figures.push(figure({ subject, metric: 'trainerRun', value: trainer.runMedianMs, unit: 'ms', budget: 'trainerRun', ...(note ? { note } : {}) }));
  }
  return figures;
}

const TRAINER_METHOD =
  'src/math/index.ts bundled by esbuild, in Node, on the default world (seed 42, 8 × 4) with 200 comparisons and 80 demonstrations: process CPU time (process.cpuUsage, user + system): one step = median over batches of 10 step(trainer, state) calls from a state halfway through a run; run = trainer creation + every default step, median of up to 15 runs after 3 warm-ups (wall-time median reported too)';

/**
 * Times the trainers, never failing the run.
 *
 * @returns {Promise<BenchResult['trainers']>}
 */
async function timeTrainers() {
  progress('timing the toy-world trainers in Node…');
  try {
    return await measureTrainers(projectRoot);
  } catch (error) {
    progress(`trainers not measured: ${error instanceof Error ? error.message : error}`);
    return [];
  }
}

/**
 * `--trainers-only`: the trainer timings alone, in the same result format (no build, pages or widgets).
 *
 * @param {BenchOptions} options
 * @returns {Promise<BenchResult>}
 */
async function runTrainerBench(options) {
  const build = { ms: NaN, ok: true, skipped: true };
  const trainers = await timeTrainers();
  const figures = collectFigures([], [], build, trainers);
  const { checked, passed, failures } = summarizeBudgets(figures);
  return {
    schema: 1,
    timestamp: new Date().toISOString(),
    options,
    machine: {
      node: process.version,
      chromium: 'not run',
      lighthouse: 'not run',
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    },
    git: gitState(),
    method: { trainers: TRAINER_METHOD },
    build,
    pages: [],
    widgets: [],
    trainers,
    figures,
    budgets: { checked, passed, failures: failures.map((item) => item.key) },
  };
}

/**
 * A cheap fingerprint of a build output: the names, sizes and modification times of its top-level files and of
 * `_astro/`. It changes when anything rebuilds the folder (e.g. a test run building into the same dist/).
 *
 * @param {string} dist
 * @returns {Promise<string>}
 */
async function buildFingerprint(dist) {
  const parts = [];
  for (const folder of [dist, path.join(dist, '_astro')]) {
    let names = [];
    try {
      names = (await readdir(folder)).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const info = await stat(path.join(folder, name)).catch(() => null);
      if (info?.isFile()) parts.push(`${name}:${info.size}:${info.mtimeMs}`);
    }
  }
  return parts.join('|');
}

/** @returns {{ commit: string, dirty: boolean } | null} */
function gitState() {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return { commit, dirty: status.trim() !== '' };
  } catch {
    return null;
  }
}

async function main() {
  const options = parseBenchArgs(process.argv.slice(2));
  const outFile = path.resolve(projectRoot, options.out);
  // Read the comparison file before latest.json is overwritten.
  const compareFile = options.compare === null ? null : path.resolve(projectRoot, options.compare);
  const before = compareFile && existsSync(compareFile) ? JSON.parse(await readFile(compareFile, 'utf8')) : null;
  if (compareFile && !before) progress(`nothing to compare with: ${compareFile} does not exist`);

  const loadBefore = os.loadavg();
  const result = await runBench(options);
  result.machine.loadAverage = `${loadBefore.map((value) => value.toFixed(2)).join(' ')} at start, ${os.loadavg().map((value) => value.toFixed(2)).join(' ')} at end (1/5/15 min)`;
  result.machine.busy = loadBefore[0] !== undefined && loadBefore[0] > os.cpus().length ? 'yes: timings are noisy' : 'no';
  await mkdir(path.dirname(outFile), { recursive: true });
  await writeFile(outFile, `${JSON.stringify(result, null, 2)}\n`);
  if (options.pages === null && !options.trainersOnly && path.dirname(outFile) === path.join(projectRoot, 'bench-results')) {
    const line = {
      timestamp: result.timestamp,
      commit: result.git?.commit ?? null,
      dirty: result.git?.dirty ?? null,
      quick: options.quick,
      budgets: { checked: result.budgets.checked, passed: result.budgets.passed },
      figures: Object.fromEntries(result.figures.filter((item) => item.budget !== null).map((item) => [item.key, item.value])),
    };
    await appendFile(path.join(projectRoot, 'bench-results/history.jsonl'), `${JSON.stringify(line)}\n`);
  }

  const report = formatReport(result);
  const comparison = before ? `\n\n${formatComparison(before, result)}` : '';
  const written = `\nResults: ${path.relative(process.cwd(), outFile) || outFile}`;
  if (options.json) {
    process.stderr.write(`${report}${comparison}${written}\n`);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    process.stdout.write(`${report}${comparison}${written}\n`);
  }
  if (options.strict && result.budgets.failures.length > 0) process.exitCode = 1;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  // A closed pipe (e.g. `| head`) must not kill the run halfway and orphan a browser.
  process.stdout.on('error', () => undefined);
  process.stderr.on('error', () => undefined);
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
