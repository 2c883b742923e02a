/**
 * Where a key press on a widget's slider goes, from `keydown` to the painted frame: a Chromium performance trace
 * (Chrome DevTools Protocol `Tracing`, the DevTools timeline categories) of `presses` ArrowRight presses on the
 * first range input of a widget, in its section page or its embed page, with the CPU slowed down by
 * `cpuSlowdown` (default 4) at the peer harness's viewport (1350×940, ../shared/peers). Presses are spaced
 * `gapMs` apart (default 250 ms: shorter than the live region's settle delay, as when a reader holds the key or
 * taps it quickly, so the `[role=status]` text changes once, after the last press; that settle render is traced
 * and reported apart).
 *
 * For each press it takes the renderer main thread from the start of the task that dispatched the `keydown` to
 * the end of the first `Commit` after that task (the frame that shows the change), and reports:
 * - counts that do not depend on machine load: style recalculations and the elements they restyled
 *   (`UpdateLayoutTree` `elementCount`), layouts with the layout objects they had to lay out (`dirtyObjects`) out
 *   of the objects in the tree (`totalObjects`), paints, `requestAnimationFrame` callbacks, timers, microtask
 *   checkpoints;
 * - the time of that window (`latencyMs`, keydown to the frame's commit: includes waiting for the next frame) and
 *   the main thread's busy time in it, by kind (script, style, layout, paint), from each event's self time;
 * - with `--profile`, the JavaScript self time per script (and per function) from a V8 CPU profile of the same
 *   presses (the shared chunk holds Lit, Chart.js and the widgets' shared code; build with `--minify false` in a
 *   scratch copy to read function names).
 *
 * Absolute times swing with the load of a shared machine; compare counts, and times only within one run.
 *
 * CLI: `node scripts/bench/keypress-trace.mjs [--dist dist] [--presses 20] [--slowdown 4] [--profile]
 * [--json out.json] [--trace-dir folder] [--css 'a stylesheet to try'] [--init 'a script to try'] [path …]` (paths default to the 5.3 section page and the DPO embed page).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { launchChromium } from '../chromium.mjs';
import { startServer } from '../serve.mjs';
import { median } from './statistics.mjs';

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.invalidationTracking',
  'disabled-by-default-devtools.timeline.stack',
  'v8.execute',
  'blink.user_timing',
];

/**
 * @typedef {{ name: string, ph: string, ts: number, dur?: number, tdur?: number, pid: number, tid: number,
 *   cat?: string, args?: Record<string, any> }} TraceEvent
 * @typedef {{
 *   latencyMs: number, busyMs: number, scriptMs: number, styleMs: number, layoutMs: number, paintMs: number,
 *   cpuMs: number, cpuScriptMs: number, cpuStyleMs: number, cpuLayoutMs: number, cpuPaintMs: number, forcedLayouts: number,
 *   styleRecalcs: number, styleElements: number, layouts: number, layoutDirty: number, layoutTotal: number,
 *   paints: number, animationFrames: number, timers: number, events: string[], self: Record<string, number>,
 *   invalidations: Record<string, number>
 * }} PressTrace
 * @typedef {{ path: string, presses: PressTrace[], settle: PressTrace | null, profile?: unknown }} KeypressTrace
 */

/** The kind of work a trace event name stands for. */
export function kindOf(/** @type {string} */ name) {
  if (/^(EventDispatch|FunctionCall|TimerFire|FireAnimationFrame|RunMicrotasks|V8\.|v8\.|EvaluateScript|CompileCode|ScheduleStyleRecalculation)/.test(name)) return 'script';
  if (/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet)$/.test(name)) return 'style';
  if (/^(Layout|UpdateLayerTree|IntersectionObserverController::computeIntersections|HitTest)$/.test(name)) return 'layout';
  if (/^(Paint|PrePaint|Layerize|PaintImage|Commit|UpdateLayer|RasterTask|Decode.*)$/.test(name)) return 'paint';
  return 'other';
}

/**
 * Self time (µs) of every event in `events` (complete events of one thread, sorted by start), by event name:
 * wall time (`dur`), or the thread's CPU time (`tdur`), which other processes on a busy machine disturb less.
 *
 * @param {TraceEvent[]} events
 * @param {'dur' | 'tdur'} [field]
 * @returns {Map<string, number>}
 */
