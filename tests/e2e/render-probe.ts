/**
 * Probes of the progressive rendering of section articles (src/components/ProgressiveArticle.astro).
 */
import type { Page } from 'playwright-core';

import { waitForTrue } from './widget-probe.ts';

/** How many units of the page's progressive article still have `content-visibility: auto` (not yet revealed). */
export const PENDING_UNITS = `(() => {
  const article = document.querySelector('[data-render-progressively]');
  if (!article) return 0;
  return [...article.querySelectorAll(':scope .po-unit > *, :scope > * > li, :scope > .po-scope > * > li')]
    .filter((element) => getComputedStyle(element).contentVisibility === 'auto').length;
})()`;

/** Waits until the page's progressive article (if any) has revealed every unit. */
export function waitForFullRender(page: Page, timeout = 15_000): Promise<void> {
  return waitForTrue(page, `${PENDING_UNITS} === 0`, timeout);
}
