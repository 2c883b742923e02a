/**
 * Control-to-repaint time of one widget, measured in its embed page (`embed/<id>/`), or in a section page that
 * holds it (the widget scrolled into view first, among the page's typeset math), in headless Chromium
 * (Playwright's default 1280×720 viewport, DPR 1). After the widget upgrades, a script in the page runs
 * `warmup + iterations` changes of the first `input[type=range]` in the widget's shadow tree, alternating its
 * value between 25 % and 75 % of its range. Each iteration starts in an idle task just after a painted frame:
 *
 *   t0        = performance.now(); input.value = v; input.dispatchEvent(new Event('input', { bubbles: true, composed: true }))
 *   tUpdated  = when `await host.updateComplete` resumes (Lit: render + `updated()`, where the chart controller
 *               calls `chart.update()`; a microtask tick for non-Lit hosts)
 *   frameStart = the timestamp passed to the next requestAnimationFrame callback (the frame's begin time)
 *   tPainted  = a MessageChannel task posted from that rAF callback: it runs once the frame's rAF callbacks
 *               (e.g. a chart draw deferred to rAF), style, layout and paint have finished
 *
 *   repaint   = (tUpdated − t0) + (tPainted − max(frameStart, tUpdated))
 *   wall      = tPainted − t0
 *   update    = tUpdated − t0 (the synchronous part: event → state → model → chart.update('none'))
 *
 * `repaint` is the main-thread work from the control change to the painted frame; `wall` also includes the
 * idle wait for the next vsync (0–16.7 ms at 60 Hz), which is why the budget is checked on `repaint`.
 * Rasterisation and compositing on other threads are not included, nor Chart.js animations after the first
 * frame (the design uses `update('none')` while dragging). The summary (`.summary`) text is read after each
 * value to check that the control really changed the widget.
 */
import { median, quantile } from './statistics.mjs';

/**
 * @typedef {{
 *   iterations: number, warmup: number,
 *   median: number, p95: number, max: number, wallMedian: number, wallP95: number, updateMedian: number,
 *   samples: number[], control: string, effective: boolean, summaries: string[], error?: string
 * }} RepaintTiming
 */

/**
 * In-page benchmark (serialised by Playwright; plain JavaScript only).
 *
 * @param {{ iterations: number, warmup: number, selector: string }} options
 */
export async function runInPage({ iterations, warmup, selector }) {
  const host = document.querySelector(selector);
  if (!host || !host.shadowRoot) return { error: 'widget did not upgrade' };
  /** @param {ParentNode} root @param {(element: Element) => boolean} test @returns {Element | null} */
  const find = (root, test) => {
    for (const element of root.querySelectorAll('*')) {
      if (test(element)) return element;
      if (element.shadowRoot) {
        const inner = find(element.shadowRoot, test);
        if (inner) return inner;
      }
    }
    return null;
  };
  const input = /** @type {HTMLInputElement | null} */ (
    find(host.shadowRoot, (element) => element instanceof HTMLInputElement && element.type === 'range')
  );
  if (!input) return { error: 'no input[type=range] in the shadow tree' };
  // The visible summary (class `summary`) follows every change; its `[role=status]` twin only once the state settles.
  const status =
    find(host.shadowRoot, (element) => element.classList.contains('summary')) ??
    find(host.shadowRoot, (element) => element.getAttribute('role') === 'status');
  const label = input.labels?.[0]?.textContent?.replace(/\s+/g, ' ').trim() || input.getAttribute('aria-label') || input.name || input.id || 'range';
  const min = Number(input.min === '' ? 0 : input.min);
  const max = Number(input.max === '' ? 100 : input.max);
  const values = [min + (max - min) * 0.25, min + (max - min) * 0.75];
  /** @type {() => Promise<{ frameStart: number, painted: number }>} */
  const afterFrame = () =>
    new Promise((resolve) => {
      requestAnimationFrame((frameStart) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ frameStart, painted: performance.now() });
        channel.port2.postMessage(0);
      });
    });
  const hostUpdate = /** @type {{ updateComplete?: Promise<unknown> }} */ (/** @type {unknown} */ (host));
  /** @type {number[]} */
  const repaint = [];
  /** @type {number[]} */
  const wall = [];
  /** @type {number[]} */
  const update = [];
  /** @type {Set<string>} */
  const summaries = new Set();
  for (let i = 0; i < warmup + iterations; i += 1) {
    await afterFrame();
    const t0 = performance.now();
    input.value = String(values[i % 2]);
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    if (hostUpdate.updateComplete) await hostUpdate.updateComplete;
    else await Promise.resolve();
    const tUpdated = performance.now();
    const { frameStart, painted } = await afterFrame();
    if (i >= warmup) {
      repaint.push(tUpdated - t0 + (painted - Math.max(frameStart, tUpdated)));
      wall.push(painted - t0);
      update.push(tUpdated - t0);
    }
    if (i < 2 && status) summaries.add((status.textContent ?? '').replace(/\s+/g, ' ').trim());
  }
  return { repaint, wall, update, summaries: [...summaries], control: label };
}

/**
 * Measures one widget's control-to-repaint time in a page (its embed page, or a section page with `selector`).
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} url the page URL
 * @param {{ iterations?: number, warmup?: number, selector?: string }} [options] `selector` picks the widget
 *   (default: the page's first `[data-po-widget]`)
 * @returns {Promise<RepaintTiming>}
 * @example const timing = await measureRepaint(browser, `${server.url}embed/dpo-loss/`); timing.median // e.g. 2.1 (ms)
 */
export async function measureRepaint(browser, url, { iterations = 40, warmup = 5, selector = '[data-po-widget]' } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const base = { iterations, warmup, median: NaN, p95: NaN, max: NaN, wallMedian: NaN, wallP95: NaN, updateMedian: NaN, samples: [], control: '', effective: false, summaries: [] };
  try {
    await page.goto(url, { waitUntil: 'load' });
    // A section page loads a widget's code when it nears the viewport.
    await page.evaluate((target) => document.querySelector(target)?.scrollIntoView({ block: 'center' }), selector);
    await page
      .waitForFunction((target) => {
        const host = document.querySelector(target);
        return host?.shadowRoot?.querySelector('input[type=range]') != null || host?.shadowRoot?.querySelector('canvas') != null;
      }, selector, { timeout: 15_000 })
      .catch(() => undefined);
    await page.waitForTimeout(200);
    const result = await page.evaluate(runInPage, { iterations, warmup, selector });
    if ('error' in result) return { ...base, error: String(result.error) };
    const repaint = /** @type {number[]} */ (result.repaint);
    const wall = /** @type {number[]} */ (result.wall);
    return {
      iterations,
      warmup,
      median: median(repaint),
      p95: quantile(repaint, 0.95),
      max: Math.max(...repaint),
      wallMedian: median(wall),
      wallP95: quantile(wall, 0.95),
      updateMedian: median(/** @type {number[]} */ (result.update)),
      samples: repaint.map((value) => Math.round(value * 1000) / 1000),
      control: String(result.control),
      effective: result.summaries.length >= 2,
      summaries: result.summaries,
    };
  } catch (error) {
    return { ...base, error: error instanceof Error ? error.message : String(error) };
  } finally {
    await context.close();
  }
}
