/**
 * Reflow (WCAG 2.1 SC 1.4.10): no page scrolls sideways from 320 CSS px up. Checked on every built page at
 * 320, 360 and 390 px (phones), at 384 px with two device pixels per CSS px (a 768 px screen at 200 % zoom) and at
 * 768 px (a tablet), in the light and the dark theme, with JavaScript on (every widget upgraded, so its controls
 * must reflow too) and off (the fallbacks). Content
 * that is wider than a phone by nature (display equations, tables, code) must scroll inside its own box.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { pagesWithoutBook } from '../build/site.ts';
import { openRecordedPage } from './browser.ts';
import { waitForFullRender } from './render-probe.ts';
import { useSiteSession } from './site-session.ts';
import { nextFrames, upgradeAllWidgets } from './widget-probe.ts';

// The book page (/print/) is every section page's text in a narrow column: tests/e2e/print-page.test.ts checks
// its width at 320 px.
const pages = pagesWithoutBook();
const session = useSiteSession();

/** Widths in CSS px; 384 px at two device pixels per CSS px is a 768 px screen at 200 % zoom. */
const SCREENS = [
  { name: '320 px', width: 320 },
  { name: '360 px', width: 360 },
  { name: '390 px', width: 390 },
  { name: '768 px at 200 % zoom', width: 384 },
  { name: '768 px', width: 768 },
] as const;

/** In the page: the document's scroll width against its width, and the elements that stick out on the right. */
const OVERFLOW = `(() => {
  const root = document.documentElement;
  const limit = root.clientWidth;
  const describe = (element) =>
    element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') +
    (element.classList.length > 0 ? '.' + [...element.classList].slice(0, 2).join('.') : '');
  const outside = [];
  const visit = (scope) => {
    for (const element of scope.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > limit + 1) outside.push(describe(element) + ' → ' + Math.round(box.right) + ' px');
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  return { scrollWidth: root.scrollWidth, clientWidth: limit, outside: outside.slice(0, 8) };
})()`;

async function overflowOf(page: Page): Promise<{ scrollWidth: number; clientWidth: number; outside: string[] }> {
  return (await page.evaluate(OVERFLOW)) as { scrollWidth: number; clientWidth: number; outside: string[] };
}

describe.each([
  ['JavaScript on', true],
  ['JavaScript off', false],
] as const)('reflow, %s', (_, javaScriptEnabled) => {
  // One load per page, at the narrowest width (each page's widgets upgrade once), then the wider screens by
  // resizing the viewport: layout follows the viewport, as it does when a phone rotates.
  it.each(pages.map((page) => [page.urlPath, page] as const))(
    `%s does not scroll sideways at ${SCREENS.map((screen) => screen.name).join(', ')}, light and dark`,
    async (__, sitePage) => {
      const { context, page } = await openRecordedPage(session.browser, {
        allowedOrigins: [session.server.origin],
        viewport: { width: SCREENS[0].width, height: 800 },
        deviceScaleFactor: 2,
        javaScriptEnabled,
      });
      try {
        await page.goto(session.server.origin + sitePage.urlPath, { waitUntil: 'load' });
        if (javaScriptEnabled) {
          await waitForFullRender(page);
          await upgradeAllWidgets(page);
        } else {
          // Lay out every unit the progressive article skips off screen (the rule that a fragment URL turns off).
          await page.evaluate(`document.documentElement.setAttribute('data-anchor-jump', '')`);
        }
        const problems: string[] = [];
        for (const theme of ['light', 'dark'] as const) {
          // The dark theme as the theme toggle sets it (and as the system asks for it), on the same loaded page.
          await page.emulateMedia({ colorScheme: theme });
          await page.evaluate(`document.documentElement.dataset.theme = '${theme}'`);
          for (const screen of SCREENS) {
            await page.setViewportSize({ width: screen.width, height: 800 });
            if (javaScriptEnabled) await nextFrames(page);
            const overflow = await overflowOf(page);
            if (overflow.scrollWidth > overflow.clientWidth) {
              problems.push(`${theme}, ${screen.name}: scroll width ${overflow.scrollWidth} > ${overflow.clientWidth} (${overflow.outside.join('; ')})`);
            }
          }
        }
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
