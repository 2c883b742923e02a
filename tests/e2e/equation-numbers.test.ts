/**
 * Numbered equations (src/course/rehype-equation-numbers.ts, src/components/copy-tex.ts) on 2.3: the number
 * shows in the equation, a reference "(2)" in the text and the equation's own link go to its anchor, the address
 * `#eq-…` lands on it, and "Copy LaTeX" works from the keyboard, putting the TeX without the course's macros on
 * the clipboard and saying so. A jump lands below the sticky header at every width. Without JavaScript the button
 * is hidden and the number stays.
 */
import { describe, expect, it } from 'vitest';

import { openRecordedPage, problemsOf } from './browser.ts';
import { useSiteSession } from './site-session.ts';

const session = useSiteSession();
const POLL = { timeout: 15_000, interval: 100 };
const PATH = 'chapter-2/bradley-terry/';

describe('numbered equations on 2.3', () => {
  it('a reference and the address #eq-bt-loss land on equation (2); Copy LaTeX copies its TeX from the keyboard', async () => {
    const { context, page, record } = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin] });
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.server.origin });
      await page.goto(`${session.server.url}${PATH}#eq-bt-loss`, { waitUntil: 'load' });
      const equation = page.locator('#eq-bt-loss');
      expect(await equation.locator('.katex-tag').textContent()).toBe('(2)');
      const top = await equation.evaluate((element) => element.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(page.viewportSize()!.height / 2);
      // It stays there. (Not a zero layout-shift check: a KaTeX face that is not preloaded, here Size2 for the big
      // brackets, can arrive after the first paint and widen the formula by a few pixels, a shift of about 0.0002
      // seen once in a fresh-clone run.)
      await page.evaluate('document.fonts.ready');
      expect(Math.abs((await equation.evaluate((element) => element.getBoundingClientRect().top)) - top)).toBeLessThan(2);

      const reference = page.locator('a.eqref[href="#eq-bt-loss"]').first();
      expect(await reference.textContent()).toBe('(2)');

      const tools = page.locator('#eq-bt-loss ~ .equation-tools').first();
      expect(await tools.locator('a.equation-link').getAttribute('href')).toBe('#eq-bt-loss');
      const button = tools.locator('button.copy-tex');
      await button.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => tools.locator('.copy-tex-status').textContent(), POLL).toBe('Copied.');
      const copied = (await page.evaluate('navigator.clipboard.readText()')) as string;
      expect(copied).toMatch(/^\\mathcal\{L\}_R\(\\phi\) = /);
      expect(copied).not.toMatch(/\\(sym|val|label|tag)\b/);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each([768, 900, 1280])('at %i px, a jump to an equation lands below the sticky header (two rows up to about 1000 px)', async (width) => {
    const { context, page } = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin], viewport: { width, height: 700 } });
    try {
      await page.goto(`${session.server.url}chapter-5/dpo-loss/#eq-dpo-gradient`, { waitUntil: 'load' });
      const headerBottom = await page.locator('.site-header').evaluate((element) => element.getBoundingClientRect().bottom);
      const top = await page.locator('#eq-dpo-gradient').evaluate((element) => element.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(headerBottom);
      expect(top).toBeLessThan(headerBottom + 60);
    } finally {
      await context.close();
    }
  });

  it('without JavaScript, the numbers show and the copy buttons do not', async () => {
    const { context, page } = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin], javaScriptEnabled: false });
    try {
      await page.goto(session.server.url + PATH, { waitUntil: 'load' });
      expect(await page.locator('#eq-bt-sigmoid .katex-tag').textContent()).toBe('(1)');
      expect(await page.locator('button.copy-tex').first().isVisible()).toBe(false);
      expect(await page.locator('.equation-tools a.equation-link').first().isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
