/**
 * Without JavaScript a page shows nothing that needs it: the theme toggle (which could not switch anything) is
 * hidden, and an exercise shows its prompt and worked solution but no answer form (its "Check" would submit
 * the form and reload the page at `?answer=…`). With JavaScript both are there.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { htmlPages, pagesWithoutBook, readPage } from '../build/site.ts';
import { openRecordedPage } from './browser.ts';
import { useSiteSession } from './site-session.ts';

const session = useSiteSession();
const pagesWithHeader = htmlPages().filter((page) => readPage(page).includes('data-theme-toggle'));
// The book page (/print/) leaves the answer forms out on purpose (its worked solutions stay): print-page.test.ts.
const pagesWithExercises = pagesWithoutBook().filter((page) => readPage(page).includes('data-exercise='));

/** How many elements matching the selector the reader can see. */
const visibleCount = (page: Page, selector: string): Promise<number> =>
  page.evaluate(
    `[...document.querySelectorAll(${JSON.stringify(selector)})].filter((element) => element.checkVisibility()).length`,
  ) as Promise<number>;

describe.each([
  ['JavaScript off', false],
  ['JavaScript on', true],
] as const)('%s', (_, javaScriptEnabled) => {
  it('the site has pages with the header and with exercises', () => {
    expect(pagesWithHeader.length).toBeGreaterThan(0);
    expect(pagesWithExercises.length).toBeGreaterThan(0);
  });

  it.each(pagesWithHeader.map((page) => [page.urlPath, page] as const))(
    `%s: the theme toggle is ${javaScriptEnabled ? 'shown' : 'hidden'}`,
    async (__, sitePage) => {
      const { context, page } = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin], javaScriptEnabled });
      try {
        await page.goto(session.server.origin + sitePage.urlPath, { waitUntil: 'load' });
        expect(await visibleCount(page, '[data-theme-toggle]')).toBe(javaScriptEnabled ? 1 : 0);
      } finally {
        await context.close();
      }
    },
  );

  it.each(pagesWithExercises.map((page) => [page.urlPath, page] as const))(
    `%s: exercises ${javaScriptEnabled ? 'have' : 'have no'} answer form, and keep their solution`,
    async (__, sitePage) => {
      const { context, page } = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin], javaScriptEnabled });
      try {
        // At a fragment every unit is laid out from the start (progressive rendering skips off-screen ones).
        await page.goto(`${session.server.origin}${sitePage.urlPath}#exercises`, { waitUntil: 'load' });
        const exercises = (await page.evaluate(`document.querySelectorAll('[data-exercise]').length`)) as number;
        expect(exercises).toBeGreaterThan(0);
        expect(await visibleCount(page, '[data-exercise] form')).toBe(javaScriptEnabled ? exercises : 0);
        expect(await visibleCount(page, '[data-exercise] button[type="submit"]')).toBe(javaScriptEnabled ? exercises : 0);
        expect(await visibleCount(page, '[data-exercise] details summary')).toBe(exercises);
      } finally {
        await context.close();
      }
    },
  );
});
