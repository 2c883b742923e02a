/**
 * The book page (/print/, src/pages/print/index.astro): every section, in reading order, under its chapter, with
 * every widget's build-time fallback; ids unique on the page (each section's prefixed, src/course/prefix-ids.ts),
 * no link left to a section page (they point within the book), and its frame (title, contents, chapter and
 * section headings, with the sections' text taken out) valid HTML. The links test resolves its fragments.
 */
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';

import { compareSectionNumbers } from '../../src/course/outline.ts';
import { htmlValidateConfig } from './html-validate-config.ts';
import { BOOK_PAGE_REL, basePath, htmlPages, readPage, sectionPages } from './site.ts';

const book = htmlPages().find((page) => page.rel === BOOK_PAGE_REL);
const html = book ? readPage(book) : '';
const sections = sectionPages().sort((a, b) => compareSectionNumbers(a.section, b.section));

describe('the book page', () => {
  it('exists', () => {
    expect(book).toBeDefined();
  });

  it('holds every section in reading order, each after its chapter heading', () => {
    const numbers = [...html.matchAll(/<article class="prose book-section"[^>]*>\s*<h3[^>]*>\s*<span class="number"[^>]*>([^<]+)<\/span>/g)].map((match) => match[1]);
    expect(numbers).toEqual(sections.map((section) => section.section));
    const chapters = [...html.matchAll(/<h2 id="chapter-(\d+)"[\s>]/g)].map((match) => Number(match[1]));
    expect(chapters).toEqual([...new Set(sections.map((section) => Number(section.section.split('.')[0])))]);
  });

  it('has each widget of the course once, with its build-time fallback', () => {
    const onSections = sections.flatMap((section) => [...readPage(section).matchAll(/data-po-widget="([^"]+)"/g)].map((match) => match[1])).sort();
    const inBook = [...html.matchAll(/data-po-widget="([^"]+)"/g)].map((match) => match[1]).sort();
    expect(inBook).toEqual(onSections);
    expect(html.match(/class="po-fallback"/g)?.length).toBe(onSections.length);
  });

  it('gives every id once', () => {
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(ids.length).toBeGreaterThan(500);
    expect(repeated).toEqual([]);
  });

  it('links to sections within the book, not to their pages', () => {
    const toSectionPages = sections.filter((section) => html.includes(`href="${section.urlPath}`)).map((section) => section.urlPath);
    expect(toSectionPages).toEqual([]);
    expect(html).toContain(`href="#chapter-2-bradley-terry"`);
  });

  it('has a valid frame (its sections\' text, validated on their own pages, taken out)', async () => {
    const frame = html.replace(/(<article class="prose book-section"[^>]*>\s*<h3[\s\S]*?<\/h3>)[\s\S]*?<\/article>/g, '$1</article>');
    expect(frame.length).toBeLessThan(html.length / 20);
    const report = await new HtmlValidate(htmlValidateConfig).validateString(frame, `${basePath}print/`);
    const errors = report.results.flatMap((result) => result.messages.filter((message) => message.severity === 2).map((message) => `${message.ruleId}: ${message.message}`));
    expect(errors).toEqual([]);
  });
});
