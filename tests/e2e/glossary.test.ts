/**
 * Glossary links in the browser (src/course/rehype-glossary-links.ts, src/pages/notation.astro): on §2.3 the first
 * use of "margin" goes to its entry on /notation/, which is in view below the header and marked as the target; the
 * link has the text's colour and a dotted underline on screen and prints as plain text. /notation/ does not
 * scroll sideways at 320 px or at 768 px at 200 % zoom, in the light and the dark theme.
 * Runs at `/` and under the sub-path.
 */
import { describe, expect, it } from 'vitest';

import { basePath } from '../build/site.ts';
import { openRecordedPage, problemsOf } from './browser.ts';
import { useSiteSession } from './site-session.ts';

const session = useSiteSession();

describe('glossary links', () => {
  it('§2.3: the first glossary link to "margin" lands on its entry on /notation/, in view', async () => {
    const { context, page, record } = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin] });
    try {
      await page.goto(session.server.url + 'chapter-2/bradley-terry/', { waitUntil: 'load' });
      const links = page.locator('article a.glossary-link, main a.glossary-link');
      expect(await links.count()).toBeGreaterThan(5);
      const margin = page.locator('a.glossary-link[href$="#term-margin"]');
      expect(await margin.count()).toBe(1);
      expect((await margin.textContent())?.toLowerCase()).toBe('margin');
      const look = () =>
        margin.evaluate((link) => {
          const style = getComputedStyle(link);
          return { color: style.color, text: getComputedStyle(link.parentElement!).color, line: style.textDecorationLine, dotted: style.textDecorationStyle };
        });
      const screen = await look();
      expect(screen.color, 'the colour of the text around it').toBe(screen.text);
      expect([screen.line, screen.dotted]).toEqual(['underline', 'dotted']);
      await page.emulateMedia({ media: 'print' });
      const print = await look();
      expect([print.color, print.line], 'plain text in print').toEqual([print.text, 'none']);
      await page.emulateMedia({ media: 'screen' });
      await margin.scrollIntoViewIfNeeded();
      await Promise.all([page.waitForURL(/\/notation\/#term-margin$/), margin.click()]);
      expect(new URL(page.url()).pathname).toBe(`${basePath}notation/`);
      await page.waitForLoadState('load');
      const box = await page.evaluate(() => {
        const target = document.querySelector(':target');
        const rect = target?.getBoundingClientRect();
        const header = document.querySelector('.site-header')!.getBoundingClientRect();
        return { id: target?.id, top: rect?.top ?? -1, bottom: rect?.bottom ?? -1, headerBottom: header.bottom, height: innerHeight };
      });
      expect(box.id).toBe('term-margin');
      expect(box.top, 'below the sticky header').toBeGreaterThanOrEqual(box.headerBottom - 1);
      expect(box.bottom, 'within the viewport').toBeLessThanOrEqual(box.height);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each([
    ['light', 320, 1],
    ['dark', 320, 1],
    ['light', 384, 2],
    ['dark', 384, 2],
  ] as const)('/notation/ does not scroll sideways, %s theme, %i CSS px at %i device px per px', async (theme, width, deviceScaleFactor) => {
    const { context, page } = await openRecordedPage(session.browser, {
      allowedOrigins: [session.server.origin],
      colorScheme: theme,
      viewport: { width, height: 800 },
      deviceScaleFactor,
    });
    try {
      await page.goto(session.server.url + 'notation/', { waitUntil: 'load' });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(theme === 'dark');
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      expect(await page.locator('[id^="term-"]').count()).toBeGreaterThan(100);
    } finally {
      await context.close();
    }
  });
});
