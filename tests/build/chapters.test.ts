/**
 * Chapter pages: every chapter with a written section has a page at `<base>chapter-<n>/` that introduces it and
 * lists its sections, and the course links to it the way readers look for it: from the sidebar of every course
 * page, from the breadcrumbs of its sections and from the home page's contents. The benchmark measures it too.
 */
import { describe, expect, it } from 'vitest';

import { listPages } from '../../scripts/bench/site-pages.mjs';
import { attr, parsePage, proseText } from './html.ts';
import { basePath, distDir, htmlPages, sectionPages } from './site.ts';

const pages = htmlPages();
const sections = sectionPages();
/** Chapter folder (e.g. `chapter-2`) → the URL paths of its section pages, read from the built sections. */
const chapters = new Map<string, string[]>();
for (const section of sections) {
  const folder = section.rel.split('/')[0] ?? '';
  chapters.set(folder, [...(chapters.get(folder) ?? []), section.urlPath]);
}
const chapterPage = (folder: string) => pages.find((page) => page.rel === `${folder}/index.html`);
const linksOf = (page: (typeof pages)[number], selector: string): string[] =>
  parsePage(page)
    .querySelectorAll(selector)
    .map((link) => attr(link, 'href') ?? '');

describe('chapter pages', () => {
  it('the site has written sections', () => {
    expect(chapters.size).toBeGreaterThan(0);
  });

  describe.each([...chapters.keys()].map((folder) => [folder] as const))('%s', (folder) => {
    const number = folder.replace('chapter-', '');
    const url = `${basePath}${folder}/`;

    it('has a page titled with its number that introduces it', () => {
      const page = chapterPage(folder);
      expect(page, `${folder}/index.html`).toBeDefined();
      if (!page) return;
      const root = parsePage(page);
      expect(root.querySelector('h1')?.textContent).toMatch(new RegExp(`^Chapter ${number}\\. \\S`));
      const main = root.querySelector('main');
      // A real introduction: the paragraphs before the list of sections hold more than a one-line blurb.
      const intro = proseText(main ?? root).split('Sections')[0] ?? '';
      expect(intro.split(/\s+/).length).toBeGreaterThan(60);
    });

    it('lists every written section of the chapter, in order, and no other', () => {
      const page = chapterPage(folder);
      if (!page) throw new Error(`no page for ${folder}`);
      const listed = linksOf(page, 'main ol.chapter-sections a');
      expect([...listed].sort()).toEqual([...(chapters.get(folder) ?? [])].sort());
      const numbers = parsePage(page)
        .querySelectorAll('main ol.chapter-sections .number')
        .map((number) => Number(number.textContent.split('.')[1]));
      expect(numbers).toHaveLength(listed.length);
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    });

    it("is linked from each of its sections' breadcrumbs", () => {
      for (const section of sections.filter((entry) => entry.rel.startsWith(`${folder}/`))) {
        expect(linksOf(section, 'nav[aria-label="Breadcrumb"] a'), section.rel).toContain(url);
      }
    });

    it('is linked from the sidebar of every course page and from the home page', () => {
      const withSidebar = pages.filter((page) => parsePage(page).querySelector('#course-contents') !== null);
      expect(withSidebar.length).toBeGreaterThan(2);
      for (const page of withSidebar) expect(linksOf(page, '#course-contents a'), page.rel).toContain(url);
      const home = pages.find((page) => page.rel === 'index.html');
      expect(home && linksOf(home, 'main h3 a')).toContain(url);
    });

    it('marks itself as the current page in the sidebar', () => {
      const page = chapterPage(folder);
      if (!page) throw new Error(`no page for ${folder}`);
      const current = parsePage(page).querySelectorAll('#course-contents [aria-current="page"]');
      expect(current.map((link) => attr(link, 'href'))).toEqual([url]);
    });

    it("is in the benchmark's page list as a chapter page", async () => {
      expect(await listPages(distDir)).toContainEqual({ path: `${folder}/`, kind: 'chapter' });
    });
  });
});
