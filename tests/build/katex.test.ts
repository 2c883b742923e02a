/**
 * Math is typeset at build time: every section page carries KaTeX output with MathML (what screen readers
 * read), no KaTeX error boxes, and no TeX left raw in the prose of any page.
 */
import { describe, expect, it } from 'vitest';

import { parsePage, proseText } from './html.ts';
import { htmlPages, sectionPages } from './site.ts';

const sections = sectionPages();
const pages = htmlPages();

/** `$$`, or `$…$` whose content looks like TeX (a backslash command, ^, _ or braces). */
const RAW_TEX = /\$\$|\$[^$\n]*(?:\\[a-zA-Z]+|[\^_{}])[^$\n]*\$|\\\(|\\\[/;

describe('section pages', () => {
  it('exist (found by data-section)', () => {
    expect(sections.length, 'no page carries data-section="<n.m>"').toBeGreaterThan(0);
  });

  it.each(sections.map((page) => [page.section, page] as const))('section %s renders KaTeX with MathML', (_, page) => {
    const root = parsePage(page);
    const katex = root.querySelectorAll('.katex');
    expect(katex.length, `${page.rel}: no .katex element`).toBeGreaterThan(0);
    const withoutMathml = katex.filter((element) => element.querySelector('math') === null);
    expect(withoutMathml.length, `${page.rel}: .katex elements without <math> (output must be htmlAndMathml)`).toBe(0);
    expect(root.querySelectorAll('.katex-error').map((element) => element.textContent)).toEqual([]);
  });
});

describe('raw TeX', () => {
  it.each(pages.map((page) => [page.rel, page] as const))('%s has none in its prose', (_, page) => {
    const leftovers = proseText(parsePage(page))
      .split('\n')
      .filter((line) => RAW_TEX.test(line))
      .map((line) => line.trim().slice(0, 160));
    expect(leftovers).toEqual([]);
  });
});
