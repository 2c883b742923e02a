/**
 * Widgets fail safely and respect the reader's settings:
 * - a widget whose computation throws shows a short message and the page's build-time fallback, while the
 *   page and the other widgets keep working;
 * - a widget whose code cannot be fetched keeps its fallback and says so in a visible alert (on its embed page);
 * - every control is reachable with Tab and shows a visible focus indicator;
 * - with prefers-reduced-motion, charts do not animate.
 * All on the gallery page, which holds every widget.
 */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { fileForUrlPath } from '../build/site.ts';

import { openRecordedPage } from './browser.ts';
import { useSiteSession } from './site-session.ts';
import { probeWidget, upgradeAllWidgets } from './widget-probe.ts';

const POLL = { timeout: 15_000, interval: 100 };
const session = useSiteSession();

describe('a widget that throws', () => {
  it('shows a message and its fallback; the other widgets keep working', async () => {
    const { context, page } = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin] });
    try {
      await page.goto(`${session.server.url}widgets/`, { waitUntil: 'load' });
      expect(await upgradeAllWidgets(page)).toBeGreaterThan(1);
      const tags = await page.$$eval('[data-po-widget]', (elements) => elements.map((element) => element.localName));
      const [broken, healthy] = tags as [string, string];

      // Make the first widget's model throw on its next render, then trigger one.
      await page.$eval(broken, (element) => {
        Object.defineProperty(element, 'derive', {
          value: () => {
            throw new Error('simulated failure');
          },
        });
        element.setAttribute('theme', 'dark');
      });
      await expect
        .poll(() => page.$eval(broken, (element) => element.shadowRoot?.querySelector('[role=alert]')?.textContent ?? ''), POLL)
        .toContain('simulated failure');
      const fallbackShown = await page.$eval(broken, (element) => {
        const fallback = element.querySelector('.po-fallback');
        return fallback !== null && fallback.getBoundingClientRect().height > 0 && element.shadowRoot?.querySelector('slot') !== null;
      });
      expect(fallbackShown, 'the build-time fallback is shown again through a slot').toBe(true);

      const before = (await probeWidget(page, healthy)).summary;
      await page.locator(`${healthy} input[type=range]`).first().focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await probeWidget(page, healthy)).summary, POLL).not.toBe(before);
    } finally {
      await context.close();
    }
  });
});

/** Whether a script served by the site defines a custom element (a widget module, or a chunk holding one). */
function definesElements(url: string): boolean {
  const file = fileForUrlPath(new URL(url).pathname);
  return file !== null && readFileSync(file, 'utf8').includes('customElements.define(');
}

describe('a widget whose code cannot load', () => {
  it('on its embed page: keeps its fallback and its defaults note, and shows a visible alert', async () => {
    const { context, page } = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin] });
    try {
      const blocked: string[] = [];
      await page.route(/\.js(\?|$)/, (route) => {
        const url = route.request().url();
        if (!definesElements(url)) return route.continue();
        blocked.push(url);
        return route.abort('failed');
      });
      await page.goto(`${session.server.url}embed/dpo-loss/?beta=5`, { waitUntil: 'load' });
      const alert = page.locator('po-dpo-loss .po-fallback [role=alert]');
      await expect.poll(() => alert.isVisible(), POLL).toBe(true);
      expect(blocked.length, 'the widget chunk was requested and blocked').toBeGreaterThan(0);
      expect(await alert.innerText()).toMatch(/could not load/);
      expect(await page.locator('po-dpo-loss .po-fallback').isVisible()).toBe(true);
      expect(await page.locator('po-dpo-loss').evaluate((element) => element.shadowRoot)).toBeNull();
      expect(await page.locator('po-dpo-loss .po-fallback').innerText()).toMatch(/default numbers/);
    } finally {
      await context.close();
    }
  });

  it('on the gallery, every widget shows the alert, and the "needs JavaScript" note gives way to it', async () => {
    const { context, page } = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin] });
    try {
      await page.route(/\.js(\?|$)/, (route) => (definesElements(route.request().url()) ? route.abort('failed') : route.continue()));
      await page.goto(`${session.server.url}widgets/`, { waitUntil: 'load' });
      const hosts = page.locator('[data-po-widget]');
      const count = await hosts.count();
      expect(count).toBeGreaterThan(1);
      for (let index = 0; index < count; index += 1) {
        const host = hosts.nth(index);
        await host.scrollIntoViewIfNeeded();
        await expect.poll(() => host.locator('[role=alert]').isVisible(), POLL).toBe(true);
        expect(await host.locator('[role=alert]').innerText()).toMatch(/could not load/);
        expect(await host.getByText('needs JavaScript').isVisible()).toBe(false);
      }
    } finally {
      await context.close();
    }
  });
});

describe('keyboard and motion', () => {
  it('every widget control is reachable with Tab and has a visible focus indicator', async () => {
    const { context, page } = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin] });
    try {
      await page.goto(`${session.server.url}widgets/`, { waitUntil: 'load' });
      await upgradeAllWidgets(page);
      const controls = await page.$$eval('[data-po-widget]', (elements) =>
        elements.reduce(
          (count, element) =>
            count + (element.shadowRoot?.querySelectorAll('input:not([disabled]), select, button').length ?? 0),
          0,
        ),
      );
      expect(controls).toBeGreaterThan(4);
      const reached = new Set<string>();
      const unfocusedOutline: string[] = [];
      await page.locator('body').focus();
      // The page's own links, buttons and snippets take Tab stops too (about 190 on the gallery): the bound only
      // stops a focus trap from running forever, the loop ends when every control was reached.
      for (let step = 0; step < 1000 && reached.size < controls; step += 1) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          let active: Element | null = document.activeElement;
          let host: Element | null = null;
          while (active?.shadowRoot?.activeElement) {
            host = active;
            active = active.shadowRoot.activeElement;
          }
          if (host === null || active === null) return null;
          const style = getComputedStyle(active);
          const index = [...host.shadowRoot!.querySelectorAll('input:not([disabled]), select, button')].indexOf(active);
          const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
          return { key: `${host.localName}#${index}`, visible };
        });
        if (focused === null) continue;
        reached.add(focused.key);
        if (!focused.visible) unfocusedOutline.push(focused.key);
      }
      expect(reached.size, 'controls reached with Tab').toBe(controls);
      expect(unfocusedOutline, 'controls without a visible focus indicator').toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('charts draw without animation, under prefers-reduced-motion and otherwise (one frame, not 250 ms of redraws while the page loads)', async () => {
    for (const reducedMotion of ['reduce', 'no-preference'] as const) {
      const { context, page } = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin] });
      try {
        await page.emulateMedia({ reducedMotion });
        await page.goto(`${session.server.url}widgets/`, { waitUntil: 'load' });
        await upgradeAllWidgets(page);
        await expect
          .poll(
            () =>
              page.$$eval('[data-po-widget]', (elements) =>
                elements.map((element) => element.shadowRoot?.querySelector('canvas')?.dataset['animation'] ?? 'none'),
              ),
            POLL,
          )
          .toEqual(expect.arrayContaining(['off']));
        const states = await page.$$eval('[data-po-widget]', (elements) =>
          elements.map((element) => element.shadowRoot?.querySelector('canvas')?.dataset['animation']),
        );
        expect(new Set(states)).toEqual(new Set(['off']));
      } finally {
        await context.close();
      }
    }
  });
});
