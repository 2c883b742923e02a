/**
 * Link checker over every built page: each internal link (a, area, link, form, and asset URLs) resolves to a
 * file in dist under BASE_PATH, and each #fragment to an id in its target page. External links are not
 * fetched (the tests run offline); `javascript:` URLs are refused.
 */
import { describe, expect, it } from 'vitest';

import { anchorsOf, parsePage } from './html.ts';
import { pageReferences, resolveReference } from './references.ts';
import { htmlPages, toRel, urlPathOf } from './site.ts';

const pages = htmlPages();

const anchorsByFile = new Map<string, Set<string>>();

/** The ids of an HTML file in dist (each file parsed once: the book page alone is 8 MB). */
function anchorsOfFile(file: string): Set<string> {
  let anchors = anchorsByFile.get(file);
  if (anchors === undefined) {
    const rel = toRel(file);
    anchors = anchorsOf(parsePage({ file, rel, urlPath: urlPathOf(rel) }));
    anchorsByFile.set(file, anchors);
  }
  return anchors;
}

describe('links', () => {
  it('the site has pages and they link to each other', () => {
    expect(pages.length).toBeGreaterThan(1);
    const internal = pages.flatMap((page) =>
      pageReferences(page).filter(
        (reference) => reference.kind === 'link' && resolveReference(reference.value, page.urlPath).type === 'file',
      ),
    );
    expect(internal.length).toBeGreaterThan(0);
  });

  it.each(pages.map((page) => [page.rel, page] as const))('%s: every internal link and #anchor resolves', (_, page) => {
    const broken: string[] = [];
    for (const { where, value } of pageReferences(page)) {
      if (/^javascript:/i.test(value)) {
        broken.push(`${where} ${value}: javascript: URL`);
        continue;
      }
      const resolved = resolveReference(value, page.urlPath);
      switch (resolved.type) {
        case 'inline':
        case 'external':
          break;
        case 'outside-base':
        case 'missing':
          broken.push(`${where} ${value}: ${resolved.type} (${resolved.pathname})`);
          break;
        case 'file':
          if (resolved.fragment !== null && resolved.file.endsWith('.html') && !anchorsOfFile(resolved.file).has(resolved.fragment)) {
            broken.push(`${where} ${value}: no element with id "${resolved.fragment}" in ${toRel(resolved.file)}`);
          }
          break;
      }
    }
    expect(broken).toEqual([]);
  });
});
