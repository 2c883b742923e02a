/**
 * Each widget's data table fits its scroll region on its section page at desktop widths (1000 and 1280 px): no
 * column, such as the DPO widget's gradient weights, hides behind a horizontal scroll. Narrow screens may
 * scroll (the region is focusable for that).
 */
import { describe, expect, it } from 'vitest';

import { readPage, sectionPages } from '../build/site.ts';
import { openRecordedPage } from './browser.ts';
import { useSiteSession } from './site-session.ts';
import { waitForTrue } from './widget-probe.ts';

const session = useSiteSession();

/** Section pages with a widget, and the widget's tag. */
const cases = sectionPages().flatMap((page) => {
  const tag = /<(po-[a-z-]+)[\s>]/.exec(readPage(page))?.[1];
  return tag === undefined ? [] : [{ section: page.section, urlPath: page.urlPath, tag }];
});

describe.each([1000, 1280])('at a %i px wide viewport', (width) => {
  it.each(cases.map((entry) => [entry.section, entry] as const))("section %s: the widget's table is no wider than its region", async (_, { urlPath, tag }) => {
    const { context, page } = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin], viewport: { width, height: 900 } });
    try {
      await page.goto(new URL(urlPath.replace(/^\//, ''), session.server.url).href, { waitUntil: 'load' });
      await page.locator(tag).scrollIntoViewIfNeeded();
      await waitForTrue(page, `document.querySelector('${tag}')?.shadowRoot?.querySelector('.table-wrap table') != null`);
      const size = await page.evaluate((selector) => {
        const wrap = document.querySelector(selector)!.shadowRoot!.querySelector('.table-wrap') as HTMLElement;
        return { region: wrap.clientWidth, table: wrap.scrollWidth };
      }, tag);
      expect(size.table, `table ${size.table} px in a ${size.region} px region`).toBeLessThanOrEqual(size.region);
    } finally {
      await context.close();
    }
  });
});
