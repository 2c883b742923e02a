/**
 * Keydown-to-paint time of one widget, as the peer harness measures it (../shared/peers, `session.mjs`): the
 * first `input[type=range]` of the widget is focused and gets real ArrowRight presses (Chrome DevTools
 * Protocol key events, so the browser's own default action moves the slider and fires `input`), and a capturing
 * `keydown` listener on `window` stamps each one:
 *
 *   t0      = performance.now() in the keydown listener
 *   tPaint  = a MessageChannel task posted from the next requestAnimationFrame callback after the chart drew
 *             (a canvas `clearRect` or `stroke` since t0): it runs once that frame's style, layout and paint are done
 *   paint   = tPaint − t0 (includes the idle wait for the next vsync, 0–16.7 ms at 60 Hz, as the peers' figure does)
 *   draw    = last canvas draw call − t0
 *
 * at the peers' viewport (1350×940), in the embed page or in a section page with the widget scrolled into view.
 * A slider at its maximum is sent back with Home (not measured). The median and p90 of `paint` are what the
 * design's budget against the peers names (p90 under 25 ms).
 */
import { median, quantile } from './statistics.mjs';

/**
 * @typedef {{ presses: number, valid: number, paintMedian: number, paintP90: number, drawMedian: number,
 *   samples: number[], error?: string }} KeypressTiming
 */

/** In-page instrumentation (serialised by Playwright; plain JavaScript only). */
function instrument() {
  const now = () => performance.now();
  const state = { draws: 0, lastDraw: 0, samples: /** @type {{ paint: number, draw: number, changed: boolean }[]} */ ([]) };
  /** @type {any} */ (window).__poKeyPaint = state;
  const proto = CanvasRenderingContext2D.prototype;
  for (const method of /** @type {const} */ (['clearRect', 'stroke'])) {
    const original = proto[method];
    /** @type {any} */ (proto)[method] = function (/** @type {any[]} */ ...args) {
      state.draws += 1;
      state.lastDraw = now();
      return /** @type {any} */ (original).apply(this, args);
    };
  }
  addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'ArrowRight') return;
      const t0 = now();
      const drawsBefore = state.draws;
      const input = /** @type {HTMLInputElement} */ (event.composedPath()[0]);
      const before = input.value;
      let frames = 0;
      const frame = () =>
        requestAnimationFrame(() => {
          frames += 1;
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const painted = now();
            if (state.draws === drawsBefore && frames < 30) {
              frame();
              return;
            }
            state.samples.push({ paint: painted - t0, draw: state.lastDraw - t0, changed: input.value !== before && state.draws > drawsBefore });
          };
          channel.port2.postMessage(0);
        });
      frame();
    },
    true,
  );
}

/**
 * Measures one widget's keydown-to-paint time in a page.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} url the page URL
 * @param {{ presses?: number, warmup?: number, selector?: string }} [options]
 * @returns {Promise<KeypressTiming>}
 * @example (await measureKeypress(browser, `${server.url}chapter-5/dpo-loss/`)).paintP90 // e.g. 19.8 (ms)
 */
export async function measureKeypress(browser, url, { presses = 60, warmup = 5, selector = '[data-po-widget]' } = {}) {
  const context = await browser.newContext({ viewport: { width: 1350, height: 940 } });
  const page = await context.newPage();
  const base = { presses, valid: 0, paintMedian: NaN, paintP90: NaN, drawMedian: NaN, samples: [] };
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate((target) => document.querySelector(target)?.scrollIntoView({ block: 'center' }), selector);
    await page.waitForFunction((target) => document.querySelector(target)?.shadowRoot?.querySelector('canvas[data-animation]') != null, selector, { timeout: 20_000 });
    await page.evaluate(instrument);
    const focused = await page.evaluate((target) => {
      const input = document.querySelector(target)?.shadowRoot?.querySelector('input[type=range]');
      if (!(input instanceof HTMLInputElement)) return false;
      input.focus();
      return true;
    }, selector);
    if (!focused) return { ...base, error: 'no input[type=range] in the shadow tree' };
    await page.waitForTimeout(300);
    for (let i = 0; i < warmup + presses; i += 1) {
      const atMax = await page.evaluate((target) => {
        const input = /** @type {HTMLInputElement} */ (document.querySelector(target)?.shadowRoot?.querySelector('input[type=range]'));
        return Number(input.value) >= Number(input.max === '' ? 100 : input.max);
      }, selector);
      if (atMax) {
        await page.keyboard.press('Home');
        await page.waitForTimeout(300);
      }
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((count) => /** @type {any} */ (window).__poKeyPaint.samples.length >= count, i + 1, { polling: 20, timeout: 5000 });
      await page.waitForTimeout(60);
    }
    const samples = /** @type {{ paint: number, draw: number, changed: boolean }[]} */ (
      await page.evaluate(() => /** @type {any} */ (window).__poKeyPaint.samples)
    ).slice(warmup);
    const valid = samples.filter((sample) => sample.changed);
    if (valid.length === 0) return { ...base, error: 'no key press changed the slider and redrew the chart' };
    const paint = valid.map((sample) => sample.paint);
    return {
      presses,
      valid: valid.length,
      paintMedian: median(paint),
      paintP90: quantile(paint, 0.9),
      drawMedian: median(valid.map((sample) => sample.draw)),
      samples: paint.map((value) => Math.round(value * 100) / 100),
    };
  } catch (error) {
    return { ...base, error: error instanceof Error ? error.message : String(error) };
  } finally {
    await context.close();
  }
}
