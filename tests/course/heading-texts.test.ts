import { describe, expect, it } from 'vitest';

import { headingText, headingTexts, type HeadingNode } from '../../src/course/heading-texts';

const text = (value: string): HeadingNode => ({ type: 'text', value });
const element = (tagName: string, children: HeadingNode[], properties: Record<string, unknown> = {}): HeadingNode => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** The shape KaTeX gives `$\tau_b$` (htmlAndMathml): MathML with the TeX annotation, then an aria-hidden HTML copy. */
const katexTauB = element('span', [
  element('span', [element('math', [element('semantics', [element('msub', [element('mi', [text('τ')]), element('mi', [text('b')])]), element('annotation', [text('\\tau_b')])])])], { className: ['katex-mathml'] }),
  element('span', [text('τ'), text('b'), text('\u200b')], { className: ['katex-html'], ariaHidden: 'true' }),
], { className: ['katex'] });

describe('headingText(node)', () => {
  it('reads a formula once, from its MathML, without the TeX source or the visual copy', () => {
    // The heading of content/chapter-1/proxy-reward.mdx that Astro's own list showed as "Kendall’s τb\tau_bτb".
    const heading = element('h3', [text('Measuring a proxy by rank: Kendall’s '), katexTauB], { id: 'x' });
    expect(headingText(heading)).toBe('Measuring a proxy by rank: Kendall’s τb');
  });

  it('collapses runs of white space and trims', () => {
    expect(headingText(element('h2', [text('  The \n loss '), element('em', [text('itself')])]))).toBe('The loss itself');
  });
});

describe('headingTexts(tree)', () => {
  it('maps the id of every heading to its text, and skips headings without an id', () => {
    const tree: HeadingNode = {
      type: 'root',
      children: [
        element('h2', [text('Intuition')], { id: 'intuition' }),
        element('p', [text('Not a heading')], { id: 'p' }),
        element('section', [element('h3', [text('Kendall’s '), katexTauB], { id: 'tau' })]),
        element('h4', [text('No id')]),
      ],
    };
    expect(headingTexts(tree)).toEqual({ intuition: 'Intuition', tau: 'Kendall’s τb' });
  });
});
