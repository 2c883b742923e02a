/**
 * Where the control-to-repaint time goes: a V8 CPU profile (Chrome DevTools Protocol `Profiler`, 100 µs
 * sampling) of the same control changes as repaint-timing.mjs, in a separate pass so the profiler's overhead does
 * not touch the timed figures. Self time is summed per function (name, script, line:column) and per script;
 * idle samples are dropped, `(program)` is the browser's native work (style, layout, paint, canvas) and
 * `(garbage collector)` is GC.
 */
import { runInPage } from './repaint-timing.mjs';

/**
 * @typedef {{ name: string, ms: number, share: number }} HotSpot
 * @typedef {{ busyMs: number, changes: number, functions: HotSpot[], scripts: HotSpot[] }} RepaintProfile
 */

/**
 * Profiles `changes` control changes in a widget's embed page.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} url the embed page URL
 * @param {string} origin stripped from script URLs
 * @param {{ changes?: number, top?: number }} [options]
 * @returns {Promise<RepaintProfile>}
 * @example (await profileRepaint(browser, `${server.url}embed/dpo-loss/`, server.origin)).scripts[0] // { name: '/_astro/widget-definition.bbGI3SZT.js', ms: 120.3, share: 0.61 }
 */
export async function profileRepaint(browser, url, origin, { changes = 20, top = 10 } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('[data-po-widget]')?.shadowRoot?.querySelector('canvas') != null, undefined, { timeout: 15_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    // The selector is required: without it `runInPage` found no widget and the profile held only idle frames.
    const result = await page.evaluate(runInPage, { iterations: changes, warmup: 0, selector: '[data-po-widget]' });
    if (result.error) throw new Error(`profileRepaint(${url}): ${result.error}`);
    const { profile } = await cdp.send('Profiler.stop');
    return summarizeProfile(profile, origin, changes, top);
  } finally {
    await context.close();
  }
}

/**
 * Sums self time per function and per script of a CDP CPU profile.
 *
 * @param {{ nodes: Array<{ id: number, callFrame: { functionName: string, url: string, lineNumber: number, columnNumber: number } }>,
 *   samples?: number[], timeDeltas?: number[] }} profile
 * @param {string} origin
 * @param {number} changes
 * @param {number} top
 * @returns {RepaintProfile}
 */
export function summarizeProfile(profile, origin, changes, top) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  /** @type {Map<string, number>} */
  const functions = new Map();
  /** @type {Map<string, number>} */
  const scripts = new Map();
  let busyUs = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i += 1) {
    const node = byId.get(/** @type {number} */ (samples[i]));
    if (!node) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    if (functionName === '(idle)') continue;
    const us = deltas[i + 1] ?? deltas[i] ?? 0;
    busyUs += us;
    const script = url ? (url.startsWith(origin) ? url.slice(origin.length) : url) : functionName.startsWith('(') ? functionName : '(native)';
    const name = url ? `${functionName || '(anonymous)'} ${script}:${lineNumber + 1}:${columnNumber + 1}` : functionName || '(native)';
    functions.set(name, (functions.get(name) ?? 0) + us);
    scripts.set(script, (scripts.get(script) ?? 0) + us);
  }
  /** @param {Map<string, number>} map @returns {HotSpot[]} */
  const rank = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: Math.round(us / 10) / 100, share: busyUs > 0 ? Math.round((us / busyUs) * 1000) / 1000 : 0 }));
  return { busyMs: Math.round(busyUs / 10) / 100, changes, functions: rank(functions), scripts: rank(scripts) };
}
