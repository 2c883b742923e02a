/**
 * The built bibliography page and citations: `<base>references/` lists every work of content/references.json
 * once, with its key as the anchor and a BibTeX entry for that key with a copy button; section pages link to it,
 * and each citation button opens a popover that exists on its page and that Pagefind does not index (its text
 * would otherwise count twice in search).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { parseReferences } from '../../src/course/reference-entry';
import { attr, parsePage } from './html.ts';
import { basePath, htmlPages, readPage, sectionPages } from './site.ts';

const references = parseReferences(JSON.parse(readFileSync(join(import.meta.dirname, '../../content/references.json'), 'utf8')));
const page = htmlPages().find((candidate) => candidate.urlPath === `${basePath}references/`);
const sections = sectionPages();

describe('references page', () => {
  it('is built', () => {
    expect(page).toBeDefined();
  });

  it('lists every work once under its key, each with a BibTeX entry for that key and a copy button', () => {
    if (page === undefined) return;
    const root = parsePage(page);
    const items = root.querySelectorAll('.bibliography > li');
    expect(items.map((item) => attr(item, 'id')).sort()).toEqual(references.map((entry) => entry.key).sort());
    for (const item of items) {
      const key = attr(item, 'id') ?? '';
      expect(item.querySelector('code')?.textContent ?? '', key).toMatch(new RegExp(`^@[a-z]+\\{${key},\\n`));
      expect(attr(item.querySelector('button[data-copy]') ?? item, 'aria-label'), key).toMatch(/^Copy BibTeX for /);
    }
  });

  it('is linked from every page footer', () => {
    for (const sitePage of htmlPages().filter((candidate) => candidate.urlPath !== `${basePath}references/` && !candidate.urlPath.includes('/embed/'))) {
      const links = parsePage(sitePage).querySelectorAll('footer a').map((link) => attr(link, 'href'));
      expect(links, sitePage.rel).toContain(`${basePath}references/`);
    }
  });
});

describe('citations on section pages', () => {
  it.each(sections.map((section) => [section.rel, section] as const))('%s: each citation opens a card on its page that search does not index', (_, section) => {
    const root = parsePage(section);
    const buttons = root.querySelectorAll('button.cite-button');
    expect(buttons.length).toBeGreaterThan(0);
    for (const button of buttons) {
      const target = attr(button, 'popovertarget') ?? '';
      const card = root.querySelector(`[id="${target}"]`);
      expect(card, `no popover #${target}`).not.toBeNull();
      if (card === null) continue;
      expect(attr(card, 'popover'), target).toBe('auto');
      expect(card.hasAttribute('data-pagefind-ignore'), target).toBe(true);
    }
    expect(root.querySelectorAll('.reference-all a').map((link) => attr(link, 'href'))).toEqual([`${basePath}references/`]);
  });

  it.each(sections.map((section) => [section.rel, section] as const))('%s: a bracket beside a citation is glued to its button, never left at a line end', (_, section) => {
    const html = readPage(section);
    // A "(" right before a citation, or a ")" right after one, left outside it (src/course/rehype-cite-brackets.ts).
    expect(html.match(/[([]<span class="cite"/g) ?? [], section.rel).toEqual([]);
    expect(html.match(/In the course references<\/a><\/span><\/span>[)\]]/g) ?? [], section.rel).toEqual([]);
    for (const glue of parsePage(section).querySelectorAll('.cite-glue')) {
      expect(glue.querySelectorAll('button.cite-button'), section.rel).toHaveLength(1);
      expect(glue.textContent, section.rel).toMatch(/^[([].*[^)\]]$|^[^([].*[)\]]$|^[([].*[)\]]$/s);
    }
  });
});
