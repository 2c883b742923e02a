/**
 * What a page costs a reader on a phone-sized screen, measured in headless Chromium through Playwright:
 *
 * - **loader-only JS**: scripts the page requests while widget upgrades are held back (an init script wraps
 *   `IntersectionObserver` so it never reports `[data-po-widget]` targets): the JavaScript a page ships before
 *   any widget is near the viewport, whatever the first screen holds.
 * - **initial JS**: scripts requested after `load` and 500 ms of network quiet, without scrolling, in a
 *   412×823 CSS px viewport (DPR 1.75, Lighthouse's mobile screen). A widget within the first screen (plus the
 *   loader's 600 px margin) loads here, so initial ≥ loader-only.
 * - **all JS**: after every `[data-po-widget]` was scrolled into view (`scrollIntoView({ block: 'center' })`) and
 *   has upgraded (shadow root containing a `<canvas>`, nested shadow roots searched), then network quiet. The
 *   jumps start once a progressively rendered article (src/components/ProgressiveArticle.astro) has revealed
 *   every unit, about a second after load: a jump of many screens into units still at their estimated size
 *   would measure that estimate, not the widgets.
 *
 * Script bytes are the bodies of responses whose resource type is `script` (or whose content type is
 * JavaScript), plus inline `<script>` text, gzip-compressed with node:zlib level 9. Transfer is every response
 * (HTML, CSS, JS, fonts, images) at its gzip-9 size when compressible, raw size otherwise.
 *
 * Layout shifts are recorded by a `PerformanceObserver({ type: 'layout-shift', buffered: true })` installed
 * before the document loads; CLS is the largest session window (gap < 1 s, span ≤ 5 s), as web-vitals defines
 * it, over every shift: no user input is simulated, yet Chromium marks some shifts of an emulated mobile page
 * `hadRecentInput` (seen for a web-font swap 400 ms into the load), so that flag is recorded, not trusted.
 * Every shift is kept with the elements that moved. A shift only
 * counts when it happens between painted frames inside the viewport, so it depends on timing; the block size
 * of every widget before (fallback, from the held pass) and after its upgrade is recorded too: any difference
 * is a shift waiting to happen whenever a widget upgrades on screen (an embed page, a first-screen widget).
 */
import { gzipSize, transferSize } from './gzip-size.mjs';

/** Whether the page's progressively rendered article (if any) has revealed all its units. Runs in the page. */
function fullyRendered() {
  const article = document.querySelector('[data-render-progressively]');
  if (!article) return true;
  return [...article.querySelectorAll(':scope .po-unit > *, :scope > * > li, :scope > .po-scope > * > li')].every(
    (element) => getComputedStyle(element).contentVisibility !== 'auto',
  );
}

/** Lighthouse's mobile screen (moto g power): 412×823 CSS px at DPR 1.75. */
export const MOBILE_CONTEXT = Object.freeze({
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
});

/** Network quiet: no request in flight and none started or finished for this long. */
const QUIET_MS = 500;
/** Give up waiting for quiet (or for one widget to upgrade) after this long. */
const WAIT_LIMIT_MS = 15_000;

/** Init script: widget targets never reach the page's IntersectionObserver callbacks. */
const HOLD_WIDGETS_SOURCE = `(() => {
  const Native = window.IntersectionObserver;
  if (typeof Native !== 'function') return;
  window.IntersectionObserver = class extends Native {
    constructor(callback, options) {
      super((entries, observer) => {
        const kept = entries.filter((entry) => !(entry.target && entry.target.hasAttribute && entry.target.hasAttribute('data-po-widget')));
        if (kept.length > 0) callback(kept, observer);
      }, options);
    }
  };
})();`;

