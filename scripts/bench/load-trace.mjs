/**
 * Where the main thread's time goes while a page loads: a Chromium performance trace (Chrome DevTools Protocol
 * `Tracing`, the DevTools timeline categories) of one page load at Lighthouse's mobile viewport (412×823, DPR
 * 1.75) with the CPU slowed down by `cpuSlowdown` (default 4, Lighthouse's mobile factor), from navigation to
 * `quietMs` after `load` (by then the widgets of the first screen have drawn and a section's article has been
 * revealed, on a machine that is not overloaded).
 *
 * From the trace it lists the renderer main thread's top-level tasks that are long (over 50 ms of wall time
 * under the slowdown), each with what it spent its time on (self time per trace event: script evaluation and
 * compilation with the script's URL, style recalculation, layout, paint, HTML parsing, garbage collection …),
 * and sums the blocking time (the part of each task over 50 ms) of the tasks after first contentful paint, as
 * Lighthouse's Total Blocking Time does. Two sums are given: `blockingMs` from wall time under the slowdown,
 * which a busy machine inflates, and `cpuBlockingMs`, from each task's thread CPU time times `cpuSlowdown`
 * (what Lighthouse's simulated throttling does with an unthrottled trace), which depends much less on other
 * processes: compare builds by it, before and after a change, in the same run.
 *
 * CLI: `node scripts/bench/load-trace.mjs [--dist dist] [--runs 3] [--slowdown 4] [--json out.json] [path …]`
 * (paths default to the home page, both section pages and both embed pages).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { launchChromium } from '../chromium.mjs';
import { startServer } from '../serve.mjs';
import { median } from './statistics.mjs';

/** Lighthouse's long-task threshold (ms). */
export const LONG_TASK_MS = 50;

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'v8',
].join(',');

/**
 * @typedef {{ name: string, ph: string, ts: number, dur?: number, tdur?: number, pid: number, tid: number,
 *   cat?: string, args?: Record<string, any> }} TraceEvent
 * @typedef {{ startMs: number, wallMs: number, cpuMs: number | null, parts: { name: string, ms: number }[] }} LongTask
 * @typedef {{ path: string, fcpMs: number | null, tasks: number, longTasks: LongTask[], blockingMs: number,
 *   cpuBlockingMs: number, scriptMs: number, styleMs: number, layoutMs: number, paintMs: number }} LoadTrace
 */

/** A label for an event that names its script or its kind. */
function label(/** @type {TraceEvent} */ event, /** @type {string} */ origin) {
  const data = event.args?.data ?? event.args?.beginData ?? {};
  const url = typeof data.url === 'string' ? data.url : typeof data.fileName === 'string' ? data.fileName : '';
  const short = url.startsWith(origin) ? url.slice(origin.length) : url ? '(other script)' : '';
  if (['EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall', 'v8.produceModuleCache', 'CompileCode'].includes(event.name)) {
    return short ? `${event.name} ${short}` : event.name;
  }
  return event.name;
}

/** The kind of work an event label stands for (for the page totals). */
function kind(/** @type {string} */ name) {
  if (/^(EvaluateScript|v8\.|FunctionCall|CompileCode|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks|V8\.|ParseAuthorStyleSheet$)/.test(name)) {
    return name === 'ParseAuthorStyleSheet' ? 'style' : 'script';
  }
  if (/^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation)$/.test(name)) return 'style';
  if (/^(Layout|UpdateLayerTree|IntersectionObserverController::computeIntersections)$/.test(name)) return 'layout';
  if (/^(Paint|PrePaint|Layerize|PaintImage|Commit|RasterTask|UpdateLayer)$/.test(name)) return 'paint';
  return 'other';
}

/**
 * Analyses a trace (its `traceEvents`) of one page load.
 *
 * @param {TraceEvent[]} events
 * @param {{ origin: string, path: string, cpuSlowdown: number }} options
 * @returns {LoadTrace}
 */
