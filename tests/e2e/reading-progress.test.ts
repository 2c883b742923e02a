/**
 * Reading progress (src/components/reading-progress.ts, ReadToggle.astro): a section marked as read by keyboard
 * and an exercise answer survive a reload, show in the sidebar and on the home and chapter pages, and the home
 * page's reset forgets both. Marks move nothing at load, and hostile stored values change nothing.
 */
import { describe, expect, it } from 'vitest';

import { openRecordedPage, problemsOf } from './browser.ts';
import { expectNoLayoutShift } from './layout-shifts.ts';
import { useSiteSession } from './site-session.ts';
import { waitForTrue } from './widget-probe.ts';

const session = useSiteSession();
const POLL = { timeout: 15_000, interval: 100 };
const SECTION = 'chapter-2/bradley-terry';

describe('reading progress', () => {
  it('a section marked read and an exercise answer survive a reload, and the home page resets them', async () => {
    const { context, page, record } = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin] });
    try {
      await page.goto(`${session.server.url}${SECTION}/`, { waitUntil: 'load' });
      const toggle = page.locator('[data-read-toggle]');
      const sidebarLink = page.locator(`#course-contents [data-section-id="${SECTION}"]`);
      expect(await toggle.isChecked()).toBe(false);
      await toggle.focus();
      await page.keyboard.press('Space');
      await expect.poll(() => sidebarLink.getAttribute('data-read'), POLL).toBe('');
      expect(await sidebarLink.evaluate((link) => getComputedStyle(link, '::after').content)).toMatch(/✓/);

      const exercise = page.locator('[data-exercise]').first();
      const answer = Number(await exercise.getAttribute('data-answer'));
      const decimals = Number(await exercise.getAttribute('data-decimals'));
      const typed = answer.toFixed(decimals);
      await exercise.locator('input').fill(typed);
      await exercise.locator('input').press('Enter');
      await waitForTrue(page, `document.querySelector('[data-exercise]').dataset.verdict === 'correct'`);

      // Let the favicon's request finish first: a reload aborts it, which the record counts as a failed response.
      await page.waitForLoadState('networkidle');
      await page.reload({ waitUntil: 'load' });
      await expect.poll(() => toggle.isChecked(), POLL).toBe(true);
      expect(await sidebarLink.getAttribute('data-read')).toBe('');
      expect(await exercise.locator('input').inputValue()).toBe(typed);
      await waitForTrue(page, `document.querySelector('[data-exercise]').dataset.verdict === 'correct'`);
      expect(await exercise.locator('.exercise-feedback').textContent()).not.toBe('');
      expect(await exercise.locator('details').evaluate((details) => (details as HTMLDetailsElement).open), 'a restored answer leaves the solution closed').toBe(false);
      await expectNoLayoutShift(page);

      await page.goto(`${session.server.url}chapter-2/`, { waitUntil: 'load' });
      await expect.poll(() => page.locator(`main [data-section-id="${SECTION}"]`).getAttribute('data-read'), POLL).toBe('');

      await page.goto(session.server.url, { waitUntil: 'load' });
      const homeLink = page.locator(`main [data-section-id="${SECTION}"]`);
      await expect.poll(() => homeLink.getAttribute('data-read'), POLL).toBe('');
      expect(await page.locator('[data-read-count]').textContent()).toBe('1');
      await expectNoLayoutShift(page);

      page.once('dialog', (dialog) => void dialog.accept());
      await page.locator('[data-progress-reset]').click();
      await expect.poll(() => page.locator('[data-read-count]').textContent(), POLL).toBe('0');
      expect(await homeLink.getAttribute('data-read')).toBeNull();

      await page.goto(`${session.server.url}${SECTION}/`, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      expect(await toggle.isChecked()).toBe(false);
      expect(await sidebarLink.getAttribute('data-read')).toBeNull();
      expect(await exercise.locator('input').inputValue()).toBe('');
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a dismissed reset keeps the progress, and hostile stored values are ignored', async () => {
    const { context, page, record } = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin] });
    try {
      await page.goto(session.server.url, { waitUntil: 'load' });
      await page.evaluate(
        (section) =>
          localStorage.setItem(
            'po-progress',
            JSON.stringify({ read: [section, '<img src=x onerror="document.title=1">', { toString: 1 }], answers: { [`${section}#x`]: '<b>1</b>', ['<i>']: '2' } }),
          ),
        SECTION,
      );
      // Let the favicon's request finish first: a reload aborts it, which the record counts as a failed response.
      await page.waitForLoadState('networkidle');
      await page.reload({ waitUntil: 'load' });
      await expect.poll(() => page.locator('[data-read-count]').textContent(), POLL).toBe('1');
      page.once('dialog', (dialog) => void dialog.dismiss());
      await page.locator('[data-progress-reset]').click();
      expect(await page.locator('[data-read-count]').textContent()).toBe('1');
      expect(await page.locator('main img').count()).toBe(0);

      await page.evaluate(() => localStorage.setItem('po-progress', '{"read": [1, 2'));
      // Let the favicon's request finish first: a reload aborts it, which the record counts as a failed response.
      await page.waitForLoadState('networkidle');
      await page.reload({ waitUntil: 'load' });
      await expect.poll(() => page.locator('[data-read-count]').textContent(), POLL).toBe('0');
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