/** Init script: records layout-shift entries in window.__poLayoutShifts. */
const LAYOUT_SHIFT_SOURCE = `(() => {
  const shifts = [];
  Object.defineProperty(window, '__poLayoutShifts', { value: shifts });
  const describe = (node) => {
    if (!node) return null;
    if (!(node instanceof Element)) return node.nodeName;
    let text = node.tagName.toLowerCase();
    if (node.id) text += '#' + node.id;
    if (node.classList.length > 0) text += '.' + [...node.classList].slice(0, 3).join('.');
    const widget = node.closest('[data-po-widget]');
    if (widget && widget !== node) text += ' in ' + widget.tagName.toLowerCase();
    return text;
  };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        shifts.push({
          value: entry.value,
          hadRecentInput: entry.hadRecentInput,
          startTime: entry.startTime,
          sources: (entry.sources || []).map((source) => describe(source.node)),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
})();`;

/**
 * @typedef {{ url: string, raw: number, gzip: number, lazy?: boolean }} ScriptWeight
 * @typedef {{ gzip: number, raw: number, count: number, inlineGzip: number, scripts: ScriptWeight[] }} JsWeight
 * @typedef {{ value: number, hadRecentInput: boolean, startTime: number, sources: (string | null)[] }} LayoutShift
 * @typedef {{
 *   widgets: string[],
 *   loaderOnly: JsWeight & { held: boolean },
 *   initial: JsWeight,
 *   all: JsWeight,
 *   transfer: { initial: number, all: number, rawAll: number, responses: number },
 *   layoutShift: { cls: number, total: number, shifts: LayoutShift[] },
 *   heights: { id: string, fallback: number, upgraded: number }[],
 *   upgraded: number,
 *   failedUpgrades: string[],
 *   problems: string[],
 * }} PageWeight
 */

/**
 * Measures one page (two fresh browser contexts: one with widget upgrades held, one natural).
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} url absolute page URL
 * @param {string} origin server origin, stripped from recorded script URLs
 * @returns {Promise<PageWeight>}
 * @example const weight = await measurePage(browser, 'http://127.0.0.1:4321/chapter-2/bradley-terry/', 'http://127.0.0.1:4321');
 */
export async function measurePage(browser, url, origin) {
  const held = await openRecorder(browser, origin, { holdWidgets: true });
  let loaderOnly;
  /** @type {number[]} */
  let fallbackHeights = [];
  try {
    await held.page.goto(url, { waitUntil: 'load' });
    await held.quiet();
    const upgradedAnyway = await held.page.evaluate(
      () => [...document.querySelectorAll('[data-po-widget]')].some((element) => element.shadowRoot !== null),
    );
    loaderOnly = { ...(await held.jsWeight(() => true)), held: !upgradedAnyway };
    fallbackHeights = await held.page.evaluate(widgetHeights);
  } finally {
    await held.context.close();
  }

  const live = await openRecorder(browser, origin, { holdWidgets: false });
  try {
    await live.page.goto(url, { waitUntil: 'load' });
    await live.quiet();
    await nextFrames(live.page);
    const initial = await live.jsWeight((entry) => entry.phase === 'initial');
    const initialTransfer = await live.transfer((entry) => entry.phase === 'initial');
    await live.page.waitForFunction(fullyRendered, undefined, { timeout: WAIT_LIMIT_MS }).catch(() => undefined);
    live.setPhase('scroll');

    const widgets = /** @type {string[]} */ (
      await live.page.evaluate(() =>
        [...document.querySelectorAll('[data-po-widget]')].map((element) => element.getAttribute('data-po-widget') ?? ''),
      )
    );
    /** @type {string[]} */
    const failedUpgrades = [];
    for (let index = 0; index < widgets.length; index += 1) {
      await live.page.evaluate(
        (i) => document.querySelectorAll('[data-po-widget]')[i]?.scrollIntoView({ block: 'center' }),
        index,
      );
      try {
        await live.page.waitForFunction(hasUpgradedWithCanvas, index, { timeout: WAIT_LIMIT_MS });
      } catch {
        failedUpgrades.push(widgets[index] ?? `#${index}`);
      }
    }
    await live.quiet();
    await nextFrames(live.page);
    await live.page.waitForTimeout(300);

    const upgradedHeights = await live.page.evaluate(widgetHeights);
    const loaderUrls = new Set(loaderOnly.scripts.map((script) => script.url));
    const all = await live.jsWeight(() => true);
    for (const script of all.scripts) script.lazy = !loaderUrls.has(script.url);
    const allTransfer = await live.transfer(() => true);
    const shifts = /** @type {LayoutShift[]} */ (await live.page.evaluate('window.__poLayoutShifts || []'));
    return {
      widgets,
      loaderOnly,
      initial,
      all,
      transfer: { initial: initialTransfer.gzip, all: allTransfer.gzip, rawAll: allTransfer.raw, responses: allTransfer.count },
      layoutShift: { cls: cumulativeLayoutShift(shifts), total: shifts.reduce((sum, s) => sum + s.value, 0), shifts },
      heights: widgets.map((id, index) => ({ id, fallback: fallbackHeights[index] ?? NaN, upgraded: upgradedHeights[index] ?? NaN })),
      upgraded: widgets.length - failedUpgrades.length,
      failedUpgrades,
      problems: live.problems,
    };
  } finally {
    await live.context.close();
  }
}