export function analyzeTrace(events, { origin, path: pagePath, cpuSlowdown }) {
  // The page's renderer main thread is the one that started the navigation to it; its work counts from there.
  const navigation = events.find(
    (event) => event.name === 'navigationStart' && String(event.args?.data?.documentLoaderURL ?? '').startsWith(origin + pagePath),
  );
  if (navigation === undefined) throw new Error(`no navigationStart for ${pagePath} in the trace`);
  const main = `${navigation.pid}:${navigation.tid}`;
  const t0 = navigation.ts;
  const fcpEvent = events.find((event) => event.name === 'firstContentfulPaint' && `${event.pid}:${event.tid}` === main && event.ts >= t0);
  const complete = events
    .filter((event) => `${event.pid}:${event.tid}` === main && event.ph === 'X' && typeof event.dur === 'number' && event.ts >= t0)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const fcpMs = fcpEvent ? (fcpEvent.ts - t0) / 1000 : null;

  // Self time of every event inside the top-level tasks, by nesting (events on one thread nest properly).
  /** @type {{ task: TraceEvent, self: Map<string, number> }[]} */
  const tasks = [];
  /** @type {{ event: TraceEvent, end: number, childUs: number, label: string }[]} */
  let stack = [];
  /** @type {Map<string, number> | null} */
  let self = null;
  const totals = { script: 0, style: 0, layout: 0, paint: 0, other: 0 };
  const close = (/** @type {number} */ until) => {
    while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= until) {
      const top = /** @type {{ event: TraceEvent, end: number, childUs: number, label: string }} */ (stack.pop());
      const own = (top.event.dur ?? 0) - top.childUs;
      if (stack.length > 0) {
        self?.set(top.label, (self.get(top.label) ?? 0) + own);
        const parent = stack.at(-1);
        if (parent) parent.childUs += top.event.dur ?? 0;
      } else {
        self?.set('(task itself)', (self.get('(task itself)') ?? 0) + own);
      }
    }
  };
  for (const event of complete) {
    close(event.ts);
    if (stack.length === 0) {
      if (event.name !== 'RunTask') continue;
      self = new Map();
      tasks.push({ task: event, self });
    }
    stack.push({ event, end: event.ts + (event.dur ?? 0), childUs: 0, label: label(event, origin) });
  }
  close(Number.POSITIVE_INFINITY);
  stack = [];

  for (const { self: parts } of tasks) {
    for (const [name, us] of parts) totals[kind(name.split(' ')[0] ?? name)] += us / 1000;
  }
  const fcpTs = fcpEvent?.ts ?? t0;
  /** @type {LongTask[]} */
  const longTasks = [];
  let blockingMs = 0;
  let cpuBlockingMs = 0;
  for (const { task, self: parts } of tasks) {
    const wallMs = (task.dur ?? 0) / 1000;
    const cpuMs = typeof task.tdur === 'number' ? task.tdur / 1000 : null;
    const afterFcp = task.ts + (task.dur ?? 0) > fcpTs;
    if (afterFcp) {
      blockingMs += Math.max(0, wallMs - LONG_TASK_MS);
      cpuBlockingMs += Math.max(0, (cpuMs ?? wallMs / cpuSlowdown) * cpuSlowdown - LONG_TASK_MS);
    }
    if (wallMs < LONG_TASK_MS && (cpuMs ?? 0) * cpuSlowdown < LONG_TASK_MS) continue;
    const ranked = [...parts].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([name, us]) => ({ name, ms: Math.round(us / 100) / 10 }));
    longTasks.push({ startMs: Math.round((task.ts - t0) / 1000), wallMs: Math.round(wallMs * 10) / 10, cpuMs: cpuMs === null ? null : Math.round(cpuMs * 10) / 10, parts: ranked });
  }
  const round = (/** @type {number} */ x) => Math.round(x * 10) / 10;
  return {
    path: pagePath,
    fcpMs: fcpMs === null ? null : Math.round(fcpMs),
    tasks: tasks.length,
    longTasks,
    blockingMs: round(blockingMs),
    cpuBlockingMs: round(cpuBlockingMs),
    scriptMs: round(totals.script),
    styleMs: round(totals.style),
    layoutMs: round(totals.layout),
    paintMs: round(totals.paint),
  };
}

