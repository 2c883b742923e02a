/**
 * The book page (/print/, src/pages/print/index.astro), what it adds to the section pages it gathers: printed
 * (media `print`), the site header is left out, every widget prints its build-time fallback table and every
 * exercise its worked solution; on a 320 px phone it does not scroll sideways; axe finds nothing in its own frame
 * (title, contents, chapter headings and introductions). Its sections' text is checked on their own pages.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';

import { openRecordedPage, problemsOf } from './browser.ts';
import { useSiteSession } from './site-session.ts';

const session = useSiteSession();

describe('the book page', () => {
  it('prints without the header, with every widget as its fallback table and every solution open', async () => {
    const { context, page, record } = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin] });
    try {
      await page.goto(`${session.server.url}print/`, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      const printed = (await page.evaluate(`(() => {
        const boxed = (element) => element !== null && element.getClientRects().length > 0 && element.getBoundingClientRect().height > 0;
        return {
          header: boxed(document.querySelector('.site-header')),
          widgets: document.querySelectorAll('[data-po-widget]').length,
          fallbackTables: [...document.querySelectorAll('[data-po-widget] .po-fallback table')].filter(boxed).length,
          solutions: document.querySelectorAll('details.exercise-solution').length,
          solutionsShown: [...document.querySelectorAll('details.exercise-solution > :not(summary)')].filter(boxed).length,
          solutionBodies: document.querySelectorAll('details.exercise-solution > :not(summary)').length,
          forms: [...document.querySelectorAll('.exercise-form')].filter(boxed).length,
        };
      })()`)) as Record<string, number | boolean>;
      expect(printed['header']).toBe(false);
      expect(printed['widgets']).toBeGreaterThan(20);
      expect(printed['fallbackTables']).toBe(printed['widgets']);
      expect(printed['solutions']).toBeGreaterThan(50);
      expect(printed['solutionsShown']).toBe(printed['solutionBodies']);
      expect(printed['forms']).toBe(0);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('does not scroll sideways at 320 px, and axe finds nothing in its frame', async () => {
    const { context, page } = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin], viewport: { width: 320, height: 800 } });
    try {
      await page.goto(`${session.server.url}print/`, { waitUntil: 'load' });
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
      const results = await new AxeBuilder({ page })
        .include('.book-title')
        .include('.book-contents')
        .include('.book-chapter > h2')
        .include('.book-chapter > .lead')
        .include('.book-section > h3')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => JSON.stringify(node.target)).join(' | ')}`)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
