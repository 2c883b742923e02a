/**
 * "Copy link" on section pages (src/components/Widget.astro, src/widgets/shared/section-link.ts): after a change
 * made with the keyboard, the button puts the widget's state in the section's address and on the clipboard;
 * opening that address in a fresh page scrolls to the widget and restores the state; Reset takes the state out
 * of the address again. The button is hidden until the widget's code has loaded.
 */
import { describe, expect, it } from 'vitest';

import { openRecordedPage, problemsOf } from './browser.ts';
import { useSiteSession } from './site-session.ts';
import { waitForTrue } from './widget-probe.ts';

const session = useSiteSession();
const POLL = { timeout: 15_000, interval: 100 };

/** One widget per kind of state: number lists and a select (5.3), sliders only (2.3), a training run (5.4). */
const cases = [
  { path: 'chapter-5/dpo-loss/', id: 'dpo-loss' },
  { path: 'chapter-2/bradley-terry/', id: 'bradley-terry' },
  { path: 'chapter-5/dpo-trainer/', id: 'dpo-trainer' },
] as const;

describe.each(cases)('$path', ({ path, id }) => {
  it(`po-${id}: a copied link restores the state, and Reset takes it out of the address`, async () => {
    const tag = `po-${id}`;
    const state = (page: import('playwright-core').Page) => page.$eval(tag, (element) => JSON.stringify((element as unknown as { getState(): unknown }).getState()));
    const { context, page, record } = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin] });
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.server.origin });
      await page.goto(session.server.url + path, { waitUntil: 'load' });
      const button = page.locator(`#figure-${id} [data-copy-link]`);
      expect(await button.evaluate((element) => getComputedStyle(element.parentElement!).visibility), 'before the widget loads').toBe('hidden');

      await page.locator(tag).scrollIntoViewIfNeeded();
      await waitForTrue(page, `document.querySelector('${tag}').shadowRoot?.querySelector('input[type=range]') != null`);
      expect(await button.evaluate((element) => getComputedStyle(element.parentElement!).visibility)).toBe('visible');
      const before = await state(page);
      const slider = page.locator(`${tag} input[type=range]`).first();
      await slider.focus();
      for (let i = 0; i < 3; i += 1) await slider.press('ArrowRight');
      if ((await state(page)) === before) for (let i = 0; i < 6; i += 1) await slider.press('ArrowLeft');
      const changed = await state(page);
      expect(changed).not.toBe(before);

      await button.focus();
      await button.press('Enter');
      await expect.poll(() => page.locator(`#figure-${id} [data-copy-link-status]`).textContent(), POLL).toBe('Link to these settings copied.');
      const href = page.url();
      expect(new URL(href).hash).toBe(`#figure-${id}`);
      expect([...new URL(href).searchParams.keys()].every((key) => key.startsWith(`${id}.`))).toBe(true);
      expect(await page.evaluate('navigator.clipboard.readText()')).toBe(href);

      const reopened = await context.newPage();
      await reopened.goto(href, { waitUntil: 'load' });
      await waitForTrue(reopened, `document.querySelector('${tag}').shadowRoot?.querySelector('input[type=range]') != null`);
      await expect.poll(() => state(reopened), POLL).toBe(changed);
      const figureTop = await reopened.locator(`#figure-${id}`).evaluate((element) => element.getBoundingClientRect().top);
      expect(figureTop, 'the link scrolls to the widget').toBeLessThan(reopened.viewportSize()!.height);
      expect(figureTop).toBeGreaterThanOrEqual(0);

      await reopened.locator(`${tag} button.reset`).first().click();
      await expect.poll(() => state(reopened), POLL).toBe(before);
      expect(new URL(reopened.url()).search).toBe('');
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