/**
 * CLS as web-vitals defines it: the largest sum of layout-shift values over session windows, a window closing
 * after a 1 s gap or 5 s span. Shifts flagged `hadRecentInput` are skipped only when `skipRecentInput` is set.
 *
 * @param {readonly LayoutShift[]} shifts
 * @param {{ skipRecentInput?: boolean }} [options]
 * @returns {number}
 * @example cumulativeLayoutShift([{ value: 0.1, hadRecentInput: false, startTime: 0, sources: [] }]) // 0.1
 * @example cumulativeLayoutShift([{ value: 0.1, hadRecentInput: true, startTime: 0, sources: [] }], { skipRecentInput: true }) // 0
 */
export function cumulativeLayoutShift(shifts, { skipRecentInput = false } = {}) {
  let best = 0;
  let windowSum = 0;
  let windowStart = -Infinity;
  let previous = -Infinity;
  for (const shift of [...shifts].sort((a, b) => a.startTime - b.startTime)) {
    if (skipRecentInput && shift.hadRecentInput) continue;
    if (shift.startTime - previous > 1000 || shift.startTime - windowStart > 5000) {
      windowSum = 0;
      windowStart = shift.startTime;
    }
    windowSum += shift.value;
    previous = shift.startTime;
    best = Math.max(best, windowSum);
  }
  return best;
}

/**
 * In-page predicate: the index-th `[data-po-widget]` has a shadow root with a canvas somewhere inside.
 *
 * @param {number} index
 */
function hasUpgradedWithCanvas(index) {
  const host = document.querySelectorAll('[data-po-widget]')[index];
  if (!host || !host.shadowRoot) return false;
  /** @param {ParentNode} root @returns {boolean} */
  const find = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.tagName === 'CANVAS') return true;
      if (element.shadowRoot && find(element.shadowRoot)) return true;
    }
    return false;
  };
  return find(host.shadowRoot);
}

/**
 * In-page: the rendered block size (CSS px) of every `[data-po-widget]`, in document order.
 *
 * @returns {number[]}
 */
function widgetHeights() {
  return [...document.querySelectorAll('[data-po-widget]')].map((element) => Math.round(element.getBoundingClientRect().height * 100) / 100);
}

