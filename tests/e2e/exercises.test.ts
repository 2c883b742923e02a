/**
 * Exercises (src/components/Exercise.astro, exercise-answer.ts): on every section page, each exercise reads the
 * typed answer when submitted with Enter and says whether it is unreadable, wrong or right; a right answer opens
 * the worked solution. The prompt states the precision it asks for, and an answer rounded to that precision is
 * right while one a unit off in the last asked place is wrong. The checker's code is requested only with the
 * first answer.
 */
import { describe, expect, it } from 'vitest';

import { sectionPages } from '../build/site.ts';
import { openRecordedPage, problemsOf } from './browser.ts';
import { useSiteSession } from './site-session.ts';
import { waitForTrue } from './widget-probe.ts';

const sections = sectionPages();
const session = useSiteSession();

describe.each(sections.map((section) => [section.urlPath, section] as const))('%s', (_, section) => {
  it('every exercise answers unreadable, wrong and right input, and opens the solution when right', async () => {
    const { context, page, record } = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin] });
    try {
      await page.goto(session.server.origin + section.urlPath, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      const requestsBefore = record.requests.length;
      const ids = (await page.evaluate(`[...document.querySelectorAll('[data-exercise]')].map((element) => element.dataset.exercise)`)) as string[];
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        const exercise = page.locator(`[data-exercise="${id}"]`);
        const answer = Number(await exercise.getAttribute('data-answer'));
        const decimals = Number(await exercise.getAttribute('data-decimals'));
        const places = decimals === 1 ? '1 decimal place' : `${decimals} decimal places`;
        await expect(exercise.locator('.exercise-prompt').textContent()).resolves.toMatch(
          decimals === 0 ? /Give your answer as a whole number\.$/ : new RegExp(`Give your answer to ${places}\\.$`),
        );
        const input = exercise.locator('input');
        const verdict = `document.querySelector('[data-exercise="${id}"]').dataset.verdict`;

        await input.fill('not a number');
        await input.press('Enter');
        await waitForTrue(page, `${verdict} === 'unreadable'`);
        await expect(exercise.locator('.exercise-feedback').textContent()).resolves.toMatch(/Type a number/);

        // One unit off in the last asked place is wrong.
        await input.fill(String(answer + 10 ** -decimals));
        await input.press('Enter');
        await waitForTrue(page, `${verdict} === 'incorrect'`);
        expect(await exercise.locator('details').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);

        // The answer rounded to the asked precision is right.
        await input.fill(answer.toFixed(decimals));
        await input.press('Enter');
        await waitForTrue(page, `${verdict} === 'correct'`);
        // Reset, so that the full-precision answer below must set the verdict and open the solution again.
        await exercise.evaluate((element) => {
          (element as HTMLElement).dataset['verdict'] = '';
          (element.querySelector('details') as HTMLDetailsElement).open = false;
        });

        await input.fill(String(answer));
        await input.press('Enter');
        await waitForTrue(page, `${verdict} === 'correct'`);
        expect(await exercise.locator('details').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
      }
      if (section.urlPath.endsWith('/bradley-terry/')) {
        // log(7/3) = 0.847298 asked to 2 decimals (content/chapter-2/bradley-terry.mdx, bt-1): 0.85 is right, the
        // truncated 0.84 is not.
        const bt1 = page.locator('[data-exercise="bt-1"]');
        const state = `document.querySelector('[data-exercise="bt-1"]').dataset.verdict`;
        await bt1.locator('input').fill('0.84');
        await bt1.locator('input').press('Enter');
        await waitForTrue(page, `${state} === 'incorrect'`);
        await bt1.locator('input').fill('0.85');
        await bt1.locator('input').press('Enter');
        await waitForTrue(page, `${state} === 'correct'`);
      }
      // The first answer fetched the checker (in the reading-progress chunk, which remembers answers); it was not
      // loaded before.
      expect(record.requests.slice(0, requestsBefore).some((url) => url.includes('reading-progress.'))).toBe(false);
      expect(record.requests.slice(requestsBefore).some((url) => url.includes('reading-progress.'))).toBe(true);
      expect(page.url()).toBe(session.server.origin + section.urlPath);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
