/**
 * Exercises (src/components/Exercise.astro, exercise-answer.ts): on every section page, each exercise reads the
 * typed answer when submitted with Enter and says whether it is unreadable, wrong or right; a right answer opens
 * the worked solution. The checker's code is requested only with the first answer.
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
        const input = exercise.locator('input');
        const verdict = `document.querySelector('[data-exercise="${id}"]').dataset.verdict`;

        await input.fill('not a number');
        await input.press('Enter');
        await waitForTrue(page, `${verdict} === 'unreadable'`);
        await expect(exercise.locator('.exercise-feedback').textContent()).resolves.toMatch(/Type a number/);

        await input.fill(String(answer + 1));
        await input.press('Enter');
        await waitForTrue(page, `${verdict} === 'incorrect'`);
        expect(await exercise.locator('details').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);

        await input.fill(String(answer));
        await input.press('Enter');
        await waitForTrue(page, `${verdict} === 'correct'`);
        expect(await exercise.locator('details').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
      }
      // The first answer fetched the checker; nothing else was needed before.
      expect(record.requests.slice(requestsBefore).some((url) => url.includes('exercise-answer'))).toBe(true);
      expect(page.url()).toBe(session.server.origin + section.urlPath);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