function selfTimes(events, field = 'dur') {
  /** @type {Map<string, number>} */
  const self = new Map();
  /** @type {{ event: TraceEvent, end: number, childUs: number }[]} */
  const stack = [];
  const close = (/** @type {number} */ until) => {
    while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= until) {
      const top = /** @type {{ event: TraceEvent, end: number, childUs: number }} */ (stack.pop());
      const own = (top.event[field] ?? top.event.dur ?? 0) - top.childUs;
      const name = stack.length === 0 && top.event.name === 'RunTask' ? '(task itself)' : top.event.name;
      self.set(name, (self.get(name) ?? 0) + own);
      const parent = stack.at(-1);
      if (parent) parent.childUs += top.event[field] ?? top.event.dur ?? 0;
    }
  };
  for (const event of events) {
    close(event.ts);
    stack.push({ event, end: event.ts + (event.dur ?? 0), childUs: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return self;
}

/**
 * Summarises the main thread's work in one window (µs timestamps).
 *
 * @param {TraceEvent[]} thread complete and instant events of the main thread, sorted by start
 * @param {number} start
 * @param {number} end
 * @returns {PressTrace}
 */
function summarizeWindow(thread, start, end) {
  const inside = thread.filter((event) => event.ts >= start && event.ts < end);
  const complete = inside.filter((event) => event.ph === 'X' && typeof event.dur === 'number');
  const self = selfTimes(complete);
  const totals = { script: 0, style: 0, layout: 0, paint: 0, other: 0 };
  for (const [name, us] of self) totals[/** @type {keyof typeof totals} */ (kindOf(name))] += us / 1000;
  const cpuSelf = selfTimes(complete, 'tdur');
  const cpu = { script: 0, style: 0, layout: 0, paint: 0, other: 0 };
  for (const [name, us] of cpuSelf) cpu[/** @type {keyof typeof cpu} */ (kindOf(name))] += us / 1000;
  const tasks = complete.filter((event) => event.name === 'RunTask');
  const named = (/** @type {string} */ name) => complete.filter((event) => event.name === name);
  const styles = named('UpdateLayoutTree');
  const layouts = named('Layout');
  const round = (/** @type {number} */ x) => Math.round(x * 100) / 100;
  return {
    latencyMs: round((end - start) / 1000),
    busyMs: round(tasks.reduce((sum, task) => sum + (task.dur ?? 0), 0) / 1000),
    cpuMs: round(tasks.reduce((sum, task) => sum + (task.tdur ?? task.dur ?? 0), 0) / 1000),
    cpuScriptMs: round(cpu.script),
    cpuStyleMs: round(cpu.style),
    cpuLayoutMs: round(cpu.layout),
    cpuPaintMs: round(cpu.paint),
    forcedLayouts: layouts.filter((event) => (event.args?.beginData?.stackTrace ?? []).length > 0).length,
    scriptMs: round(totals.script),
    styleMs: round(totals.style),
    layoutMs: round(totals.layout),
    paintMs: round(totals.paint),
    styleRecalcs: styles.length,
    styleElements: styles.reduce((sum, event) => sum + Number(event.args?.elementCount ?? event.args?.data?.elementCount ?? 0), 0),
    layouts: layouts.length,
    layoutDirty: layouts.reduce((sum, event) => sum + Number(event.args?.beginData?.dirtyObjects ?? 0), 0),
    layoutTotal: Math.max(0, ...layouts.map((event) => Number(event.args?.beginData?.totalObjects ?? 0))),
    paints: named('Paint').length,
    animationFrames: named('FireAnimationFrame').length,
    timers: named('TimerFire').length,
    events: [...new Set(named('EventDispatch').map((event) => String(event.args?.data?.type ?? '?')))],
    invalidations: countInvalidations(inside),
    self: Object.fromEntries([...self].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([name, us]) => [name, round(us / 1000)])),
  };
}

/**
 * Invalidation-tracking events (what marked style or layout dirty) counted by kind, reason and node, e.g.
 * `LayoutInvalidationTracking: Text changed @ #text`.
 *
 * @param {TraceEvent[]} events
 * @returns {Record<string, number>}
 */
function countInvalidations(events) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const event of events) {
    if (!event.name.endsWith('InvalidationTracking')) continue;
    const data = event.args?.data ?? {};
    const reason = data.reason ?? data.invalidationSet?.[0]?.classes?.join(' ') ?? data.changedClass ?? data.changedAttribute ?? '';
    const key = `${event.name.replace('InvalidationTracking', '')}: ${reason} @ ${data.nodeName ?? '?'}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1]).slice(0, 12));
}

/**
 * Splits a trace of key presses into one window per press (see the module comment).
 *
 * @param {TraceEvent[]} events
 * @returns {{ presses: PressTrace[], settle: PressTrace | null }}
 */
export function analyzeKeypressTrace(events) {
  const keydowns = events.filter((event) => event.name === 'EventDispatch' && event.args?.data?.type === 'keydown');
  const first = keydowns[0];
  if (first === undefined) throw new Error('no keydown in the trace');
  const thread = events
    .filter((event) => event.pid === first.pid && event.tid === first.tid && (event.ph === 'X' || event.ph === 'I' || event.ph === 'i'))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks = thread.filter((event) => event.name === 'RunTask' && event.ph === 'X');
  const commits = thread.filter((event) => event.name === 'Commit' && event.ph === 'X');
  const taskOf = (/** @type {TraceEvent} */ event) =>
    tasks.find((task) => task.ts <= event.ts && task.ts + (task.dur ?? 0) >= event.ts + (event.dur ?? 0));
  /** @type {PressTrace[]} */
  const presses = [];
  for (const keydown of keydowns) {
    const task = taskOf(keydown) ?? keydown;
    const taskEnd = task.ts + (task.dur ?? 0);
    const commit = commits.find((event) => event.ts >= taskEnd);
    if (commit === undefined) continue;
    presses.push(summarizeWindow(thread, task.ts, commit.ts + (commit.dur ?? 0)));
  }
  // The live region's settled text: the task of the settle timer after the last press, to its frame's commit.
  const last = keydowns.at(-1);
  const lastEnd = last ? last.ts + (last.dur ?? 0) : 0;
  const timers = thread.filter((event) => event.name === 'TimerFire' && event.ts > lastEnd + 400_000);
  let settle = null;
  for (const timer of timers) {
    const task = taskOf(timer) ?? timer;
    const commit = commits.find((event) => event.ts >= task.ts + (task.dur ?? 0));
    if (commit === undefined) continue;
    const window = summarizeWindow(thread, task.ts, commit.ts + (commit.dur ?? 0));
    if (window.styleRecalcs > 0) {
      settle = window;
      break;
    }
  }
  return { presses, settle };
}

/**
 * Traces `presses` ArrowRight presses on the first range input of the page's first widget.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ presses?: number, cpuSlowdown?: number, gapMs?: number, profile?: boolean, origin?: string, traceOut?: string, css?: string, init?: string }} [options]
 *   `traceOut`: also save the raw trace there (opens in the DevTools Performance panel); `css`: a stylesheet
 *   added to the page after load (the page's CSP is bypassed for it), to try a style change without a build;
 *   `init`: a script run in the page before its own scripts (Playwright's `addInitScript`), to try a change of
 *   behaviour without a build (for example, removing every `data-val` mark once the document is parsed)
 * @returns {Promise<{ presses: PressTrace[], settle: PressTrace | null, profile?: unknown }>}
 */
export async function traceKeypresses(browser, url, { presses = 20, cpuSlowdown = 4, gapMs = 250, profile = false, origin = '', traceOut = '', css = '', init = '' } = {}) {
  const context = await browser.newContext({ viewport: { width: 1350, height: 940 }, ...(css || init ? { bypassCSP: true } : {}) });
  const page = await context.newPage();
  if (init) await page.addInitScript({ content: init });
  try {
    await page.goto(url, { waitUntil: 'load' });
    if (css) await page.addStyleTag({ content: css });
    await page.evaluate(() => document.querySelector('[data-po-widget]')?.scrollIntoView({ block: 'center' }));
    await page.waitForFunction(() => document.querySelector('[data-po-widget]')?.shadowRoot?.querySelector('canvas[data-animation]') != null, undefined, { timeout: 30_000 });
    await page.waitForTimeout(1500);
    const focused = await page.evaluate(() => {
      const input = document.querySelector('[data-po-widget]')?.shadowRoot?.querySelector('input[type=range]');
      if (!(input instanceof HTMLInputElement)) return false;
      input.focus();
      return true;
    });
    if (!focused) throw new Error('no range input to focus');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    // Warm-up presses (first-use compilation), then back to the start.
    for (let i = 0; i < 3; i += 1) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(gapMs);
    }
    await page.keyboard.press('Home');
    await page.waitForTimeout(1200);
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await browser.startTracing(page, { categories: CATEGORIES });
    for (let i = 0; i < presses; i += 1) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(gapMs);
    }
    await page.waitForTimeout(1200);
    const buffer = await browser.stopTracing();
    if (traceOut) await writeFile(traceOut, buffer);
    /** @type {unknown} */
    let cpu;
    if (profile) {
      const { summarizeProfile } = await import('./repaint-profile.mjs');
      const { profile: result } = await cdp.send('Profiler.stop');
      cpu = summarizeProfile(/** @type {any} */ (result), origin, presses, 15);
    }
    const { traceEvents } = JSON.parse(buffer.toString('utf8'));
    return { ...analyzeKeypressTrace(traceEvents), ...(profile ? { profile: cpu } : {}) };
  } finally {
    await context.close();
  }
}

/** Medians of a list of press windows, by field. */
export function medianPress(/** @type {PressTrace[]} */ presses) {
  const fields = /** @type {const} */ (['latencyMs', 'busyMs', 'scriptMs', 'styleMs', 'layoutMs', 'paintMs', 'cpuMs', 'cpuScriptMs', 'cpuStyleMs', 'cpuLayoutMs', 'cpuPaintMs', 'forcedLayouts', 'styleRecalcs', 'styleElements', 'layouts', 'layoutDirty', 'layoutTotal', 'paints', 'animationFrames', 'timers']);
  return Object.fromEntries(fields.map((field) => [field, median(presses.map((press) => press[field]))]));
}

async function main() {
  const args = process.argv.slice(2);
  const option = (/** @type {string} */ name, /** @type {string} */ fallback) => {
    const index = args.indexOf(name);
    if (index === -1) return fallback;
    const [value] = args.splice(index, 2).slice(1);
    return value ?? fallback;
  };
  const flag = (/** @type {string} */ name) => {
    const index = args.indexOf(name);
    if (index !== -1) args.splice(index, 1);
    return index !== -1;
  };
  const dist = option('--dist', 'dist');
  const presses = Number(option('--presses', '20'));
  const cpuSlowdown = Number(option('--slowdown', '4'));
  const jsonOut = option('--json', '');
  const profile = flag('--profile');
  const traceDir = option('--trace-dir', '');
  const css = option('--css', '');
  const init = option('--init', '');
  const paths = args.length > 0 ? args : ['/chapter-5/dpo-loss/', '/embed/dpo-loss/'];
  const server = await startServer({ root: path.resolve(dist), base: '/', port: 0 });
  const browser = await launchChromium();
  /** @type {Record<string, unknown>} */
  const results = {};
  try {
    for (const pagePath of paths) {
      const result = await traceKeypresses(browser, new URL(pagePath.replace(/^\//, ''), server.url).href, {
        presses,
        cpuSlowdown,
        profile,
        origin: server.origin,
        css,
        init,
        traceOut: traceDir ? path.join(traceDir, `${pagePath.replace(/\W+/g, '-').replace(/^-|-$/g, '')}.trace.json`) : '',
      });
      results[pagePath] = result;
      const m = medianPress(result.presses);
      console.log(
        `${pagePath}: ${result.presses.length} presses, medians: keydown→commit ${m.latencyMs} ms wall, busy ${m.busyMs} ms wall, ` +
          `${m.cpuMs} ms thread CPU (script ${m.cpuScriptMs}, style ${m.cpuStyleMs}, layout ${m.cpuLayoutMs}, paint ${m.cpuPaintMs}); ` +
          `${m.styleRecalcs} style recalcs / ${m.styleElements} elements, ${m.layouts} layouts (${m.forcedLayouts} forced by script) / ${m.layoutDirty} dirty of ${m.layoutTotal} objects, ` +
          `${m.paints} paints, ${m.animationFrames} rAF, ${m.timers} timers`,
      );
      const sample = result.presses[Math.floor(result.presses.length / 2)];
      if (sample) {
        console.log(`  one press: events ${sample.events.join(', ')}; self ms ${JSON.stringify(sample.self)}`);
        console.log(`  invalidations: ${JSON.stringify(sample.invalidations)}`);
      }
      if (result.settle) {
        const s = result.settle;
        console.log(`  settle (live region): ${s.styleRecalcs} recalcs / ${s.styleElements} elements, ${s.layouts} layouts / ${s.layoutDirty} dirty, ${s.paints} paints, busy ${s.busyMs} ms`);
      }
      if (result.profile) console.log(`  profile: ${JSON.stringify(result.profile)}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (jsonOut) await writeFile(jsonOut, JSON.stringify(results, null, 1));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
