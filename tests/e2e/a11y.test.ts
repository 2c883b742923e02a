/**
 * axe-core (WCAG 2.0/2.1 A and AA) finds no violation on any built page, with every widget upgraded (axe reads
 * their shadow DOM). In the dark theme (prefers-color-scheme emulated AND html[data-theme="dark"], the hook of the
 * site's theme toggle) the colour rules run again: the theme changes colours only. On a 390 px phone the rules run
 * again except colour contrast (the same colours as the light run), together with the ones a narrow layout can
 * break: wide equations, tables and code scroll inside their own box (each such box must be a named focus stop),
 * every piece of content sits in a landmark (axe's `region`), and every link and control is a target of at least
 * 24 px or spaced as one (axe's `target-size`, WCAG 2.2's 2.5.8). (Each run over a long section's thousands of
 * KaTeX elements takes seconds per rule set: colour contrast about 9 s, `region` about 7 s on a busy machine, so
 * no rule runs twice where its result cannot change.)
 */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';

import { pagesWithoutBook } from '../build/site.ts';
import { openRecordedPage } from './browser.ts';
import { useSiteSession } from './site-session.ts';
import { waitForFullRender } from './render-probe.ts';
import { nextFrames, upgradeAllWidgets } from './widget-probe.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// The book page (/print/) holds every section's text, checked here on its own page; tests/e2e/print-page.test.ts
// runs axe on what the book adds.
const pages = pagesWithoutBook();
const session = useSiteSession();

/** The rules that read colours: all a theme changes. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

describe.each(['light', 'dark'] as const)('axe, %s theme', (theme) => {
  // axe over thousands of KaTeX elements took 50–90 s on a long page (1.3 kl-budget) of a busy machine; the
  // default 120 s bound timed out there, with no violation to print. The same bound as the 390 px run below.
  it.each(pages.map((page) => [page.urlPath, page] as const))('%s has no violations', async (_, sitePage) => {
    const { context, page } = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin], colorScheme: theme });
    try {
      await page.goto(session.server.origin + sitePage.urlPath, { waitUntil: 'load' });
      if (theme === 'dark') await page.evaluate(`document.documentElement.dataset.theme = 'dark'`);
      // Every unit of a progressively rendered article laid out, so axe checks the page as a reader ends up seeing it.
      await waitForFullRender(page);
      await upgradeAllWidgets(page);
      await nextFrames(page);
      const axe = new AxeBuilder({ page });
      const results = await (theme === 'light' ? axe.withTags(WCAG_TAGS) : axe.withRules(COLOUR_RULES)).analyze();
      const violations = results.violations.map(
        (violation) =>
          `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ` +
          violation.nodes
            .slice(0, 5)
            .map((node) => `${JSON.stringify(node.target)} ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
            .join(' | '),
      );
      expect(violations).toEqual([]);
    } finally {
      await context.close();
    }
  }, 300_000);
});

// axe runs inside the page, so it cannot check a page with JavaScript off; the fallbacks' table boxes are static
// markup (components/Widget.astro) and tests/e2e/reflow.test.ts checks those pages without scripts.
describe('axe at 390 px', () => {
  it.each(pages.map((page) => [page.urlPath, page] as const))(
    '%s has no violations',
    async (_, sitePage) => {
      const { context, page } = await openRecordedPage(session.browser, {
        allowedOrigins: [session.server.origin],
        viewport: { width: 390, height: 844 },
      });
      try {
        await page.goto(session.server.origin + sitePage.urlPath, { waitUntil: 'load' });
        await waitForFullRender(page);
        await upgradeAllWidgets(page);
        await nextFrames(page);
        const describeViolations = (results: Awaited<ReturnType<AxeBuilder['analyze']>>) =>
          results.violations.map(
            (violation) =>
              `${violation.id}: ${violation.help} — ` +
              violation.nodes
                .slice(0, 5)
                .map((node) => JSON.stringify(node.target))
                .join(' | '),
          );
        const results = await new AxeBuilder({ page })
          .options({
            runOnly: { type: 'tag', values: WCAG_TAGS },
            rules: { 'color-contrast': { enabled: false }, region: { enabled: true }, 'scrollable-region-focusable': { enabled: true }, 'target-size': { enabled: true } },
          })
          .analyze();
        expect(describeViolations(results)).toEqual([]);
      } finally {
        await context.close();
      }
    },
    // Two axe runs over thousands of KaTeX elements: slow on a busy machine, so more than the default bound.
    300_000,
  );
});
