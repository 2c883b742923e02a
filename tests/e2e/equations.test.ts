/**
 * Equations wired to widgets (src/widgets/shared/equation-link.ts) on the built 2.3 and 5.3 pages, in Chromium:
 * pointing at, focusing (through the "where:" legend) and tapping a marked symbol lights up its control and its
 * chart axis; using a control lights up its symbols; after a keyboard change every `\val` number (KaTeX's HTML,
 * its MathML and the legends) equals the number the widget's own table or summary shows; nothing shifts the
 * layout; two widgets' scopes on one page stay apart; and before any widget is near, the page's scripts stay within the 3 KB gzip budget (the linking code
 * arrives with the widget).
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { fileForUrlPath, sectionPages } from '../build/site.ts';
import { openRecordedPage, problemsOf } from './browser.ts';
import { useSiteSession } from './site-session.ts';
import { deepActiveElement, nextFrames, probeWidget, waitForTrue } from './widget-probe.ts';

const session = useSiteSession();
const pageOf = (section: string) => {
  const page = sectionPages().find((candidate) => candidate.section === section);
  if (!page) throw new Error(`no page for section ${section}`);
  return page;
};

/** Texts of every element with this data-val in the page: HTML spans, MathML <mn> and legend spans. */
const valTexts = (page: Page, name: string) =>
  page.evaluate(`[...document.querySelectorAll('[data-val="${name}"]')].map((element) => element.localName + ':' + element.textContent)`) as Promise<string[]>;

/** Whether the widget's control with this id sits in a lit box. */
const controlLit = (page: Page, tag: string, id: string) =>
  page.evaluate(`!!document.querySelector('${tag}').shadowRoot.getElementById('${id}').closest('[data-sym-active]')`) as Promise<boolean>;

/** Names of the lit marks in the equations. */
const litMarks = (page: Page) =>
  page.evaluate(`[...new Set([...document.querySelectorAll('.katex [data-sym][data-active]')].map((m) => m.dataset.sym))].sort()`) as Promise<string[]>;

/** One cell of the widget's table (row and column from 1, header row excluded). */
const tableCell = (page: Page, tag: string, row: number, column: number) =>
  page.evaluate(
    `document.querySelector('${tag}').shadowRoot.querySelector('table tbody tr:nth-child(${row})').children[${column - 1}].textContent.trim()`,
  ) as Promise<string>;

/**
 * Starts recording layout shifts (after the page and the widget have settled: load-time shifts are another
 * test's subject, tests/e2e/progressive-render.test.ts). `shifts()` then returns every shift since, including
 * those right after input (which CLS excuses, and which a value change must not cause either), with the
 * light-DOM elements that moved (the equations and legends; shifts inside a widget's shadow root have no
 * source node here, and are the widget's own, tests/e2e/widget-reservation.test.ts).
 */
async function recordShifts(page: Page): Promise<{ shifts: () => Promise<string[]> }> {
  await page.evaluate(`window.__poShifts = []; new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__poShifts.push(entry.value.toFixed(4) + ' ' +
      entry.sources.filter((source) => source.node).map((source) => source.node.className || source.node.nodeName).join(', '));
  }).observe({ type: 'layout-shift' })`);
  return { shifts: async () => { await nextFrames(page); return ((await page.evaluate('window.__poShifts')) as string[]).filter((shift) => !shift.endsWith(' ')); } };
}

async function open(section: string) {
  const opened = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin] });
  await opened.page.goto(session.server.origin + pageOf(section).urlPath, { waitUntil: 'load' });
  return opened;
}

