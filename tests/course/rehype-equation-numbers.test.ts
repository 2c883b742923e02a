/**
 * The numbered equations' build step (src/course/rehype-equation-numbers.ts), run on MDX the way the site's
 * processor runs it, with the typesetting plugin between the two: labels become numbers in page order, \eqref's
 * become links, each numbered equation gets its id and its link-and-copy line, and bad labels fail the compile
 * with the page named.
 */
import { compile } from '@mdx-js/mdx';
import remarkMath from 'remark-math';
import { describe, expect, it } from 'vitest';

import { rehypeEquationAnchors, rehypeEquationLabels } from '../../src/course/rehype-equation-numbers.ts';
import rehypeWiredMath from '../../src/course/rehype-wired-math.ts';

const PAGE = 'content/chapter-9/example.mdx';

async function build(body: string): Promise<string> {
  const output = await compile(
    { path: PAGE, value: body },
    { remarkPlugins: [remarkMath], rehypePlugins: [rehypeEquationLabels, [rehypeWiredMath, {}], rehypeEquationAnchors], jsx: true },
  );
  return String(output);
}

describe('rehypeEquationLabels() and rehypeEquationAnchors()', () => {
  it('numbers labelled equations in page order, links \\eqref (also before its equation) and writes the copy line', async () => {
    const out = await build(
      'See $\\eqref{second}$.\n\n$$\na = 1 \\label{first}\n$$\n\n$$\nb = 2\n$$\n\n$$\nc = 3 \\label{second}\n$$\n\nBy $\\eqref{first}$.\n',
    );
    expect(out).toMatch(/<_components\.a href="#eq-second" className="eqref">\{"\(2\)"\}/);
    expect(out).toMatch(/<_components\.a href="#eq-first" className="eqref">\{"\(1\)"\}/);
    expect(out).toMatch(/className="katex-display" id="eq-first"/);
    expect(out).toMatch(/className="katex-display" id="eq-second"/);
    // The unlabelled equation has no number and no id.
    expect(out.match(/className="katex-display"/g)).toHaveLength(3);
    expect(out.match(/className="katex-tag"/g)).toHaveLength(2);
    expect(out).toMatch(/className="equation-tools"><_components\.a href="#eq-first" className="equation-link">\{"Equation \(1\)"\}/);
    expect(out).toContain('data-copy-tex="a = 1"');
    expect(out).toContain('aria-label="Copy LaTeX of equation (2)"');
  });

  it('copies the TeX without the course\'s macros and puts the line after the "where:" legend', async () => {
    const out = await build(
      '<WidgetScope widget="dpo-loss">\n\n$$\n\\ell = -\\log\\sigma(\\sym{beta}{\\beta}\\,\\sym{delta}{\\Delta}) \\label{loss}\n$$\n\n<Widget id="dpo-loss" />\n\n</WidgetScope>\n',
    );
    expect(out).toContain('data-copy-tex="\\ell = -\\log\\sigma(\\beta\\,\\Delta)"');
    expect(out.indexOf('po-where')).toBeGreaterThan(0);
    expect(out.indexOf('equation-tools')).toBeGreaterThan(out.indexOf('po-where'));
  });

  it.each([
    ['an \\eqref to no label', '$$\na \\label{x}\n$$\n\nSee $\\eqref{y}$.\n', /example\.mdx: \\eqref\{y\} refers to no \\label of this page \(its labels: x\)/],
    ['a label used twice', '$$\na \\label{x}\n$$\n\n$$\nb \\label{x}\n$$\n', /example\.mdx: \\label\{x\} labels two equations/],
    ['a malformed label', '$$\na \\label{X}\n$$\n', /example\.mdx: \\label\{X\}: the name must be/],
  ])('fails the compile on %s, naming the page', async (_, body, message) => {
    await expect(build(body)).rejects.toThrow(message);
  });
});
