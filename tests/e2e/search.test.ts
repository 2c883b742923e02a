/**
 * Search (src/components/SiteSearch.astro, search-opener.ts, search-dialog.ts; index by
 * integrations/pagefind-index.mjs) on the built site, at `/` and under the sub-path: `/`, Ctrl+K, Cmd+K and the
 * header's button open a modal dialog whose code and index load only then; "Bradley" lists section 2.3 with a
 * link to one of its headings and the match highlighted in a `<mark>`; Enter and a click navigate; Escape and
 * Close give the focus back; nothing is requested from another host and the console stays clean (a CSP
 * violation, e.g. Pagefind's WebAssembly without 'wasm-unsafe-eval', would be recorded as a problem). The open
 * dialog passes axe in light and dark and fits a 320 px screen.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { basePath } from '../build/site.ts';
import { openRecordedPage, problemsOf, type PageRecord } from './browser.ts';
import { useSiteSession } from './site-session.ts';
import { waitForTrue } from './widget-probe.ts';

const session = useSiteSession();

/** Section 2.3, where the Bradley–Terry model is introduced (content/chapter-2/bradley-terry.mdx). */
const BRADLEY_TERRY = `${basePath}chapter-2/bradley-terry/`;
/** A page without that word in its title, to search from. */
const START = `${basePath}chapter-1/`;

const DIALOG_OPEN = `document.querySelector('[data-search-dialog]').open === true`;
const DIALOG_CLOSED = `document.querySelector('[data-search-dialog]').open === false`;

/** Requests for the search code: the dialog's chunk and Pagefind's files. */
function searchRequests(record: PageRecord): string[] {
  return record.requests.filter((url) => /\/pagefind\/|search-dialog/.test(url));
}

async function openPage(path: string, options: { colorScheme?: 'light' | 'dark'; width?: number } = {}) {
  const opened = await openRecordedPage(session.browser, {
    allowedOrigins: [session.server.origin],
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    ...(options.width ? { viewport: { width: options.width, height: 700 } } : {}),
  });
  await opened.page.goto(session.server.origin + path, { waitUntil: 'load' });
  return opened;
}

/** Types a query into the open dialog and waits for a result list that links to section 2.3. */
async function searchFor(page: Page, query: string): Promise<void> {
  await page.keyboard.type(query);
  await waitForTrue(page, `!!document.querySelector('[data-search-results] a[href="${BRADLEY_TERRY}"]')`, 30_000);
}

/** The id of the focused element, or its tag and text. */
function focused(page: Page): Promise<string> {
  return page.evaluate(`(() => { const e = document.activeElement; return e ? (e.id || e.tagName + ':' + e.textContent.trim()) : ''; })()`);
}

