/**
 * The notation page and the first-use links in the built site: /notation/ has one entry, with its anchor
 * `term-<id>`, for every entry of content/glossary.json, with its symbol typeset (MathML kept); every section page
 * links some terms, each link goes to an anchor that exists on /notation/ under the site's base path, no term is
 * linked twice on a page, and no link sits in a heading, another link, a formula or an exercise.
 */
import { describe, expect, it } from 'vitest';
import glossaryData from '../../content/glossary.json' with { type: 'json' };
import { glossaryAnchor, parseGlossary } from '../../src/course/glossary-entry';
import { anchorsOf, attr, parsePage } from './html.ts';
import { basePath, htmlPages, sectionPages } from './site.ts';

const { entries } = parseGlossary(glossaryData);
const notation = htmlPages().find((page) => page.urlPath === `${basePath}notation/`);

describe('/notation/', () => {
  it('is built', () => {
    expect(notation).toBeDefined();
  });

  it('has an entry with its anchor for every glossary entry, and nothing else with a term- id', () => {
    const root = parsePage(notation!);
    const anchors = [...anchorsOf(root)].filter((id) => id.startsWith('term-')).sort();
    expect(anchors).toEqual(entries.map(glossaryAnchor).sort());
  });

  it('typesets every symbol with KaTeX, MathML kept, and links each entry to a section page', () => {
    const root = parsePage(notation!);
    for (const entry of entries) {
      const element = root.querySelector(`#${glossaryAnchor(entry)}`)!;
      expect(element.querySelectorAll('.katex math').length, entry.id).toBe(entry.tex === undefined ? 0 : 1);
      const href = attr(element.querySelector('dd a')!, 'href') ?? '';
      expect(href, entry.id).toMatch(new RegExp(`^${basePath}chapter-${entry.section[0]}/[a-z-]+/$`));
    }
  });
});

describe('first-use glossary links on section pages', () => {
  const pages = sectionPages();
  const anchors = notation === undefined ? new Set<string>() : anchorsOf(parsePage(notation));

  it.each(pages.map((page) => [page.section, page] as const))('§%s links terms to entries that exist, each once', (_, page) => {
    const links = parsePage(page).querySelectorAll('a.glossary-link');
    expect(links.length).toBeGreaterThan(5);
    const targets = links.map((link) => attr(link, 'href') ?? '');
    for (const href of targets) {
      expect(href.startsWith(`${basePath}notation/#term-`), href).toBe(true);
      expect(anchors.has(href.slice(href.indexOf('#') + 1)), href).toBe(true);
    }
    expect(new Set(targets).size).toBe(targets.length);
  });

  it.each(pages.map((page) => [page.section, page] as const))('§%s has no glossary link in a heading, link, formula or exercise', (_, page) => {
    const root = parsePage(page);
    const misplaced = ['h1', 'h2', 'h3', 'h4', 'a', '.katex', '.exercise', 'code', 'figure'].flatMap((container) => root.querySelectorAll(`${container} a.glossary-link`));
    expect(misplaced.map((link) => link.textContent)).toEqual([]);
  });
});