/**
 * Traces one load of `url`.
 *
 * @param {string} url
 * @param {{ origin: string, path: string, cpuSlowdown?: number, quietMs?: number }} options
 * @returns {Promise<LoadTrace>}
 * @example (await traceLoad('http://127.0.0.1:4321/embed/dpo-loss/', { origin, path: '/embed/dpo-loss/' })).cpuBlockingMs
 */
export async function traceLoad(url, { origin, path: pagePath, cpuSlowdown = 4, quietMs = 6000 }) {
  // A browser of its own per load, so no other page's renderer or cache is in the trace.
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await browser.startTracing(page, { categories: CATEGORIES.split(',') });
    await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
    // A plain wait, not a polling wait: polling would run scripts in the page and add tasks of its own.
    await page.waitForTimeout(quietMs);
    const buffer = await browser.stopTracing();
    const { traceEvents } = JSON.parse(buffer.toString('utf8'));
    return analyzeTrace(traceEvents, { origin, path: pagePath, cpuSlowdown });
  } finally {
    await browser.close();
  }
}

/** The default pages: one of each kind that has blocking time. */
export const DEFAULT_TRACE_PAGES = Object.freeze(['/', '/chapter-2/bradley-terry/', '/chapter-5/dpo-loss/', '/embed/bradley-terry/', '/embed/dpo-loss/']);

async function main() {
  const args = process.argv.slice(2);
  const option = (/** @type {string} */ name, /** @type {string} */ fallback) => {
    const index = args.indexOf(name);
    if (index === -1) return fallback;
    const [value] = args.splice(index, 2).slice(1);
    return value ?? fallback;
  };
  const dist = option('--dist', 'dist');
  const runs = Number(option('--runs', '3'));
  const cpuSlowdown = Number(option('--slowdown', '4'));
  const jsonOut = option('--json', '');
  const paths = args.length > 0 ? args : [...DEFAULT_TRACE_PAGES];
  const server = await startServer({ root: path.resolve(dist), base: '/', port: 0 });
  /** @type {Record<string, LoadTrace[]>} */
  const results = {};
  try {
    for (let run = 0; run < runs; run += 1) {
      for (const pagePath of paths) {
        const trace = await traceLoad(new URL(pagePath.replace(/^\//, ''), server.url).href, { origin: server.origin, path: pagePath, cpuSlowdown });
        (results[pagePath] ??= []).push(trace);
      }
    }
  } finally {
    await server.close();
  }
  for (const [pagePath, traces] of Object.entries(results)) {
    const pick = (/** @type {(t: LoadTrace) => number} */ f) => Math.round(median(traces.map(f)) ?? NaN);
    console.log(
      `${pagePath}: cpu-blocking ${pick((t) => t.cpuBlockingMs)} ms (runs ${traces.map((t) => Math.round(t.cpuBlockingMs)).join(', ')}), wall-blocking ${pick((t) => t.blockingMs)} ms; ` +
        `script ${pick((t) => t.scriptMs)}, style ${pick((t) => t.styleMs)}, layout ${pick((t) => t.layoutMs)}, paint ${pick((t) => t.paintMs)} ms wall`,
    );
    const slowest = [...traces].sort((a, b) => b.cpuBlockingMs - a.cpuBlockingMs)[Math.floor(traces.length / 2)];
    for (const task of slowest?.longTasks ?? []) {
      console.log(`  @${task.startMs} ms: ${task.wallMs} ms wall, ${task.cpuMs} ms cpu — ${task.parts.map((part) => `${part.name} ${part.ms}`).join('; ')}`);
    }
  }
  if (jsonOut) await writeFile(jsonOut, JSON.stringify(results, null, 1));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