describe('search dialog', () => {
  it('"/" opens it with the field focused; "Bradley" lists section 2.3 with a heading link and a <mark>', async () => {
    const { context, page, record } = await openPage(START);
    try {
      await page.waitForLoadState('networkidle');
      expect(searchRequests(record), 'search code loaded before the reader opened search').toEqual([]);
      await page.keyboard.press('/');
      await waitForTrue(page, DIALOG_OPEN);
      expect(await focused(page)).toBe('po-search-input');
      await searchFor(page, 'Bradley');
      expect(searchRequests(record).some((url) => url.endsWith(`${basePath}pagefind/pagefind.js`))).toBe(true);

      const result = await page.evaluate(`(() => {
        const link = document.querySelector('[data-search-results] a[href="${BRADLEY_TERRY}"]');
        const item = link.closest('li');
        return {
          title: link.textContent,
          headings: [...item.querySelectorAll('ul a')].map((a) => a.getAttribute('href')),
          marks: [...item.querySelectorAll('mark')].map((mark) => mark.textContent),
          status: document.querySelector('[data-search-status]').textContent,
        };
      })()`);
      const { title, headings, marks, status } = result as { title: string; headings: string[]; marks: string[]; status: string };
      expect(title).toMatch(/^2\.3 Bradley/);
      expect(headings.length).toBeGreaterThan(0);
      for (const href of headings) expect(href).toMatch(new RegExp(`^${BRADLEY_TERRY}#[a-z0-9-]+$`));
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) expect(mark.toLowerCase()).toContain('bradley');
      expect(status).toMatch(/match(es)? “Bradley”/);

      await page.waitForLoadState('networkidle');
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('Ctrl+K and Cmd+K open it, Escape closes it and gives the focus back', async () => {
    const { context, page, record } = await openPage(START);
    try {
      for (const shortcut of ['Control+k', 'Meta+k']) {
        await page.focus('.brand');
        await page.keyboard.press(shortcut);
        await waitForTrue(page, DIALOG_OPEN);
        expect(await focused(page)).toBe('po-search-input');
        // Again while it is open: nothing breaks (recorded as a page error if showModal threw).
        await page.keyboard.press(shortcut);
        expect(await page.evaluate(DIALOG_OPEN)).toBe(true);
        await page.keyboard.press('Escape');
        await waitForTrue(page, DIALOG_CLOSED);
        expect(await page.evaluate(`document.activeElement.classList.contains('brand')`), `focus after ${shortcut}, Escape`).toBe(true);
      }
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('keys typed right after "/", while the search code loads, land in the field', async () => {
    const { context, page, record } = await openPage(START);
    try {
      await page.keyboard.press('/');
      await page.keyboard.type('Bradley');
      await waitForTrue(page, `!!document.querySelector('[data-search-results] a[href="${BRADLEY_TERRY}"]')`, 30_000);
      expect(await page.inputValue('#po-search-input')).toBe('Bradley');
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('"/" typed into a text field stays text', async () => {
    const { context, page } = await openPage(BRADLEY_TERRY);
    try {
      const field = page.locator('.exercise input').first();
      await field.focus();
      await page.keyboard.press('/');
      expect(await field.inputValue()).toBe('/');
      expect(await page.evaluate(DIALOG_CLOSED)).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('the Search button opens it, Close closes it and focuses the button again', async () => {
    const { context, page, record } = await openPage(START);
    try {
      await page.click('[data-search-open]');
      await waitForTrue(page, DIALOG_OPEN);
      await page.click('[data-search-close]');
      await waitForTrue(page, DIALOG_CLOSED);
      expect(await page.evaluate(`document.activeElement === document.querySelector('[data-search-open]')`)).toBe(true);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('Enter follows the first result', async () => {
    const { context, page, record } = await openPage(START);
    try {
      await page.keyboard.press('/');
      await waitForTrue(page, DIALOG_OPEN);
      await searchFor(page, 'Bradley');
      const first = await page.evaluate(`document.querySelector('[data-search-results] a[href]').getAttribute('href')`);
      await Promise.all([page.waitForURL((url) => url.pathname + url.hash === first), page.keyboard.press('Enter')]);
      await page.waitForLoadState('load');
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a click on a heading result lands on that heading of section 2.3', async () => {
    const { context, page, record } = await openPage(START);
    try {
      await page.keyboard.press('Control+k');
      await waitForTrue(page, DIALOG_OPEN);
      await searchFor(page, 'Bradley');
      const heading = page.locator(`[data-search-results] a[href^="${BRADLEY_TERRY}#"]`).first();
      const href = (await heading.getAttribute('href')) ?? '';
      await Promise.all([page.waitForURL((url) => url.pathname + url.hash === href), heading.click()]);
      await page.waitForLoadState('load');
      const id = decodeURIComponent(href.slice(href.indexOf('#') + 1));
      expect(await page.evaluate((target) => document.getElementById(target) !== null, id)).toBe(true);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(['light', 'dark'] as const)('open with results, it has no axe violations (%s)', async (colorScheme) => {
    const { context, page } = await openPage(START, { colorScheme });
    try {
      await page.keyboard.press('/');
      await waitForTrue(page, DIALOG_OPEN);
      await searchFor(page, 'Bradley');
      const results = await new AxeBuilder({ page }).include('[data-search-dialog]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(' ')}`)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('open with results, it fits a 320 px screen', async () => {
    const { context, page } = await openPage(START, { width: 320 });
    try {
      await page.click('[data-search-open]');
      await waitForTrue(page, DIALOG_OPEN);
      await searchFor(page, 'Bradley');
      const box = await page.evaluate(`(() => {
        const dialog = document.querySelector('[data-search-dialog]').getBoundingClientRect();
        return { left: dialog.left, right: dialog.right, width: document.documentElement.clientWidth,
          scroll: document.querySelector('[data-search-dialog]').scrollWidth, client: document.querySelector('[data-search-dialog]').clientWidth };
      })()`);
      const { left, right, width, scroll, client } = box as { left: number; right: number; width: number; scroll: number; client: number };
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(width);
      expect(scroll).toBeLessThanOrEqual(client);
    } finally {
      await context.close();
    }
  });
});
