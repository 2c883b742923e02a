import { fromHtml } from 'hast-util-from-html';
import katex from 'katex';
import { describe, expect, it } from 'vitest';

import { KATEX_FONT_FILES, katexFontFiles, type HastNode } from '../../src/course/katex-font-faces';

/** KaTeX's own output (htmlAndMathml) for a TeX string, as a HAST tree. */
function typeset(tex: string, displayMode = false): HastNode {
  return fromHtml(katex.renderToString(tex, { displayMode, throwOnError: true }), { fragment: true }) as HastNode;
}

describe('katexFontFiles(tree)', () => {
  // Expected faces follow the font rules of katex/dist/katex.css 0.19 (e.g. `.katex .mathnormal` →
  // KaTeX_Math italic, `.katex .mathcal` → KaTeX_Caligraphic, `.katex .op-symbol.large-op` → KaTeX_Size2).
  it.each([
    ['x', false, ['Math-Italic']],
    ['1 + 2', false, ['Main-Regular']],
    ['\\beta\\,\\log\\pi(y)', false, ['Main-Regular', 'Math-Italic']],
    ['\\mathcal{D}', false, ['Caligraphic-Regular']],
    ['\\mathbb{E}', false, ['AMS-Regular']],
    ['\\mathbf{r}', false, ['Main-Bold']],
    ['\\boldsymbol{\\theta}', false, ['Math-BoldItalic']],
    ['\\mathrm{KL}', false, ['Main-Regular']],
    ['\\textit{if}', false, ['Main-Italic']],
    ['\\sum_i a_i', true, ['Main-Regular', 'Math-Italic', 'Size2-Regular']],
    ['\\sum_i a_i', false, ['Main-Regular', 'Math-Italic', 'Size1-Regular']],
    ['\\left(\\frac{a}{b}\\right)', false, ['Main-Regular', 'Math-Italic', 'Size1-Regular']],
    ['\\Bigg(', false, ['Size4-Regular']],
  ] as const)('%s (display %s) draws with %j', (tex, display, expected) => {
    expect(katexFontFiles(typeset(tex, display))).toEqual(expected);
  });

  it('ignores the MathML copy and text outside KaTeX output', () => {
    const tree = fromHtml(`<p>plain text</p><math><mi>x</mi></math>`, { fragment: true }) as HastNode;
    expect(katexFontFiles(tree)).toEqual([]);
  });

  it('names only files KaTeX ships, sorted and without repeats', () => {
    const files = katexFontFiles(typeset('x + \\mathcal{D} + \\mathbb{E}[x] + \\mathfrak{g} + \\mathtt{a} + \\mathsf{b} + \\mathscr{L} + x'));
    expect(files).toEqual([...new Set(files)].sort());
    for (const file of files) expect(KATEX_FONT_FILES).toContain(file);
  });
});
