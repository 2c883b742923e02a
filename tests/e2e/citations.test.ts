/**
 * Citations (src/components/Cite.astro, References.astro, src/pages/references.astro) on the built site, at `/`
 * and under the sub-path: Tab reaches a citation, Enter opens its card with the full reference, the card fits a
 * 320 px screen in light and dark, Escape closes it and gives the focus back; print shows the author–year text
 * and the section's reference list, not the cards; `/references/` lists each work under its key with a BibTeX
 * copy button and does not scroll sideways at 320 px. No script is involved on the section page: the cards are
 * HTML popovers.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { basePath } from '../build/site.ts';
import { openRecordedPage, problemsOf } from './browser.ts';
import { useSiteSession } from './site-session.ts';

const session = useSiteSession();

/** Section 1.5 (content/chapter-1/kl-budget.mdx) cites Ouyang et al. (2022) first. */
const SECTION = `${basePath}chapter-1/kl-budget/`;
const REFERENCES = `${basePath}references/`;

async function openPage(path: string, options: { colorScheme?: 'light' | 'dark'; width?: number } = {}) {
  const opened = await openRecordedPage(session.browser, {
    allowedOrigins: [session.server.origin],
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    viewport: { width: options.width ?? 1280, height: 800 },
  });
  await opened.page.goto(session.server.origin + path, { waitUntil: 'load' });
  return opened;
}

/** Presses Tab until the first citation button has the focus; the number of presses, or -1. */
async function tabToFirstCitation(page: Page): Promise<number> {
  for (let presses = 1; presses <= 400; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`document.activeElement === document.querySelector('.cite-button')`)) return presses;
  }
  return -1;
}

/** The first citation's card: whether it is open, its text, its box, and the page's horizontal overflow. */
const CARD_STATE = `(() => {
  const button = document.querySelector('.cite-button');
  const card = document.getElementById(button.getAttribute('popovertarget'));
  const box = card.getBoundingClientRect();
  return {
    open: card.matches(':popover-open'),
    text: card.textContent.replace(/\\s+/g, ' ').trim(),
    left: box.left, right: box.right, top: box.top, bottom: box.bottom,
    viewport: document.documentElement.clientWidth,
    viewportHeight: window.innerHeight,
    scrollWidth: document.documentElement.scrollWidth,
    focusedIsButton: document.activeElement === button,
  };
})()`;

interface CardState {
  open: boolean;
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
  viewport: number;
  viewportHeight: number;
  scrollWidth: number;
  focusedIsButton: boolean;
}

describe('citation cards', () => {
  it.each([
    ['light', 1280],
    ['light', 320],
    ['dark', 320],
    ['dark', 768],
  ] as const)('a citation card opens by keyboard (%s, %i px), shows the full reference, fits the screen and closes with Escape', async (colorScheme, width) => {
    const { context, page, record } = await openPage(SECTION, { colorScheme, width });
    try {
      expect(await page.evaluate(`document.querySelector('.cite-button').textContent`)).toBe('Ouyang et al. 2022');
      expect(await tabToFirstCitation(page), 'Tab never reached the citation').toBeGreaterThan(0);
      expect(((await page.evaluate(CARD_STATE)) as CardState).open).toBe(false);

      await page.keyboard.press('Enter');
      const open = (await page.evaluate(CARD_STATE)) as CardState;
      expect(open.open).toBe(true);
      expect(open.text).toContain('Ouyang, L., Wu, J., Jiang, X., et al. (2022). Training language models to follow instructions with human feedback. NeurIPS.');
      expect(open.text).toContain('arXiv:2203.02155');
      expect(open.left).toBeGreaterThanOrEqual(0);
      expect(open.right).toBeLessThanOrEqual(open.viewport);
      expect(open.top).toBeGreaterThanOrEqual(0);
      expect(open.bottom).toBeLessThanOrEqual(open.viewportHeight);
      expect(open.scrollWidth, 'the page scrolls sideways with the card open').toBeLessThanOrEqual(open.viewport);

      await page.keyboard.press('Escape');
      const closed = (await page.evaluate(CARD_STATE)) as CardState;
      expect(closed.open).toBe(false);
      expect(closed.focusedIsButton, 'Escape gives the focus back to the citation').toBe(true);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a click (or tap) opens the card and a click elsewhere closes it', async () => {
    const { context, page } = await openPage(SECTION, { width: 390 });
    try {
      await page.locator('.cite-button').first().click();
      expect(((await page.evaluate(CARD_STATE)) as CardState).open).toBe(true);
      await page.mouse.click(5, 400);
      expect(((await page.evaluate(CARD_STATE)) as CardState).open).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('in print, a citation is its author–year text, the cards are hidden and the reference list prints', async () => {
    const { context, page } = await openPage(SECTION);
    try {
      await page.emulateMedia({ media: 'print' });
      const printed = (await page.evaluate(`(() => {
        const shown = (element) => element.getClientRects().length > 0 && element.getBoundingClientRect().height > 0;
        return {
          buttons: [...document.querySelectorAll('.cite-button')].every(shown),
          cards: [...document.querySelectorAll('.cite-card')].some(shown),
          list: shown(document.querySelector('.reference-list')),
          border: getComputedStyle(document.querySelector('.cite-button')).borderBottomStyle,
        };
      })()`)) as { buttons: boolean; cards: boolean; list: boolean; border: string };
      expect(printed).toEqual({ buttons: true, cards: false, list: true, border: 'none' });
    } finally {
      await context.close();
    }
  });
});

/** For each citation with a bracket glued to it: whether the bracket and the button share a line (their boxes overlap vertically). */
const BRACKETS_ON_BUTTON_LINE = `(() => [...document.querySelectorAll('.cite-glue')].map((glue) => {
  const button = glue.querySelector('.cite-button').getBoundingClientRect();
  const sameLine = (node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    return box.bottom > button.top && box.top < button.bottom;
  };
  return [...glue.childNodes].filter((node) => node.nodeType === 3).every(sameLine);
}))()`;

describe('citation brackets', () => {
  it.each([320, 347, 375, 412, 768])('stay on their citation’s line at %i px (3.5, many bracketed citations)', async (width) => {
    const { context, page, record } = await openPage(`${basePath}chapter-3/rewardbench/`, { width });
    try {
      const lines = (await page.evaluate(BRACKETS_ON_BUTTON_LINE)) as boolean[];
      expect(lines.length).toBeGreaterThan(5);
      expect(lines.filter((same) => !same)).toEqual([]);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('references page', () => {
  it('lists each work under its key with its citing sections and a BibTeX copy button, and fits 320 px', async () => {
    const { context, page, record } = await openPage(REFERENCES, { width: 320 });
    try {
      const entry = (await page.evaluate(`(() => {
        const item = document.getElementById('ouyang2022');
        return {
          button: item.querySelector('[data-copy]')?.getAttribute('aria-label'),
          bibtex: item.querySelector('code')?.textContent,
          citedIn: [...item.querySelectorAll('.bib-cited a')].map((a) => a.getAttribute('href')),
          scrollWidth: document.documentElement.scrollWidth,
          width: document.documentElement.clientWidth,
        };
      })()`)) as { button: string; bibtex: string; citedIn: string[]; scrollWidth: number; width: number };
      expect(entry.button).toBe('Copy BibTeX for Ouyang et al. 2022');
      expect(entry.bibtex).toMatch(/^@inproceedings\{ouyang2022,\n {2}author = \{Ouyang, L\. and Wu, J\. and Jiang, X\. and others\},/);
      expect(entry.citedIn).toContain(SECTION);
      expect(entry.scrollWidth).toBeLessThanOrEqual(entry.width);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