describe('5.3: the DPO loss equations and po-dpo-loss', () => {
  const tag = 'po-dpo-loss';

  it('pointing at β in the loss loads the widget and lights up β everywhere, its slider and its chart axis; leaving undoes it', async () => {
    const { context, page, record } = await open('5.3');
    try {
      const beta = page.locator('.katex-display [data-sym="beta"]').first();
      await beta.hover();
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot !== null`);
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot.getElementById('beta')?.closest('[data-sym-active]') != null`);
      expect(await litMarks(page)).toEqual(['beta']);
      expect(await controlLit(page, tag, 'epsilon')).toBe(false);
      const lit = (await probeWidget(page, tag)).canvas.hash;
      await page.mouse.move(5, 5);
      await nextFrames(page);
      expect(await litMarks(page)).toEqual([]);
      expect(await controlLit(page, tag, 'beta')).toBe(false);
      // The x axis (u = βΔ) was drawn in β's colour, bold: the chart's pixels change back when β goes dark.
      expect((await probeWidget(page, tag)).canvas.hash).not.toBe(lit);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('pointing at Δ lights up the log-ratio cells of the table', async () => {
    const { context, page } = await open('5.3');
    try {
      await page.locator('.katex [data-sym="delta"]').first().hover();
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot?.getElementById('pairs-chosen-0')?.closest('[data-sym-active]') != null`);
      expect(await controlLit(page, tag, 'pairs-rejected-3')).toBe(true);
      expect(await controlLit(page, tag, 'beta')).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('tapping a symbol pins its highlight until it is tapped again', async () => {
    const { context, page } = await open('5.3');
    try {
      const epsilon = page.locator('.katex [data-sym="epsilon"]').first();
      await epsilon.hover();
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot?.getElementById('epsilon') != null`);
      await epsilon.click();
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot?.getElementById('epsilon')?.closest('[data-sym-active]') != null`);
      await page.mouse.move(5, 5);
      await nextFrames(page);
      expect(await litMarks(page)).toEqual(['epsilon']);
      await epsilon.click();
      await page.mouse.move(5, 5);
      await nextFrames(page);
      expect(await litMarks(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('focusing a legend button lights up the symbol and its control; Enter moves the focus to the control', async () => {
    const { context, page } = await open('5.3');
    try {
      const button = page.locator('.po-where [data-po-sym-ref="beta"]').first();
      expect(await button.textContent()).toMatch(/^β: KL coefficient, now 0\.1$/);
      await button.focus();
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot?.getElementById('beta')?.closest('[data-sym-active]') != null`);
      expect(await litMarks(page)).toEqual(['beta']);
      await page.keyboard.press('Enter');
      expect(await deepActiveElement(page)).toMatchObject({ tag: 'input', type: 'range', host: tag });
    } finally {
      await context.close();
    }
  });

  it('using a control lights up its symbols', async () => {
    const { context, page } = await open('5.3');
    try {
      await page.evaluate(`document.querySelector('${tag}').scrollIntoView({ block: 'center' })`);
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot?.getElementById('beta') != null`);
      await page.locator(`${tag} #beta`).focus();
      await nextFrames(page);
      expect(await litMarks(page)).toEqual(['beta']);
      await page.locator(`${tag} #pairs-chosen-1`).focus();
      await nextFrames(page);
      expect(await litMarks(page)).toEqual(['delta', 'hw']);
    } finally {
      await context.close();
    }
  });

  it('after ArrowRight on β, every live number equals the widget\'s, in the HTML, the MathML and the legends, with no layout shift', async () => {
    const { context, page, record } = await open('5.3');
    try {
      await page.evaluate(`document.querySelector('${tag}').scrollIntoView({ block: 'center' })`);
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot?.getElementById('beta') != null`);
      expect(await valTexts(page, 'dpo-weight-1')).toEqual(['mn:0.4651', 'span:0.4651']);
      await nextFrames(page);
      const recorder = await recordShifts(page);
      const slider = page.locator(`${tag} #beta`);
      await slider.focus();
      for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
      await nextFrames(page);
      const beta = (await slider.getAttribute('aria-valuetext')) ?? '';
      expect(beta).not.toBe('0.1');
      // The live summary (role=status) is settled: it changes once the value has stopped moving (500 ms).
      await waitForTrue(page, `!document.querySelector('${tag}').shadowRoot.querySelector('[role=status]').textContent.trim().startsWith('β = 0.1,')`);
      const summary = (await probeWidget(page, tag)).summary ?? '';
      expect(summary, 'the summary sentence names β').toMatch(/^β = ([\d.]+),/);
      const shownBeta = /^β = ([\d.]+),/.exec((await page.evaluate(`document.querySelector('${tag}').shadowRoot.querySelector('.summary').textContent`)) as string)![1]!;
      const betas = (await valTexts(page, 'beta')).map((text) => text.split(':')[1]);
      expect(betas.length, 'β in the instances (HTML and MathML) and the legends').toBeGreaterThanOrEqual(4);
      expect(new Set(betas)).toEqual(new Set([shownBeta]));
      const weight = await tableCell(page, tag, 1, 6);
      const u = await tableCell(page, tag, 1, 4);
      expect(await valTexts(page, 'dpo-weight-1')).toEqual([`mn:${weight}`, `span:${weight}`]);
      expect(weight).not.toBe('0.4651');
      expect(u).not.toBe('0.140');
      const mean = /mean ([\d.]+)/.exec(summary)![1];
      expect((await valTexts(page, 'dpo-loss-mean')).map((text) => text.split(':')[1])).toEqual([mean, mean]);
      expect(await recorder.shifts()).toEqual([]);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('2.3: the Bradley–Terry equations and po-bradley-terry', () => {
  const tag = 'po-bradley-terry';

  it('pointing at m lights up the reward cells and the shift and scale sliders', async () => {
    const { context, page } = await open('2.3');
    try {
      await page.locator('.katex-display [data-sym="m"]').first().hover();
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot?.getElementById('scale')?.closest('[data-sym-active]') != null`);
      expect(await controlLit(page, tag, 'shift')).toBe(true);
      expect(await controlLit(page, tag, 'pairs-chosen-0')).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('after ArrowRight on the scale s, P₁ and the mean loss in the equations equal the widget\'s table and summary', async () => {
    const { context, page } = await open('2.3');
    try {
      await page.evaluate(`document.querySelector('${tag}').scrollIntoView({ block: 'center' })`);
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot?.getElementById('scale') != null`);
      expect(await valTexts(page, 'p-1')).toEqual(['mn:0.858', 'span:0.858']);
      await nextFrames(page);
      const recorder = await recordShifts(page);
      await page.locator(`${tag} #scale`).focus();
      // Watch the instance line while the keys go to the slider: its numbers change, nothing moves.
      await page.evaluate(`document.querySelector('.katex [data-val="p-1"]').scrollIntoView({ block: 'center' })`);
      await nextFrames(page);
      for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
      await nextFrames(page);
      const [rw, rl, m, p] = [await tableCell(page, tag, 1, 4), await tableCell(page, tag, 1, 5), await tableCell(page, tag, 1, 6), await tableCell(page, tag, 1, 7)];
      expect(p).not.toBe('0.858');
      expect(await valTexts(page, 'rw-1')).toEqual([`mn:${rw}`, `span:${rw}`]);
      expect(await valTexts(page, 'rl-1')).toEqual([`mn:${rl}`, `span:${rl}`]);
      expect(await valTexts(page, 'm-1')).toEqual([`mn:${m}`, `span:${m}`]);
      expect(await valTexts(page, 'p-1')).toEqual([`mn:${p}`, `span:${p}`]);
      const summary = (await page.evaluate(`document.querySelector('${tag}').shadowRoot.querySelector('.summary').textContent`)) as string;
      const mean = /mean loss ([\d.]+)/.exec(summary)![1];
      expect((await valTexts(page, 'loss-mean')).map((text) => text.split(':')[1])).toEqual([mean, mean]);
      expect(await recorder.shifts()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('two wired widgets on one page', () => {
  it('each scope links to its own widget: marks, controls and values do not cross', async () => {
    const { context, page, record } = await open('5.3');
    try {
      // A second widget with its own scope, as a page with two <WidgetScope>s renders them.
      await page.evaluate(`(() => {
        const scope = document.createElement('div');
        scope.className = 'po-scope';
        scope.dataset.poScope = 'bradley-terry';
        scope.innerHTML = '<p><span class="katex"><span data-sym="scale">s</span> = <span data-val="scale">1</span></span></p>' +
          '<po-bradley-terry data-po-widget="bradley-terry"><p class="po-fallback" tabindex="0">Bradley–Terry</p></po-bradley-terry>';
        document.querySelector('article').append(scope);
      })()`);
      // Tabbing to its fallback loads it, as for any widget (src/components/lazy-widgets.ts).
      await page.locator('po-bradley-terry .po-fallback').focus();
      await waitForTrue(page, `document.querySelector('po-bradley-terry').shadowRoot?.getElementById('scale') != null`, 40_000);
      await page.evaluate(`document.querySelector('po-dpo-loss').scrollIntoView({ block: 'center' })`);
      await waitForTrue(page, `document.querySelector('po-dpo-loss').shadowRoot?.getElementById('beta') != null`, 40_000);

      await page.locator('[data-po-scope="bradley-terry"] [data-sym="scale"]').hover();
      await nextFrames(page);
      expect(await controlLit(page, 'po-bradley-terry', 'scale')).toBe(true);
      expect(await controlLit(page, 'po-dpo-loss', 'beta')).toBe(false);

      await page.locator('po-bradley-terry #scale').focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      await nextFrames(page);
      const scale = await page.locator('po-bradley-terry #scale').getAttribute('aria-valuetext');
      expect(scale).not.toBe('1');
      expect(await valTexts(page, 'scale')).toEqual([`span:${scale}`]);
      expect(new Set((await valTexts(page, 'beta')).map((text) => text.split(':')[1]))).toEqual(new Set(['0.1']));
      expect(await litMarks(page)).toEqual(['scale']);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the initial-JS budget with wired equations', () => {
  it.each(['2.3', '5.3'])('%s requests no widget or linking code before a widget is near, and its loader stays under 1 KB gzip', async (section) => {
    const { context, page, record } = await open(section);
    try {
      await nextFrames(page);
      const scripts = record.requests.filter((url) => /\.m?js(\?|$)/.test(url));
      // The linking code (equation-link.ts) is in the widget's chunk, which only the widget's approach (or a
      // reader pointing at a mark) loads.
      expect(await page.evaluate(`customElements.get('po-${section === '2.3' ? 'bradley-terry' : 'dpo-loss'}') === undefined`)).toBe(true);
      const loader = scripts.find((url) => url.includes('/Widget.astro_astro_type_script'));
      expect(loader, 'the widget loader script').toBeDefined();
      const gzip = (url: string) => gzipSync(readFileSync(fileForUrlPath(new URL(url).pathname) ?? ''), { level: 9 }).length;
      expect(gzip(loader!)).toBeLessThanOrEqual(1024);
      const total = scripts.reduce((sum, url) => sum + gzip(url), 0);
      console.info(`${section}: ${scripts.length} scripts before any widget is near, ${total} B gzip`);
    } finally {
      await context.close();
    }
  });
});

describe('2.5: the β-temperature equations and po-beta-temperature', () => {
  const tag = 'po-beta-temperature';

  it('pointing at β lights up the β slider; pointing at π_ref lights up the prompt slider', async () => {
    const { context, page } = await open('2.5');
    try {
      await page.evaluate(`document.querySelector('${tag}').scrollIntoView({ block: 'center' })`);
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot?.getElementById('beta') != null`);
      await page.locator('.katex-display [data-sym="beta"]').first().hover();
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot.getElementById('beta').closest('[data-sym-active]') != null`);
      expect(await controlLit(page, tag, 'prompt')).toBe(false);
      await page.locator('.katex-display [data-sym="piref"]').first().hover();
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot.getElementById('prompt').closest('[data-sym-active]') != null`);
      expect(await controlLit(page, tag, 'beta')).toBe(false);
    } finally {
      await context.close();
    }
  });

  it("after ArrowLeft on β (1 → 0.7, the ladder's next rung), the readouts in the equations equal the widget's table", async () => {
    const { context, page, record } = await open('2.5');
    try {
      await page.evaluate(`document.querySelector('${tag}').scrollIntoView({ block: 'center' })`);
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot?.getElementById('beta') != null`);
      expect(await valTexts(page, 'kl')).toContain('mn:0.1715');
      await nextFrames(page);
      const recorder = await recordShifts(page);
      await page.locator(`${tag} #beta`).focus();
      await page.keyboard.press('ArrowLeft');
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot.getElementById('beta-number').value === '0.7'`);
      await nextFrames(page);
      // Readout rows of the table: 5 = E_π[r], 6 = KL(π‖π_ref), 7 = H(π); column 5 is π_β.
      const [reward, kl, entropy] = [await tableCell(page, tag, 5, 5), await tableCell(page, tag, 6, 5), await tableCell(page, tag, 7, 5)];
      expect(kl).not.toBe('0.1715');
      for (const [name, shown] of [['reward', reward], ['kl', kl], ['entropy', entropy]] as const) {
        const texts = await valTexts(page, name);
        expect(texts.length, `\\val{${name}} marks`).toBeGreaterThan(0);
        expect(new Set(texts.map((text) => text.split(':')[1])), name).toEqual(new Set([shown]));
      }
      expect(new Set((await valTexts(page, 'beta')).map((text) => text.split(':')[1]))).toEqual(new Set(['0.7']));
      expect(await recorder.shifts()).toEqual([]);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
