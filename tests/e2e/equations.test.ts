/**
 * Equations wired to widgets (src/widgets/shared/equation-link.ts) on the built 2.3 and 5.3 pages, and on every
 * other wired section (1.1, 1.2, 1.3, 1.4, 2.1, 2.2, 2.4, 4.1 …), in Chromium:
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

import { getWidget } from '../../src/widgets/registry.ts';
import { symbolsForKey } from '../../src/widgets/shared/symbol-links.ts';
import { fileForUrlPath, readPage, sectionPages } from '../build/site.ts';
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

/**
 * Waits until every `\val` mark of each name shows the expected number, then checks that they do: numbers near
 * the viewport follow the widget in the frame of its change, the others once it settles (near-first-writes.ts).
 */
async function expectValues(page: Page, expected: Readonly<Record<string, string>>): Promise<void> {
  const shown = async () =>
    Object.fromEntries(await Promise.all(Object.keys(expected).map(async (name) => [name, [...new Set((await valTexts(page, name)).map((text) => text.split(':')[1]))]])));
  const wanted = Object.fromEntries(Object.entries(expected).map(([name, number]) => [name, [number]]));
  await expect.poll(shown, { timeout: 15_000 }).toEqual(wanted);
}

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
      expect((await valTexts(page, 'beta')).length, 'β in the instances (HTML and MathML) and the legends').toBeGreaterThanOrEqual(4);
      const weight = await tableCell(page, tag, 1, 6);
      const u = await tableCell(page, tag, 1, 4);
      expect(weight).not.toBe('0.4651');
      expect(u).not.toBe('0.140');
      const mean = /mean ([\d.]+)/.exec(summary)![1]!;
      // The numbers far from the widget follow it once it settles, like the live summary but not in the same task.
      await expectValues(page, { beta: shownBeta, 'dpo-weight-1': weight, 'dpo-loss-mean': mean });
      expect(await valTexts(page, 'dpo-weight-1')).toEqual([`mn:${weight}`, `span:${weight}`]);
      expect(await recorder.shifts()).toEqual([]);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('5.3: live numbers keep KaTeX\'s typesetting', () => {
  const tag = 'po-dpo-loss';

  it('after ArrowRight on β, each \\val number is written into its .mord span, beside the spacing KaTeX set', async () => {
    const { context, page } = await open('5.3');
    try {
      // The HTML of \val{beta}{0.1} in "σ(0.1 · 1.40)": <span data-val="beta"><span class="mord">0.1</span><span class="mspace" …>.
      const shape = () =>
        page.evaluate(`[...document.querySelectorAll('.katex-html [data-val]')].map((mark) =>
          mark.dataset.val + ':' + [...mark.children].map((child) => child.className + '=' + child.textContent).join('|'))`) as Promise<string[]>;
      const before = await shape();
      expect(before).toContain('beta:mord=0.1|mspace=');
      await page.evaluate(`document.querySelector('${tag}').scrollIntoView({ block: 'center' })`);
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot?.getElementById('beta') != null`);
      await page.locator(`${tag} #beta`).focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      await nextFrames(page);
      const beta = /^β = ([\d.]+),/.exec((await page.evaluate(`document.querySelector('${tag}').shadowRoot.querySelector('.summary').textContent`)) as string)![1]!;
      expect(beta).not.toBe('0.1');
      // β's marks are far from the widget: they follow once the widget settles.
      await expect.poll(shape, { timeout: 15_000 }).toContain(`beta:mord=${beta}|mspace=`);
      const after = await shape();
      // Same children, same classes, for every mark: only the numbers changed.
      const classes = (marks: string[]) => marks.map((mark) => mark.replace(/=[^|]*/g, ''));
      expect(classes(after)).toEqual(classes(before));
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
      await expectValues(page, { 'loss-mean': mean! });
      expect(await recorder.shifts()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/** The widget's visible summary sentence (updated on every change; its role=status twin waits until it settles). */
const summaryOf = (page: Page, tag: string) =>
  page.evaluate(`document.querySelector('${tag}').shadowRoot.querySelector('.summary').textContent`) as Promise<string>;

/** The first capture of a pattern in a text, or a failure that names the pattern. */
function capture(text: string, pattern: RegExp): string {
  const match = pattern.exec(text);
  if (!match?.[1]) throw new Error(`${String(pattern)} not found in "${text}"`);
  return match[1];
}

/** A wired section other than 2.3 and 5.3, and how to check its wiring. */
interface WiredSection {
  section: string;
  widget: string;
  /** A symbol of a display equation, and a control that pointing at it lights up. */
  point: { sym: string; control: string };
  /** Keyboard changes, in order: a control id and the keys pressed on it. */
  keys: { control: string; key: string; times: number }[];
  /** A live value and the number it shows at the widget's defaults (it must change). */
  changes: { name: string; from: string };
  /** After the keys: every \val name the check covers, with the number the widget itself shows for it. */
  shown: (page: Page, tag: string) => Promise<Record<string, string>>;
}

const wiredSections: WiredSection[] = [
  {
    section: '1.1',
    widget: 'choice-vs-demo',
    point: { sym: 'beta', control: 'beta' },
    keys: [{ control: 'beta', key: 'ArrowLeft', times: 10 }],
    changes: { name: 'pref-3', from: '0.84' },
    shown: async (page, tag) => {
      const summary = await summaryOf(page, tag);
      return {
        beta: capture(summary, /β = ([^:]+):/),
        'sft-3': await tableCell(page, tag, 3, 4),
        'rhat-3': await tableCell(page, tag, 3, 6),
        'pref-3': await tableCell(page, tag, 3, 7),
      };
    },
  },
  {
    section: '1.3',
    widget: 'kl-budget',
    point: { sym: 'budget', control: 'budget' },
    keys: [{ control: 'budget', key: 'ArrowRight', times: 10 }],
    changes: { name: 'reward', from: '1.641' },
    shown: async (page, tag) => {
      const summary = await summaryOf(page, tag);
      return {
        budget: capture(summary, /ε = ([\d.]+):/),
        reward: capture(summary, /best E\[r\] = ([\d.]+) /),
        beta: capture(summary, /β = ([\d.]+),/),
      };
    },
  },
  {
    section: '2.1',
    widget: 'preference-pair',
    point: { sym: 'u', control: 'steps' },
    // More DPO steps, then the swap: the instances follow the order the widget shows.
    keys: [
      { control: 'steps', key: 'ArrowRight', times: 5 },
      { control: 'swapped', key: 'Space', times: 1 },
    ],
    changes: { name: 'u', from: '1.236' },
    shown: async (page, tag) => ({
      m: await tableCell(page, tag, 4, 3),
      'rm-loss': await tableCell(page, tag, 5, 3),
      'rm-loss-swapped': await tableCell(page, tag, 5, 2),
      u: await tableCell(page, tag, 8, 3),
      'dpo-loss': await tableCell(page, tag, 9, 3),
      'dpo-loss-swapped': await tableCell(page, tag, 9, 2),
    }),
  },
  {
    section: '2.4',
    widget: 'reference-policy',
    point: { sym: 'pi', control: 'mix' },
    keys: [{ control: 'mix', key: 'ArrowRight', times: 1 }],
    changes: { name: 'kl-pi-ref', from: '0.0892' },
    shown: async (page, tag) => {
      const summary = await summaryOf(page, tag);
      return {
        temperature: capture(summary, /T = ([\d.]+),/),
        mix: capture(summary, /α = ([\d.]+)\)/),
        demonstrations: capture(summary, /from (\d+) demonstration/),
        'kl-pi-ref': await tableCell(page, tag, 9, 5),
        'kl-ref-pi': await tableCell(page, tag, 9, 6),
      };
    },
  },
  {
    section: '3.3',
    widget: 'annotator-agreement',
    point: { sym: 'base-rate', control: 'baseRate' },
    // Base rate 0.30 → 0.10: the raw agreement stays 0.840 while κ falls (the κ paradox).
    keys: [{ control: 'baseRate', key: 'ArrowLeft', times: 20 }],
    changes: { name: 'kappa', from: '0.633' },
    shown: async (page, tag) => ({
      agreement: await tableCell(page, tag, 1, 2),
      chance: await tableCell(page, tag, 2, 2),
      kappa: await tableCell(page, tag, 3, 2),
      'expected-kappa': await tableCell(page, tag, 3, 3),
    }),
  },
  {
    section: '3.4',
    widget: 'calibration',
    // The T of σ(Δ/T) sits in a fraction's denominator, under the numerator's vlist row: prose.css lets the pointer
    // through the rows of wired equations (before that, Playwright's hover found the T covered and never acted).
    point: { sym: 'temperature', control: 'temperature' },
    // T = 1 → 2 (30 slider steps of 0.01 decade): the ECE falls, the accuracy stays.
    keys: [{ control: 'temperature', key: 'ArrowRight', times: 30 }],
    changes: { name: 'ece', from: '0.065' },
    shown: async (page, tag) => {
      const summary = await summaryOf(page, tag);
      const caption = (await page.evaluate(`document.querySelector('${tag}').shadowRoot.querySelector('caption').textContent`)) as string;
      return {
        temperature: capture(summary, /^T = ([\d.]+),/),
        ece: capture(summary, /, ECE ([\d.]+), MCE/),
        mce: capture(summary, /MCE ([\d.]+), NLL/),
        bins: capture(caption, /of (\d+) equal-width bins/),
        margin: capture(caption, /margin Δ₁ = ([−\d.]+) and/),
        probability: capture(caption, /σ\(Δ₁\/T\) = ([\d.]+)\./),
      };
    },
  },
  {
    section: '3.5',
    widget: 'rewardbench',
    point: { sym: 'accuracy', control: 'prompts' },
    // 30 → 31 prompts: a bigger toy benchmark, so the category accuracies move (Chat Hard 0.225 → 0.216).
    keys: [{ control: 'prompts', key: 'ArrowRight', times: 1 }],
    changes: { name: 'chat-hard', from: '0.225' },
    shown: async (page, tag) => ({
      chat: await tableCell(page, tag, 1, 5),
      'chat-hard': await tableCell(page, tag, 2, 5),
      safety: await tableCell(page, tag, 3, 5),
      reasoning: await tableCell(page, tag, 4, 5),
      score: await tableCell(page, tag, 5, 5),
    }),
  },
  {
    section: '4.1',
    widget: 'sft-init',
    point: { sym: 'pi-sft', control: 'demonstrations' },
    // 10 → 14 demonstrations: the fourteenth is the first to write y7, so π*(y7) leaves 0 (seed 216).
    keys: [{ control: 'demonstrations', key: 'ArrowRight', times: 4 }],
    changes: { name: 'opt-7', from: '0.000' },
    shown: async (page, tag) => {
      const summary = await summaryOf(page, tag);
      return {
        demonstrations: capture(summary, /from (\d+) demonstration/),
        smoothing: capture(summary, /\(α = ([\d.]+)\)/),
        beta: capture(summary, /With β = ([\d.]+),/),
        'gold-7': await tableCell(page, tag, 7, 2),
        'count-7': await tableCell(page, tag, 7, 3),
        'sft-7': await tableCell(page, tag, 7, 4),
        'opt-7': await tableCell(page, tag, 7, 5),
        'value-sft': await tableCell(page, tag, 9, 4),
        'value-opt': await tableCell(page, tag, 9, 5),
      };
    },
  },
  {
    section: '4.3',
    widget: 'ppo-clip',
    point: { sym: 'ratio', control: 'ratio' },
    // ρ = 1.3 → 1.1 (4 slider steps of 0.05): out of the clipped region, so L^CLIP falls from 1.200 to 1.100 and its
    // gradient turns from 0 to 1.
    keys: [{ control: 'ratio', key: 'ArrowLeft', times: 4 }],
    changes: { name: 'objective', from: '1.200' },
    shown: async (page, tag) => {
      const summary = await summaryOf(page, tag);
      return {
        epsilon: capture(summary, /ε = ([\d.]+):/),
        ratio: capture(summary, /at ρ = ([\d.]+) /),
        objective: capture(summary, /L\^CLIP = (?:ρA = )?([−\d.]+)/),
        gradient: capture(summary, /gradient ([−\d]+)/),
      };
    },
  },
  {
    section: '4.4',
    widget: 'kl-estimators',
    point: { sym: 'mu', control: 'mu' },
    // μ = 1 → 1.05 (one slider step of 0.05): the exact KL μ²/2 moves 0.500 → 0.551, and every exact column with it.
    keys: [{ control: 'mu', key: 'ArrowRight', times: 1 }],
    changes: { name: 'kl', from: '0.500' },
    shown: async (page, tag) => {
      const summary = await summaryOf(page, tag);
      const exact = async (row: number) => (await tableCell(page, tag, row, 3)).split(' ± ');
      const [, k1Sd] = await exact(1);
      const [k2Mean] = await exact(2);
      const [, k3Sd] = await exact(3);
      return {
        mu: capture(summary, /^Drift μ = ([\d.]+),/),
        kl: capture(summary, /exact KL ([\d.]+):/),
        samples: capture(summary, /batches of (\d+) samples/),
        'k1-sd': k1Sd ?? '',
        'k2-mean': k2Mean ?? '',
        'k3-sd': k3Sd ?? '',
      };
    },
  },
  {
    section: '4.5',
    widget: 'overoptimization',
    point: { sym: 'beta', control: 'beta' },
    // β = 0.10 → a larger β (one ArrowRight on the log slider): π_β moves back toward π_ref, so its KL falls from 1.29.
    keys: [{ control: 'beta', key: 'ArrowRight', times: 1 }],
    changes: { name: 'kl', from: '1.29' },
    shown: async (page, tag) => {
      const summary = await summaryOf(page, tag);
      return {
        beta: capture(summary, /at β = ([\d.]+) spends/),
        kl: capture(summary, /spends ([\d.]+) nats/),
        'proxy-gain': capture(summary, /proxy gain of \+?(−?[\d.]+) and/),
        'gold-gain': capture(summary, /a gold gain of \+?(−?[\d.]+)\./),
      };
    },
  },
];

describe.each(wiredSections.map((wired) => [wired.section, wired] as const))('%s: its equations and its widget', (section, wired) => {
  const tag = `po-${wired.widget}`;
  const symbols = getWidget(wired.widget)?.equations?.symbols ?? {};

  it('pointing at a symbol of a display equation lights up its control; using a control lights up its symbols', async () => {
    const { context, page, record } = await open(section);
    try {
      await page.locator(`.katex-display [data-sym="${wired.point.sym}"]`).first().hover();
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot?.getElementById('${wired.point.control}')?.closest('[data-sym-active]') != null`);
      expect(await litMarks(page)).toEqual([wired.point.sym]);
      await page.mouse.move(5, 5);
      await nextFrames(page);
      expect(await litMarks(page)).toEqual([]);
      const control = wired.keys[0]!.control;
      await page.locator(`${tag} #${control}`).focus();
      await nextFrames(page);
      const onPage = (await page.evaluate(`[...new Set([...document.querySelectorAll('.katex [data-sym]')].map((m) => m.dataset.sym))]`)) as string[];
      expect(await litMarks(page)).toEqual(symbolsForKey(symbols, control).filter((name) => onPage.includes(name)).sort());
      expect(await litMarks(page)).toContain(wired.point.sym);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("after a keyboard change every live number equals the widget's, in the HTML, the MathML and the legends, with no layout shift", async () => {
    const { context, page, record } = await open(section);
    try {
      await page.evaluate(`document.querySelector('${tag}').scrollIntoView({ block: 'center' })`);
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot?.getElementById('${wired.keys[0]!.control}') != null`);
      const before = (await valTexts(page, wired.changes.name)).map((text) => text.split(':')[1]);
      expect(new Set(before)).toEqual(new Set([wired.changes.from]));
      await nextFrames(page);
      const recorder = await recordShifts(page);
      for (const { control, key, times } of wired.keys) {
        await page.locator(`${tag} #${control}`).focus();
        for (let i = 0; i < times; i++) await page.keyboard.press(key);
      }
      await nextFrames(page);
      const shown = await wired.shown(page, tag);
      expect(shown[wired.changes.name]).not.toBe(wired.changes.from);
      await expectValues(page, shown);
      expect(await recorder.shifts()).toEqual([]);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('1.4: the two paths\' equations and po-rlhf-vs-dpo', () => {
  const tag = 'po-rlhf-vs-dpo';

  it('after ArrowRight on β, π_RLHF of the top answer in the equation equals the widget\'s table, with nothing shifting', async () => {
    const { context, page, record } = await open('1.4');
    try {
      await page.evaluate(`document.querySelector('${tag}').scrollIntoView({ block: 'center' })`);
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot?.getElementById('beta') != null`);
      expect(await valTexts(page, 'rlhf-top')).toEqual(['mn:0.734', 'span:0.734']);
      await nextFrames(page);
      const recorder = await recordShifts(page);
      await page.locator(`${tag} #beta`).focus();
      await page.evaluate(`document.querySelector('.katex [data-val="rlhf-top"]').scrollIntoView({ block: 'center' })`);
      await nextFrames(page);
      for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
      await nextFrames(page);
      // the top answer of prompt 1 is y3 (row 3): its π_ref, fitted reward and π_RLHF (columns 2 to 4)
      const [ref, reward, rlhf] = [await tableCell(page, tag, 3, 2), await tableCell(page, tag, 3, 3), await tableCell(page, tag, 3, 4)];
      expect(rlhf).not.toBe('0.734');
      expect(await valTexts(page, 'ref-top')).toEqual([`mn:${ref}`, `span:${ref}`]);
      expect(await valTexts(page, 'reward-top')).toEqual([`mn:${reward}`, `span:${reward}`]);
      expect(await valTexts(page, 'rlhf-top')).toEqual([`mn:${rlhf}`, `span:${rlhf}`]);
      // β's value changes width (1 → 1.58); its \val keeps the width the build reserved, so the centred line stays.
      expect(await recorder.shifts()).toEqual([]);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('2.2: the reward-model equations and po-reward-model', () => {
  const tag = 'po-reward-model';
  const summaryOf = (page: Page) => page.evaluate(`document.querySelector('${tag}').shadowRoot.querySelector('.summary').textContent`) as Promise<string>;

  it('after ArrowLeft on η, the widget trains again in slices, and w and the loss in the equations equal its trained table and summary', async () => {
    const { context, page, record } = await open('2.2');
    try {
      await page.evaluate(`document.querySelector('${tag}').scrollIntoView({ block: 'center' })`);
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot?.getElementById('learningRate') != null`);
      expect(await valTexts(page, 'w-1')).toEqual(['mn:1.17', 'span:1.17']);
      await page.locator(`${tag} #learningRate`).focus();
      for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
      const eta = (await page.locator(`${tag} #learningRate`).getAttribute('aria-valuetext')) ?? '';
      expect(eta).not.toBe('0.5');
      // A new run starts from w = 0 and ends at step T ("Step 100 of 100 (η = 0.398, …").
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot.querySelector('.summary').textContent.startsWith('Step 100 of 100 (η = ${eta},')`);
      await nextFrames(page);
      const [w1, w2, w3] = [await tableCell(page, tag, 2, 2), await tableCell(page, tag, 2, 3), await tableCell(page, tag, 2, 4)];
      expect(w1).not.toBe('1.17');
      await expectValues(page, { 'w-1': w1, 'w-2': w2, 'w-3': w3 });
      expect((await valTexts(page, 'w-1')).map((text) => text.split(':')[0])).toEqual(['mn', 'span']);
      const loss = /: loss ([\d.]+),/.exec(await summaryOf(page))![1]!;
      await expectValues(page, { loss });
      await expectValues(page, { eta });
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('1.2: the proxy-reward equations and po-proxy-reward', () => {
  const tag = 'po-proxy-reward';

  it('pointing at λ lights up the length-bias slider, and pointing at r̂ every control', async () => {
    const { context, page } = await open('1.2');
    try {
      await page.locator('.katex-display [data-sym="length-bias"]').first().hover();
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot?.getElementById('lengthBias')?.closest('[data-sym-active]') != null`);
      expect(await controlLit(page, tag, 'noise')).toBe(false);
      await page.locator('.katex-display [data-sym="proxy"]').first().hover();
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot?.getElementById('noise')?.closest('[data-sym-active]') != null`);
      expect(await controlLit(page, tag, 'comparisons')).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('after ArrowRight on N, the weights and τ_b in the equations equal the widget\'s caption and summary', async () => {
    const { context, page } = await open('1.2');
    try {
      await page.evaluate(`document.querySelector('${tag}').scrollIntoView({ block: 'center' })`);
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot?.getElementById('comparisons') != null`);
      expect(await valTexts(page, 'tau-b')).toEqual(['mn:0.725', 'span:0.725']);
      await page.locator(`${tag} #comparisons`).focus();
      for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
      await nextFrames(page);
      const summary = (await page.evaluate(`document.querySelector('${tag}').shadowRoot.querySelector('.summary').textContent`)) as string;
      const caption = (await page.evaluate(`document.querySelector('${tag}').shadowRoot.querySelector('caption').textContent`)) as string;
      const tau = /Kendall τ_b = ([−\d.]+)/.exec(summary)![1]!;
      const [wh, ws, wl] = /ŵ = \(([^,]+), ([^,]+), ([^)]+)\)/.exec(caption)!.slice(1);
      expect(summary).toContain('N = 210');
      await expectValues(page, { 'tau-b': tau, 'w-h': wh!, 'w-s': ws!, 'w-l': wl! });
      expect((await valTexts(page, 'tau-b')).length).toBe(2);
      expect((await valTexts(page, 'comparisons')).map((text) => text.split(':')[1])).toContain('210');
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
      await expectValues(page, { scale: scale! });
      expect(await valTexts(page, 'scale')).toEqual([`span:${scale}`]);
      await expectValues(page, { beta: '0.1' });
      expect(await litMarks(page)).toEqual(['scale']);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the initial-JS budget with wired equations', () => {
  // Every section page and the widget element it holds, read from the built page, so a new section is covered.
  const widgetOf: Record<string, string> = Object.fromEntries(
    sectionPages().flatMap((page) => {
      const tag = /<po-([a-z][a-z0-9-]*)/.exec(readPage(page))?.[1];
      return tag === undefined ? [] : [[page.section, tag]];
    }),
  );
  it('covers every section page with a widget', () => {
    expect(Object.keys(widgetOf).length).toBeGreaterThanOrEqual(12);
  });
  it.each(Object.keys(widgetOf))('%s requests no widget or linking code before a widget is near, and its loader stays under 1 KB gzip', async (section) => {
    const { context, page, record } = await open(section);
    try {
      await nextFrames(page);
      const scripts = record.requests.filter((url) => /\.m?js(\?|$)/.test(url));
      // The linking code (equation-link.ts) is in the widget's chunk, which only the widget's approach (or a
      // reader pointing at a mark) loads.
      expect(await page.evaluate(`customElements.get('po-${widgetOf[section]!}') === undefined`)).toBe(true);
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
      await expectValues(page, { reward, kl, entropy });
      await expectValues(page, { beta: '0.7' });
      expect(await recorder.shifts()).toEqual([]);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('5.1: the optimal-policy equations and po-optimal-policy', () => {
  const tag = 'po-optimal-policy';

  it('pointing at β lights up the β slider; pointing at π lights up the direction and step controls', async () => {
    const { context, page } = await open('5.1');
    try {
      await page.evaluate(`document.querySelector('${tag}').scrollIntoView({ block: 'center' })`);
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot?.getElementById('beta') != null`);
      await page.locator('.katex-display [data-sym="beta"]').first().hover();
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot.getElementById('beta').closest('[data-sym-active]') != null`);
      expect(await controlLit(page, tag, 'step')).toBe(false);
      // The first π is a subscript (E_π), under KaTeX's vlist; the second is the π of KL(π‖π_ref).
      await page.locator('.katex-display [data-sym="pi"]').nth(1).hover();
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot.getElementById('step').closest('[data-sym-active]') != null`);
      expect(await controlLit(page, tag, 'beta')).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('after four ArrowRight presses on the step (ε 1 → 1.2), the values in the equations equal the widget’s table', async () => {
    const { context, page, record } = await open('5.1');
    try {
      await page.evaluate(`document.querySelector('${tag}').scrollIntoView({ block: 'center' })`);
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot?.getElementById('step') != null`);
      expect(await valTexts(page, 'objective')).toContain('mn:1.3483');
      await nextFrames(page);
      const recorder = await recordShifts(page);
      await page.locator(`${tag} #step`).focus();
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot.getElementById('step-number').value === '1.2'`);
      await nextFrames(page);
      // Table rows: 6 = E[r], 7 = KL(·‖π_ref), 8 = J, 9 = β·KL(·‖π*), 10 = J + β·KL(·‖π*); column 7 is π.
      const shown = {
        reward: await tableCell(page, tag, 6, 7),
        kl: await tableCell(page, tag, 7, 7),
        objective: await tableCell(page, tag, 8, 7),
        'gap-kl': await tableCell(page, tag, 9, 7),
        maximum: await tableCell(page, tag, 10, 7),
      };
      expect(shown.objective).not.toBe('1.3483');
      await expectValues(page, shown);
      await expectValues(page, { gap: shown['gap-kl'] });
      expect(await recorder.shifts()).toEqual([]);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('5.2: the implicit-reward equations and po-implicit-reward', () => {
  const tag = 'po-implicit-reward';

  it('pointing at c lights up the c slider; pointing at β lights up the β slider', async () => {
    const { context, page } = await open('5.2');
    try {
      await page.evaluate(`document.querySelector('${tag}').scrollIntoView({ block: 'center' })`);
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot?.getElementById('shift') != null`);
      await page.locator('.katex-display [data-sym="shift"]').first().hover();
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot.getElementById('shift').closest('[data-sym-active]') != null`);
      expect(await controlLit(page, tag, 'beta')).toBe(false);
      await page.locator('.katex-display [data-sym="beta"]').first().hover();
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot.getElementById('beta').closest('[data-sym-active]') != null`);
      expect(await controlLit(page, tag, 'shift')).toBe(false);
    } finally {
      await context.close();
    }
  });

  it("after ArrowRight on c (0 → 0.1), β log Z in the equations follows and the implicit rewards equal the widget's table", async () => {
    const { context, page, record } = await open('5.2');
    try {
      await page.evaluate(`document.querySelector('${tag}').scrollIntoView({ block: 'center' })`);
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot?.getElementById('shift') != null`);
      expect(await valTexts(page, 'log-z')).toContain('mn:1.4427');
      await nextFrames(page);
      const recorder = await recordShifts(page);
      await page.locator(`${tag} #shift`).focus();
      await page.keyboard.press('ArrowRight');
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot.getElementById('shift-number').value === '0.1'`);
      await nextFrames(page);
      // Row 2 of the table is response 2: column 2 = r + c, column 7 = r̂_θ, column 8 = r + c − r̂_θ (= β log Z at T = 1).
      const [reward, rhat, offset] = [await tableCell(page, tag, 2, 2), await tableCell(page, tag, 2, 7), await tableCell(page, tag, 2, 8)];
      expect(offset).toBe('1.5427');
      await expectValues(page, { 'r-2': reward, 'rhat-2': rhat, 'log-z': offset });
      await expectValues(page, { 'rhat-2': '−0.0367' });
      expect(await recorder.shifts()).toEqual([]);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('3.1: the pairwise-loss equations and po-pairwise-loss', () => {
  const tag = 'po-pairwise-loss';

  it('pointing at K lights up the K slider only; pointing at m lights up the K and seed sliders', async () => {
    const { context, page } = await open('3.1');
    try {
      await page.evaluate(`document.querySelector('${tag}').scrollIntoView({ block: 'center' })`);
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot?.getElementById('k') != null`);
      // The K of the display equation sits inside \binom under \frac, deep in KaTeX's vlists; hover the first visible K.
      await page.locator('.katex-html [data-sym="k"] >> visible=true').first().hover();
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot.getElementById('k').closest('[data-sym-active]') != null`);
      expect(await controlLit(page, tag, 'seed')).toBe(false);
      await page.locator('.katex-display [data-sym="m"]').first().hover();
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot.getElementById('seed').closest('[data-sym-active]') != null`);
      expect(await controlLit(page, tag, 'k')).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('after ArrowRight on K (3 → 4), the values in the equations equal the first row of the widget’s table', async () => {
    const { context, page, record } = await open('3.1');
    try {
      await page.evaluate(`document.querySelector('${tag}').scrollIntoView({ block: 'center' })`);
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot?.getElementById('k') != null`);
      expect(await valTexts(page, 'batch-loss')).toContain('mn:0.5235');
      await nextFrames(page);
      const recorder = await recordShifts(page);
      await page.locator(`${tag} #k`).focus();
      await page.keyboard.press('ArrowRight');
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot.getElementById('k-number').value === '4'`);
      await nextFrames(page);
      // Table columns: 3 = margin m, 5 = loss, 6 = gradient (the logistic loss is selected).
      const shown = { 'm-1': await tableCell(page, tag, 1, 3), 'loss-1': await tableCell(page, tag, 1, 5), 'grad-1': await tableCell(page, tag, 1, 6) };
      expect(shown['m-1']).not.toBe('1.535');
      await expectValues(page, shown);
      // K = 4: C(4, 2) = 6 pairs per prompt; the K-wise logistic batch loss of seed 42 is 0.709501 (numpy).
      await expectValues(page, { 'pairs-per-prompt': '6' });
      await expectValues(page, { 'batch-loss': '0.7095' });
      expect(await recorder.shifts()).toEqual([]);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('5.5: the DPO gradient equations and po-dpo-gradient', () => {
  const tag = 'po-dpo-gradient';

  it('pointing at t lights up the step slider; pointing at β lights up the β slider', async () => {
    const { context, page } = await open('5.5');
    try {
      await page.evaluate(`document.querySelector('${tag}').scrollIntoView({ block: 'center' })`);
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot?.getElementById('step') != null`);
      await page.locator('.katex [data-sym="t"]').first().hover(); // t is marked in the definitions and the Try it paragraph
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot.getElementById('step').closest('[data-sym-active]') != null`);
      expect(await controlLit(page, tag, 'beta')).toBe(false);
      await page.locator('.katex-display [data-sym="beta"]').first().hover();
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot.getElementById('beta').closest('[data-sym-active]') != null`);
      expect(await controlLit(page, tag, 'step')).toBe(false);
    } finally {
      await context.close();
    }
  });

  it("after ArrowRight on t (10 → 11), pair 1's u, weight and logit step in the equation equal the widget's table, with nothing shifting", async () => {
    const { context, page, record } = await open('5.5');
    try {
      await page.evaluate(`document.querySelector('${tag}').scrollIntoView({ block: 'center' })`);
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot?.getElementById('step') != null`);
      expect(await valTexts(page, 'weight-1')).toContain('mn:0.187');
      await nextFrames(page);
      const recorder = await recordShifts(page);
      await page.locator(`${tag} #step`).focus();
      await page.keyboard.press('ArrowRight');
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot.getElementById('step-number').value === '11'`);
      await nextFrames(page);
      // Row 1 of the table is pair 1 (y2 ≻ y4): column 4 = u, column 5 = w, column 6 = its logit step.
      const [margin, weight, push] = [await tableCell(page, tag, 1, 4), await tableCell(page, tag, 1, 5), await tableCell(page, tag, 1, 6)];
      expect(weight).not.toBe('0.187');
      await expectValues(page, { t: '11', 'margin-1': margin, 'weight-1': weight, 'push-1': push });
      expect(await recorder.shifts()).toEqual([]);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('3.2: the reward-margins equations and po-reward-margins', () => {
  const tag = 'po-reward-margins';
  const shadow = `document.querySelector('${tag}').shadowRoot`;

  it('pointing at m(r) lights up the margin-term select', async () => {
    const { context, page } = await open('3.2');
    try {
      await page.evaluate(`document.querySelector('${tag}').scrollIntoView({ block: 'center' })`);
      await waitForTrue(page, `${shadow}?.getElementById('margin') != null`);
      expect(await controlLit(page, tag, 'margin')).toBe(false);
      await page.locator('.katex-display [data-sym="mr"]').first().hover();
      await waitForTrue(page, `${shadow}.getElementById('margin').closest('[data-sym-active]') != null`);
    } finally {
      await context.close();
    }
  });

  it('Rewind, then Step by keyboard: the step, margins ≤ 0 and error rate in the equations follow the run and equal its table', async () => {
    const { context, page, record } = await open('3.2');
    try {
      await page.evaluate(`document.querySelector('${tag}').scrollIntoView({ block: 'center' })`);
      await waitForTrue(page, `${shadow}?.getElementById('run-reset') != null`);
      expect(await valTexts(page, 'step')).toContain('mn:60');
      await nextFrames(page);
      const recorder = await recordShifts(page);
      await page.locator(`${tag} #run-reset`).focus();
      await page.keyboard.press('Enter');
      await waitForTrue(page, `${shadow}.getElementById('run-status').textContent.includes('Step 0 of 60')`);
      await nextFrames(page);
      // every margin is a tie at step 0, and a tie counts as an error
      await expectValues(page, { error: '1.000' });
      await page.locator(`${tag} #run-step`).focus();
      await page.keyboard.press('Enter');
      await waitForTrue(page, `${shadow}.getElementById('run-status').textContent.includes('Step 1 of 60')`);
      await nextFrames(page);
      // Row 5 of the table is "All pairs": column 5 = margins ≤ 0, column 6 = error rate.
      const [negative, error] = [await tableCell(page, tag, 5, 5), await tableCell(page, tag, 5, 6)];
      expect(error).not.toBe('1.000');
      await expectValues(page, { negative, error, step: '1' });
      expect(await page.evaluate(`${shadow}.activeElement?.id`)).toBe('run-step');
      expect(await recorder.shifts()).toEqual([]);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('4.2: the rm-training equations and po-rm-training', () => {
  const tag = 'po-rm-training';
  const shadow = `document.querySelector('${tag}').shadowRoot`;

  it('Rewind, then Step by keyboard: the epoch and both validation losses in the equations follow the run and equal its table', async () => {
    const { context, page, record } = await open('4.2');
    try {
      await page.evaluate(`document.querySelector('${tag}').scrollIntoView({ block: 'center' })`);
      await waitForTrue(page, `${shadow}?.getElementById('run-reset') != null`);
      expect(await valTexts(page, 'epoch')).toContain('mn:4.0');
      await nextFrames(page);
      const recorder = await recordShifts(page);
      await page.locator(`${tag} #run-reset`).focus();
      await page.keyboard.press('Enter');
      await waitForTrue(page, `${shadow}.getElementById('run-status').textContent.includes('Step 0 of 40')`);
      await nextFrames(page);
      // every reward is 0 at epoch 0, so both validation losses are log 2
      await expectValues(page, { 'pairs-val': '0.693', 'kwise-val': '0.693' });
      await page.locator(`${tag} #run-step`).focus();
      await page.keyboard.press('Enter');
      await waitForTrue(page, `${shadow}.getElementById('run-status').textContent.includes('Step 1 of 40')`);
      await nextFrames(page);
      // Rows 2 and 4 of the table are the shuffled-pair and K-wise validation rows; column 3 is the loss now.
      const [pairs, kwise] = [await tableCell(page, tag, 2, 3), await tableCell(page, tag, 4, 3)];
      expect(pairs).not.toBe('0.693');
      await expectValues(page, { 'pairs-val': pairs, 'kwise-val': kwise, epoch: '0.1' });
      // the labeller's model does not train: its loss stays the table's last row
      await expectValues(page, { gold: await tableCell(page, tag, 5, 3) });
      expect(await page.evaluate(`${shadow}.activeElement?.id`)).toBe('run-step');
      expect(await recorder.shifts()).toEqual([]);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('5.4: the DPO trainer equations and po-dpo-trainer', () => {
  const tag = 'po-dpo-trainer';
  const shadow = `document.querySelector('${tag}').shadowRoot`;

  it('pointing at β lights up the β slider; pointing at π_θ lights up the policy select', async () => {
    const { context, page } = await open('5.4');
    try {
      await page.evaluate(`document.querySelector('${tag}').scrollIntoView({ block: 'center' })`);
      await waitForTrue(page, `${shadow}?.getElementById('beta') != null`);
      await page.locator('.katex-display [data-sym="beta"]').first().hover();
      await waitForTrue(page, `${shadow}.getElementById('beta').closest('[data-sym-active]') != null`);
      expect(await controlLit(page, tag, 'policy')).toBe(false);
      await page.locator('.katex-display [data-sym="pitheta"]').first().hover();
      await waitForTrue(page, `${shadow}.getElementById('policy').closest('[data-sym-active]') != null`);
      expect(await controlLit(page, tag, 'beta')).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('Rewind, then Step by keyboard: the step and loss in the equations follow the run and equal its table', async () => {
    const { context, page, record } = await open('5.4');
    try {
      await page.evaluate(`document.querySelector('${tag}').scrollIntoView({ block: 'center' })`);
      await waitForTrue(page, `${shadow}?.getElementById('run-reset') != null`);
      expect(await valTexts(page, 'step')).toContain('mn:300');
      await nextFrames(page);
      const recorder = await recordShifts(page);
      await page.locator(`${tag} #run-reset`).focus();
      await page.keyboard.press('Enter');
      await waitForTrue(page, `${shadow}.getElementById('run-status').textContent.includes('Step 0 of 300')`);
      await nextFrames(page);
      await expectValues(page, { loss: '0.6931' });
      await page.locator(`${tag} #run-step`).focus();
      await page.keyboard.press('Enter');
      await waitForTrue(page, `${shadow}.getElementById('run-status').textContent.includes('Step 1 of 300')`);
      await nextFrames(page);
      // Row 2 of the table is step 1: column 2 = loss, column 3 = reward accuracy.
      const [loss, accuracy] = [await tableCell(page, tag, 2, 2), await tableCell(page, tag, 2, 3)];
      expect(loss).not.toBe('0.6931');
      await expectValues(page, { loss, accuracy, step: '1' });
      // the focus stays on Step, and the summary follows the run
      expect(await page.evaluate(`${shadow}.activeElement?.id`)).toBe('run-step');
      expect(await recorder.shifts()).toEqual([]);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('switching the plot redraws the chart with the axes of that plot only (loss → log π → π* → margin → log π)', async () => {
    const { context, page, record } = await open('5.4');
    try {
      await page.evaluate(`document.querySelector('${tag}').scrollIntoView({ block: 'center' })`);
      const scales = `${shadow}?.querySelector('canvas')?.dataset.scales`;
      await waitForTrue(page, `${scales} === 'x y y1'`);
      // The log π plot has one y axis; a stale right axis (and the curves drawn against it) came from merging the
      // new datasets into the old ones, which kept the accuracy curve's yAxisID.
      for (const [plot, axes] of [['logp', 'x y'], ['optimum', 'x y'], ['margin', 'x y y1'], ['logp', 'x y']] as const) {
        await page.locator(`${tag} #plot`).selectOption(plot);
        await waitForTrue(page, `${scales} === '${axes}'`);
        await nextFrames(page);
        expect(await page.evaluate(scales), plot).toBe(axes);
      }
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('typing a β while a run plays keeps the typed text and starts the run of that β (the run re-renders every frame)', async () => {
    const { context, page, record } = await open('5.4');
    try {
      await page.evaluate(`document.querySelector('${tag}').scrollIntoView({ block: 'center' })`);
      await waitForTrue(page, `${shadow}?.getElementById('run-toggle') != null`);
      // one step a frame, so the 300-step run plays for about five seconds while the reader types
      const speed = page.locator(`${tag} #speed-number`);
      await speed.fill('1');
      await speed.press('Enter');
      await page.locator(`${tag} #run-toggle`).click();
      await waitForTrue(page, `${shadow}.getElementById('run-status').textContent.includes('playing')`);
      const beta = page.locator(`${tag} #beta-number`);
      await beta.focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('0.3', { delay: 120 });
      expect(await page.evaluate(`${shadow}.getElementById('run-status').textContent`)).toContain('playing');
      expect(await beta.inputValue()).toBe('0.3');
      await page.keyboard.press('Enter');
      await waitForTrue(page, `${shadow}.querySelector('caption').textContent.includes('β = 0.3,')`);
      expect(await beta.inputValue()).toBe('0.3');
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
