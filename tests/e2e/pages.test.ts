/**
 * Every built page loads in Chromium with all its widgets upgraded and no console error, no uncaught
 * exception, no CSP violation, no failed response and no request to another host. Unknown URLs get the
 * 404 page, with status 404, rendered as cleanly from any depth.
 */
import { describe, expect, it } from 'vitest';

import { htmlPages } from '../build/site.ts';
import { openRecordedPage, problemsOf } from './browser.ts';
import { useSiteSession } from './site-session.ts';
import { upgradeAllWidgets } from './widget-probe.ts';

const pages = htmlPages();
const session = useSiteSession();

describe('pages load cleanly', () => {
  it.each(pages.map((page) => [page.urlPath, page] as const))('%s', async (_, sitePage) => {
    const { context, page, record } = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin] });
    try {
      const response = await page.goto(session.server.origin + sitePage.urlPath, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      await upgradeAllWidgets(page);
      await page.waitForLoadState('networkidle');
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('404', () => {
  it.each(['no-such-page/', 'chapter-9/deep/missing/page/'])('%s gets the 404 page with status 404', async (missing) => {
    const { context, page, record } = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin] });
    try {
      const url = session.server.url + missing;
      const response = await page.goto(url, { waitUntil: 'load' });
      expect(response?.status()).toBe(404);
      await page.waitForLoadState('networkidle');
      // The document's own 404 is the point; anything else failing (e.g. relative asset URLs that break at
      // this depth) is a defect of the 404 page.
      record.failedResponses = record.failedResponses.filter((line) => line !== `404 ${url}`);
      record.consoleErrors = record.consoleErrors.filter(
        (line) => line !== `Failed to load resource: the server responded with a status of 404 (Not Found) (${url})`,
      );
      expect(problemsOf(record)).toEqual([]);
      expect(await page.title()).not.toBe('');
      // Its stylesheets load from this depth too (a relative href would 404 and show up above as well).
      const unloaded = await page.evaluate(
        `[...document.querySelectorAll('link[rel~="stylesheet"]')].filter((link) => link.sheet === null).map((link) => link.href)`,
      );
      expect(unloaded).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