/** @param {import('playwright-core').Page} page */
function nextFrames(page) {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * @typedef {{ url: string, isScript: boolean, contentType: string, phase: string, body: Promise<Buffer | null> }} Entry
 */

/**
 * A fresh mobile context and page that record every finished response with its body and the phase
 * ('initial' or 'scroll') in which it was requested.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 * @param {{ holdWidgets: boolean }} options
 */
async function openRecorder(browser, origin, { holdWidgets }) {
  const context = await browser.newContext({ ...MOBILE_CONTEXT });
  if (holdWidgets) await context.addInitScript(HOLD_WIDGETS_SOURCE);
  await context.addInitScript(LAYOUT_SHIFT_SOURCE);
  const page = await context.newPage();
  /** @type {Entry[]} */
  const entries = [];
  /** @type {string[]} */
  const problems = [];
  let phase = 'initial';
  let inFlight = 0;
  let lastActivity = Date.now();
  /** @type {WeakMap<import('playwright-core').Request, string>} */
  const phaseOf = new WeakMap();

  page.on('request', (request) => {
    inFlight += 1;
    lastActivity = Date.now();
    phaseOf.set(request, phase);
  });
  page.on('requestfailed', (request) => {
    inFlight -= 1;
    lastActivity = Date.now();
    problems.push(`request failed: ${strip(request.url(), origin)} (${request.failure()?.errorText ?? '?'})`);
  });
  page.on('requestfinished', (request) => {
    inFlight -= 1;
    lastActivity = Date.now();
    /** @type {Entry} */
    const entry = {
      url: strip(request.url(), origin),
      isScript: request.resourceType() === 'script',
      contentType: '',
      phase: phaseOf.get(request) ?? phase,
      body: request
        .response()
        .then((response) => {
          if (response === null) return null;
          entry.contentType = response.headers()['content-type'] ?? '';
          if (response.status() >= 400 && request.resourceType() !== 'document') {
            problems.push(`HTTP ${response.status()}: ${strip(request.url(), origin)}`);
          }
          return response.status() >= 300 && response.status() < 400 ? null : response.body();
        })
        .catch(() => null),
    };
    entries.push(entry);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

  return {
    context,
    page,
    problems,
    /** @param {string} next */
    setPhase(next) {
      phase = next;
    },
    /** Resolves after QUIET_MS without network activity (at most WAIT_LIMIT_MS). */
    async quiet() {
      const started = Date.now();
      while (Date.now() - started < WAIT_LIMIT_MS) {
        await page.waitForTimeout(100);
        if (inFlight <= 0 && Date.now() - lastActivity >= QUIET_MS) return;
      }
      problems.push(`network not quiet after ${WAIT_LIMIT_MS} ms`);
    },
    /**
     * Script weight of the recorded entries that pass the filter, plus inline scripts of the document.
     *
     * @param {(entry: Entry) => boolean} filter
     * @returns {Promise<JsWeight>}
     */
    async jsWeight(filter) {
      /** @type {ScriptWeight[]} */
      const scripts = [];
      for (const entry of entries.filter(filter)) {
        const body = await entry.body;
        if (body === null) continue;
        if (!entry.isScript && !/javascript/i.test(entry.contentType)) continue;
        scripts.push({ url: entry.url, raw: body.byteLength, gzip: gzipSize(body) });
      }
      const inline = /** @type {string[]} */ (
        await page.evaluate(() =>
          [...document.querySelectorAll('script:not([src])')]
            .map((script) => /** @type {HTMLScriptElement} */ (script))
            .filter((script) => ['', 'module', 'text/javascript', 'application/javascript'].includes(script.type))
            .map((script) => script.textContent ?? ''),
        )
      ).join('\n');
      const inlineGzip = inline.length > 0 ? gzipSize(inline) : 0;
      return {
        gzip: scripts.reduce((sum, script) => sum + script.gzip, 0) + inlineGzip,
        raw: scripts.reduce((sum, script) => sum + script.raw, 0) + Buffer.byteLength(inline),
        count: scripts.length,
        inlineGzip,
        scripts,
      };
    },
    /**
     * Transfer estimate of the recorded entries that pass the filter.
     *
     * @param {(entry: Entry) => boolean} filter
     */
    async transfer(filter) {
      let gzip = 0;
      let raw = 0;
      let count = 0;
      for (const entry of entries.filter(filter)) {
        const body = await entry.body;
        if (body === null) continue;
        gzip += transferSize(body, entry.contentType);
        raw += body.byteLength;
        count += 1;
      }
      return { gzip, raw, count };
    },
  };
}

/**
 * @param {string} url
 * @param {string} origin
 */
function strip(url, origin) {
  return url.startsWith(origin) ? url.slice(origin.length) : url;
}
