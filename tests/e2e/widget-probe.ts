/**
 * Looking inside a widget from a test: its upgrade state, its summary sentence, and a snapshot of its chart
 * pixels (read with getImageData inside the shadow root). The in-page functions are plain JavaScript strings
 * so no test-runner transform can leak helpers into the browser.
 */
import type { Frame, Page } from 'playwright-core';

/** What a widget's canvases look like right now. */
export interface CanvasSnapshot {
  /** Canvases found in the shadow tree (nested shadow roots included). */
  canvases: number;
  /** Pixels that differ from each canvas's most common colour (its background). */
  nonBackground: number;
  /** All pixels read. */
  total: number;
  /** FNV-1a hash of all pixels, to tell two drawings apart. */
  hash: string;
}

/** The state of a widget element, read in the page. */
export interface WidgetProbe {
  found: boolean;
  upgraded: boolean;
  summary: string | null;
  canvas: CanvasSnapshot;
  /** Structure the widget contract asks for (every widget: summary, controls, Reset, table; see src/widgets/shared/po-widget-element.ts). */
  hasTableWithCaption: boolean;
  hasResetButton: boolean;
  hasRange: boolean;
  /** Rendered block size of the host element in CSS px. */
  height: number;
}

/** Page-side source: `probe(selector)` returns a WidgetProbe. */
const PROBE_SOURCE = `(selector) => {
  const host = document.querySelector(selector);
  const empty = { canvases: 0, nonBackground: 0, total: 0, hash: '0' };
  if (!host) return { found: false, upgraded: false, summary: null, canvas: empty, hasTableWithCaption: false,
    hasResetButton: false, hasRange: false, height: 0 };
  const all = [];
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      all.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  const summaryElement = all.find((element) => element.getAttribute('role') === 'status');
  const canvases = all.filter((element) => element.tagName === 'CANVAS');
  let nonBackground = 0, total = 0, hash = 2166136261;
  for (const canvas of canvases) {
    if (canvas.width === 0 || canvas.height === 0) continue;
    const context = canvas.getContext('2d');
    if (!context) continue;
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const words = new Uint32Array(data.buffer, data.byteOffset, data.byteLength / 4);
    const counts = new Map();
    for (let i = 0; i < words.length; i += 1) counts.set(words[i], (counts.get(words[i]) || 0) + 1);
    let background = words[0], best = -1;
    for (const [word, count] of counts) if (count > best) { best = count; background = word; }
    for (let i = 0; i < words.length; i += 1) {
      if (words[i] !== background) nonBackground += 1;
      hash = Math.imul(hash ^ words[i], 16777619) >>> 0;
    }
    total += words.length;
  }
  return {
    found: true,
    upgraded: host.shadowRoot !== null,
    summary: summaryElement ? summaryElement.textContent.replace(/\\s+/g, ' ').trim() : null,
    canvas: { canvases: canvases.length, nonBackground, total, hash: hash.toString(16) },
    hasTableWithCaption: all.some((element) => element.tagName === 'TABLE' && element.querySelector('caption') !== null),
    hasResetButton: all.some((element) => element.tagName === 'BUTTON' && /reset/i.test(element.textContent + ' ' + (element.getAttribute('aria-label') || ''))),
    hasRange: all.some((element) => (element.tagName === 'INPUT' && element.type === 'range') || element.getAttribute('role') === 'slider'),
    height: host.getBoundingClientRect().height,
  };
}`;

/** Reads a widget's state in a page or frame. */
export function probeWidget(target: Page | Frame, selector: string): Promise<WidgetProbe> {
  return target.evaluate(`(${PROBE_SOURCE})(${JSON.stringify(selector)})`) as Promise<WidgetProbe>;
}

/** True when a canvas snapshot shows a drawing: at least 0.5 % of its pixels differ from the background. */
export function isDrawn(snapshot: CanvasSnapshot): boolean {
  return snapshot.total > 0 && snapshot.nonBackground >= snapshot.total * 0.005;
}

/**
 * Scrolls every widget ([data-po-widget], as Widget.astro renders it) into view in turn and waits until each has upgraded (shadow root attached),
 * then scrolls back to the top. Used before checks that must see the live widgets (axe, console errors).
 */
export async function upgradeAllWidgets(page: Page, timeout = 20_000): Promise<number> {
  const count = (await page.evaluate(
    `[...document.querySelectorAll('[data-po-widget]')].length`,
  )) as number;
  for (let index = 0; index < count; index += 1) {
    await page.evaluate(
      `[...document.querySelectorAll('[data-po-widget]')][${index}].scrollIntoView({ block: 'center' })`,
    );
    await waitForTrue(page, `[...document.querySelectorAll('[data-po-widget]')][${index}].shadowRoot !== null`, timeout);
  }
  await page.evaluate('window.scrollTo(0, 0)');
  await nextFrames(page);
  return count;
}

/** Waits for two animation frames (lets styles and charts settle after a change). */
export function nextFrames(target: Page | Frame): Promise<unknown> {
  return target.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
}

/**
 * Polls a JavaScript expression in the page until it is true; throws after `timeout` ms. (Playwright's
 * waitForFunction with a string evaluates it with eval inside the page, which the site's CSP rightly blocks;
 * evaluate() goes through the DevTools protocol and is not subject to the page's CSP.)
 */
export async function waitForTrue(target: Page | Frame, expression: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if ((await target.evaluate(expression)) === true) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for: ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Polls `check` until it returns true (→ true) or `timeout` ms pass (→ false). */
export async function pollUntil(check: () => Promise<boolean>, timeout: number, interval = 100): Promise<boolean> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
