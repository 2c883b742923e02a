/**
 * Each widget, on its embed page (dist/embed/<id>/), upgrades, has the contract's parts (summary, range
 * control, Reset, table with caption), draws a non-blank chart, and responds to the keyboard: ArrowRight on
 * its first range input changes the summary sentence, and ArrowRight on its range inputs (in order, until one
 * does) changes the chart's pixels; Reset restores the summary.
 */
import { describe, expect, it } from 'vitest';

import { widgetIds } from '../build/site.ts';
import { openRecordedPage, problemsOf } from './browser.ts';
import { useSiteSession } from './site-session.ts';
import { isDrawn, pollUntil, probeWidget } from './widget-probe.ts';

const ids = widgetIds();
const POLL = { timeout: 15_000, interval: 100 };
const session = useSiteSession();

describe('widgets on their embed pages', () => {
  it('there are embed pages (dist/embed/<id>/index.html)', () => {
    expect(ids.length).toBeGreaterThan(0);
  });

  it.each(ids)('po-%s draws, and ArrowRight changes its summary and chart; Reset restores it', async (id) => {
    const tag = `po-${id}`;
    const { context, page, record } = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin] });
    try {
      await page.goto(`${session.server.url}embed/${id}/`, { waitUntil: 'load' });
      await expect.poll(async () => (await probeWidget(page, tag)).upgraded, POLL).toBe(true);
      await expect.poll(async () => isDrawn((await probeWidget(page, tag)).canvas), POLL).toBe(true);

      const before = await probeWidget(page, tag);
      expect(before.summary, 'a [role=status] summary with text').toBeTruthy();
      expect(before.hasRange, 'an input[type=range] (or role=slider) control').toBe(true);
      expect(before.hasResetButton, 'a Reset button').toBe(true);
      expect(before.hasTableWithCaption, 'a <table> with <caption> as the chart alternative').toBe(true);

      // ArrowRight on the first range control changes the summary. The chart must respond to the keyboard
      // too, but a control may by design leave the chart unchanged (bradley-terry's "shift both by c"
      // shows that nothing changes): try the range controls in order until one changes the pixels.
      const ranges = page.locator(`${tag} input[type=range], ${tag} [role=slider]`);
      await ranges.first().focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await probeWidget(page, tag)).summary, POLL).not.toBe(before.summary);
      let chartChangedBy = -1;
      const count = await ranges.count();
      for (let index = 0; index < count && chartChangedBy === -1; index += 1) {
        if (index > 0) {
          await ranges.nth(index).focus();
          await page.keyboard.press('ArrowRight');
        }
        const changed = await pollUntil(async () => (await probeWidget(page, tag)).canvas.hash !== before.canvas.hash, 3_000);
        if (changed) chartChangedBy = index;
      }
      expect(chartChangedBy, `no range control of ${tag} changed the chart pixels with ArrowRight`).toBeGreaterThanOrEqual(0);
      expect(isDrawn((await probeWidget(page, tag)).canvas)).toBe(true);

      await page.locator(`${tag} button`).filter({ hasText: /reset/i }).first().click();
      await expect.poll(async () => (await probeWidget(page, tag)).summary, POLL).toBe(before.summary);

      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
