/**
 * Each embed page (dist/embed/<id>/) links back to the section that teaches with its widget: the first section
 * page, in reading order, that holds the widget's element. The link opens a new tab, since the embed lives in
 * another site's frame.
 */
import { describe, expect, it } from 'vitest';

import { attr, parsePage } from './html.ts';
import { htmlPages, readPage, sectionPages, widgetIds } from './site.ts';

const embeds = htmlPages().filter((page) => page.rel.startsWith('embed/'));
/** Section pages in reading order (by section number). */
const sections = sectionPages().sort((a, b) => a.section.localeCompare(b.section, 'en', { numeric: true }));

describe('embed pages link back to their section', () => {
  it('there is an embed page per widget', () => {
    expect(embeds.length).toBe(widgetIds().length);
    expect(embeds.length).toBeGreaterThan(0);
  });

  it.each(embeds.map((page) => [page.rel, page] as const))('%s', (_, page) => {
    const id = page.rel.split('/')[1] ?? '';
    const home = sections.find((section) => readPage(section).includes(`<po-${id} `));
    const links = parsePage(page).querySelectorAll('.embed-source a');
    expect(home, `a section page holding <po-${id}>`).toBeDefined();
    expect(links.map((link) => [attr(link, 'href'), attr(link, 'target'), attr(link, 'rel')])).toEqual([[home?.urlPath, '_blank', 'noopener']]);
    expect(parsePage(page).querySelector('.embed-source')?.textContent.replace(/\s+/g, ' ')).toContain(`From section ${home?.section}, `);
  });
});
