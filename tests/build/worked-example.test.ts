/**
 * A section's worked example shows exactly the numbers its widget shows on its defaults: every body row of the
 * first table after the "Worked example" heading appears, cell by cell and in order, within the same row of the
 * widget's build-time fallback table (the widget's own default-state table, rendered by its model). The worked
 * example may leave columns out, never change a number.
 */
import { describe, expect, it } from 'vitest';

import { readPage, sectionPages } from './site.ts';

/** Body rows of the first `<table>` in an HTML fragment, as trimmed cell texts without tags. */
function bodyRows(html: string): string[][] {
  const table = /<table[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
  const body = /<tbody[\s\S]*?<\/tbody>/.exec(table)?.[0] ?? '';
  return [...body.matchAll(/<tr[\s\S]*?<\/tr>/g)].map((row) =>
    [...row[0].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((cell) => cell[1]!.replace(/<[^>]+>/g, '').trim()),
  );
}

/** Whether `part` appears in `whole` in order, possibly with other cells between. */
function isSubsequence(part: readonly string[], whole: readonly string[]): boolean {
  let i = 0;
  for (const cell of whole) if (i < part.length && cell === part[i]) i++;
  return i === part.length;
}

const pages = sectionPages().map((page) => {
  const html = readPage(page);
  const worked = html.slice(Math.max(0, html.indexOf('id="worked-example"')));
  const fallback = /<div class="po-fallback"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';
  return { section: page.section, worked: bodyRows(worked), fallback: bodyRows(fallback) };
});

describe.each(pages.map((page) => [page.section, page] as const))('section %s', (_, page) => {
  it('has a worked-example table and a widget fallback table with the same number of rows', () => {
    expect(page.worked.length).toBeGreaterThan(0);
    expect(page.worked.length).toBe(page.fallback.length);
  });

  it("shows, in each worked-example row, only numbers of the widget's default-state row", () => {
    page.worked.forEach((row, index) => {
      expect(isSubsequence(row, page.fallback[index]!), `row ${index + 1}: ${row.join(' | ')} vs ${page.fallback[index]!.join(' | ')}`).toBe(true);
    });
  });
});
