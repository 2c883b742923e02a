/**
 * Printing a section page (media `print`): each widget prints its build-time fallback (title, summary with the
 * default numbers, table with caption) in place of the live controls and canvas, even after it has upgraded,
 * and the site header, sidebar and previous/next links are left out.
 */
import { describe, expect, it } from 'vitest';

import { sectionPages } from '../build/site.ts';
import { openRecordedPage, problemsOf } from './browser.ts';
import { useSiteSession } from './site-session.ts';
import { upgradeAllWidgets } from './widget-probe.ts';

const session = useSiteSession();
const sections = sectionPages();

/** Whether each selector's first match takes up room on the page (a box with an area). */
const shown = (selectors: string[]) => `(${JSON.stringify(selectors)}).map((selector) => {
  const element = document.querySelector(selector);
  if (!element) return selector + ': missing';
  const rect = element.getBoundingClientRect();
  return selector + ': ' + (element.getClientRects().length > 0 && rect.width > 0 && rect.height > 0 ? 'shown' : 'hidden');
})`;

/** For every widget: whether its live root and canvas, and its fallback table, take up room. */
const WIDGETS_IN_PRINT = `[...document.querySelectorAll('[data-po-widget]')].map((widget) => {
  const boxed = (element) => element !== null && element.getClientRects().length > 0 && element.getBoundingClientRect().height > 0;
  return {
    id: widget.getAttribute('data-po-widget'),
    upgraded: widget.shadowRoot !== null,
    live: boxed(widget.shadowRoot?.querySelector('.root') ?? null),
    canvas: boxed(widget.shadowRoot?.querySelector('canvas') ?? null),
    fallbackTable: boxed(widget.querySelector('.po-fallback table')),
  };
})`;

describe('printing a section page', () => {
  it('there are section pages', () => {
    expect(sections.length).toBeGreaterThan(0);
  });

  it.each(sections.map((section) => [section.urlPath, section] as const))(
    '%s prints each widget as its fallback table, without the site navigation',
    async (_, section) => {
      const { context, page, record } = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin] });
      try {
        await page.goto(session.server.origin + section.urlPath, { waitUntil: 'load' });
        expect(await upgradeAllWidgets(page)).toBeGreaterThan(0);
        const onScreen = (await page.evaluate(WIDGETS_IN_PRINT)) as { live: boolean; canvas: boolean; fallbackTable: boolean }[];
        for (const widget of onScreen) expect(widget).toMatchObject({ live: true, canvas: true, fallbackTable: false });

        await page.emulateMedia({ media: 'print' });
        const printed = (await page.evaluate(WIDGETS_IN_PRINT)) as { id: string; upgraded: boolean }[];
        for (const widget of printed) {
          expect(widget).toEqual({ id: widget.id, upgraded: true, live: false, canvas: false, fallbackTable: true });
        }
        expect(await page.evaluate(shown(['.site-header', '#course-contents', 'article']))).toEqual([
          '.site-header: hidden',
          '#course-contents: hidden',
          'article: shown',
        ]);
        expect(problemsOf(record)).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
