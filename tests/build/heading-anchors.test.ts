/**
 * Every heading of the course text has a deep-link anchor (src/course/heading-anchors.ts): one empty link after
 * its text, pointing at its own id and named after it; and the "On this page" list shows each heading's text as
 * read (src/course/heading-texts.ts), a formula once.
 */
import { describe, expect, it } from 'vitest';

import { attr, parsePage } from './html.ts';
import { sectionPages } from './site.ts';

const sections = sectionPages();

describe('heading anchors', () => {
  it.each(sections.map((page) => [page.urlPath, page] as const))('%s: every h2–h4 of the article links to itself', (_path, page) => {
    const root = parsePage(page);
    const headings = root.querySelectorAll('article h2[id], article h3[id], article h4[id]').filter((heading) => heading.closest('.section-header') === null);
    expect(headings.length).toBeGreaterThan(3);
    for (const heading of headings) {
      const id = attr(heading, 'id');
      const anchors = heading.querySelectorAll('a.heading-anchor');
      expect(anchors.length, `#${id}`).toBe(1);
      const anchor = anchors[0]!;
      expect(attr(anchor, 'href')).toBe(`#${id}`);
      expect(anchor.textContent, `#${id}: the anchor adds no text to its heading`).toBe('');
      expect(attr(anchor, 'aria-label')).toMatch(/^Link to “.+”$/);
    }
  });

  it('the contents list reads a heading with a formula once (content/chapter-1/proxy-reward.mdx)', () => {
    const page = sections.find((candidate) => candidate.urlPath.endsWith('/chapter-1/proxy-reward/'));
    expect(page).toBeDefined();
    const root = parsePage(page!);
    const entries = root.querySelectorAll('.on-this-page a').map((link) => link.textContent.trim());
    expect(entries).toContain('Measuring a proxy by rank: Kendall’s τb');
    expect(entries.filter((entry) => entry.includes('\\'))).toEqual([]);
    const anchor = root.querySelectorAll('article h3 a.heading-anchor').find((link) => (attr(link, 'aria-label') ?? '').includes('Kendall'));
    expect(attr(anchor!, 'aria-label')).toBe('Link to “Measuring a proxy by rank: Kendall’s τb”');
  });
});
