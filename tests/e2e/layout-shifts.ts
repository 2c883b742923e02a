/**
 * Layout shifts in a page under test, read from the Layout Instability API (buffered, so shifts before the call
 * count): shifts within 500 ms of the reader's input are left out, as CLS leaves them out.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/**
 * Layout shifts recorded so far in the page (buffered): their summed value, and for each shift what moved (the
 * node's tag, id and class, its rect before → after), so a failure names the element.
 */
const LAYOUT_SHIFTS = `new Promise((resolve) => {
  const shifts = { sum: 0, moved: [] };
  const rect = (r) => [r.x, r.y, r.width, r.height].map(Math.round).join(',');
  const name = (node) => !node ? '(gone)' : node.nodeType !== 1 ? node.nodeName + ' in ' + name(node.parentElement)
    : node.localName + (node.id ? '#' + node.id : '') + (typeof node.className === 'string' && node.className ? '.' + node.className.trim().split(/\\s+/).join('.') : '');
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      shifts.sum += entry.value;
      shifts.moved.push(entry.value.toFixed(4) + ' at ' + Math.round(entry.startTime) + ' ms: ' +
        entry.sources.map((source) => name(source.node) + ' [' + rect(source.previousRect) + ' → ' + rect(source.currentRect) + ']').join('; '));
    }
  });
  observer.observe({ type: 'layout-shift', buffered: true });
  setTimeout(() => { observer.disconnect(); resolve(shifts); }, 200);
})`;

/** Expects no layout shift so far; a failure lists each shift and the elements it moved. */
export async function expectNoLayoutShift(page: Page): Promise<void> {
  const shifts = (await page.evaluate(LAYOUT_SHIFTS)) as { sum: number; moved: string[] };
  expect(shifts.sum, `layout shifts: ${shifts.moved.join(' | ')}`).toBe(0);
}
