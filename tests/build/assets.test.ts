/**
 * The site is self-contained and relocatable (README.md, "Hosting under a sub-path": any base path, no CDN): every asset a page or
 * stylesheet loads is relative or starts with BASE_PATH, points at a file that exists in dist, and no asset
 * comes from another host. Fonts ship as woff2 only.
 */
import { describe, expect, it } from 'vitest';

import {
  pageReferences,
  pointsToAnotherHost,
  resolveReference,
  stylesheetReferences,
  type Reference,
} from './references.ts';
import { basePath, htmlPages, listFiles, urlPathOf } from './site.ts';

const pages = htmlPages();
const stylesheets = listFiles(['.css']);

/** Problems with the assets among `references`, found in the document served at `documentUrlPath`. */
function assetProblems(references: Reference[], documentUrlPath: string): string[] {
  return references
    .filter((reference) => reference.kind === 'asset')
    .flatMap(({ where, value }) => {
      if (pointsToAnotherHost(value)) return [`${where} ${value}: another host`];
      if (value.startsWith('/') && !value.startsWith(basePath)) return [`${where} ${value}: does not start with ${basePath}`];
      const resolved = resolveReference(value, documentUrlPath);
      if (resolved.type === 'inline' || resolved.type === 'file') return [];
      return [`${where} ${value}: ${resolved.type}`];
    });
}

describe('assets of pages', () => {
  it.each(pages.map((page) => [page.rel, page] as const))('%s loads only local assets under the base', (_, page) => {
    expect(assetProblems(pageReferences(page), page.urlPath)).toEqual([]);
  });
});

describe('assets of stylesheets', () => {
  it('there is at least one stylesheet', () => {
    expect(stylesheets.length).toBeGreaterThan(0);
  });

  it.each(stylesheets)('%s refers only to local files under the base', (rel) => {
    expect(assetProblems(stylesheetReferences(rel), urlPathOf(rel))).toEqual([]);
  });
});

describe('fonts', () => {
  it('only woff2 font files ship', () => {
    expect(listFiles(['.woff', '.ttf', '.otf', '.eot'])).toEqual([]);
  });

  it('stylesheets refer to no other font format', () => {
    const others = stylesheets.flatMap((rel) =>
      stylesheetReferences(rel)
        .map((reference) => reference.value.replace(/[?#].*$/, ''))
        .filter((value) => /\.(woff|ttf|otf|eot)$/i.test(value))
        .map((value) => `${rel}: ${value}`),
    );
    expect(others).toEqual([]);
  });
});
