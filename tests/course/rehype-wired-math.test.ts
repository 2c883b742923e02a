/**
 * The build step of the \sym / \val convention (src/course/rehype-wired-math.ts), run on MDX the way the site's
 * processor runs it: a bad mark, an untrusted command, a mark outside a scope or one the scope's widget does not
 * know fails the compile with the page and the macro named. Expected numbers are the `dpo-loss` widget's for its
 * default state (its table: u = 0.140, weight 0.4651 for pair 1; src/widgets/dpo-loss/model.ts).
 */
import { compile } from '@mdx-js/mdx';
import remarkMath from 'remark-math';
import { describe, expect, it } from 'vitest';
import rehypeWiredMath from '../../src/course/rehype-wired-math';

const PAGE = 'content/chapter-9/example.mdx';

async function build(body: string): Promise<string> {
  const output = await compile(
    { path: PAGE, value: body },
    { remarkPlugins: [remarkMath], rehypePlugins: [[rehypeWiredMath, {}]], jsx: true },
  );
  return String(output);
}

const scoped = (math: string) => `<WidgetScope widget="dpo-loss">\n\n${math}\n\n<Widget id="dpo-loss" />\n\n</WidgetScope>\n`;

describe('rehypeWiredMath(options)', () => {
  it('marks symbols and values, gives the MathML number its data-val, and writes a "where:" legend', async () => {
    const out = await build(scoped('$$\n\\sigma(-\\sym{beta}{\\beta}\\sym{delta}{\\Delta}) = \\val{dpo-weight-1}{0.4651}\n$$'));
    expect(out).toContain('data-sym="beta"');
    expect(out).toMatch(/"--po-sym": "var\(--po-sym-beta\)"/);
    // (The compiled MDX is JSX: elements are `_components.<tag>`, text is `{"…"}`.)
    expect(out).toMatch(/mn data-val="dpo-weight-1">\{"0\.4651"\}/);
    expect(out).toMatch(/span className="enclosing" data-val="dpo-weight-1" style=\{\{\s*minInlineSize: "\d+ch"\s*\}\}><_components\.span className="mord">\{"0\.4651"\}/);
    // The TeX annotation keeps the number as written.
    expect(out).toContain('\\val{dpo-weight-1}{0.4651}');
    expect(out).toMatch(/className="po-where"/);
    expect(out).toMatch(/data-po-sym-ref="beta"[^>]*>.*β.*: KL coefficient.*, now .*data-val="beta"[^>]*>\{"0\.1"\}/s);
    expect(out).toMatch(/data-po-sym-ref="delta"/);
  });

  it('reserves a \\val the width of its widest value over the widget\'s range (β: "0.1" now, up to "0.0133" on its log slider), in KaTeX\'s HTML only', async () => {
    const out = await build(scoped('$\\val{beta}{0.1}$'));
    expect(out).toMatch(/span className="enclosing" data-val="beta" style=\{\{\s*minInlineSize: "6ch"\s*\}\}>/);
    expect(out).toMatch(/mn data-val="beta">/);
  });

  it('writes a negative \\val with a true minus sign', async () => {
    const out = await build(scoped('$\\val{u-3}{-0.010}$'));
    expect(out).toContain('mn data-val="u-3">{"\u22120.010"}');
  });

  it.each([
    ['a bad name', '$\\sym{Beta}{\\beta}$', /content\/chapter-9\/example\.mdx: \\sym\{Beta\}\{\\beta\}: the name must match/],
    ['a \\val that is not a number', '$\\val{beta}{\\beta}$', /example\.mdx: \\val\{beta\}\{\\beta\}: a \\val holds a plain number/],
    ['an untrusted command', '$\\htmlClass{x}{y}$', /example\.mdx: \\htmlClass is not allowed/],
    ['a raw \\htmlData with another attribute', '$\\htmlData{onclick=x}{y}$', /example\.mdx: \\htmlData\{data-onclick=x\} is not allowed/],
    ['a symbol the widget does not have', '$\\sym{gamma}{\\gamma}$', /example\.mdx: \\sym\{gamma\}: widget "dpo-loss" has no symbol "gamma"/],
    ['a value the widget does not have', '$\\val{gamma}{1}$', /example\.mdx: \\val\{gamma\}: widget "dpo-loss" has no value "gamma"/],
    ['a value that is not the widget\'s number', '$\\val{beta}{0.2}$', /example\.mdx: \\val\{beta\}\{0\.2\}: widget "dpo-loss" shows 0\.1/],
    ['any KaTeX error', '$\\frac{1$', /example\.mdx: KaTeX parse error/],
  ])('fails on %s, naming the page and the macro', async (_, math, message) => {
    await expect(build(scoped(math))).rejects.toThrow(message);
  });

  it('fails on a mark outside a <WidgetScope>', async () => {
    await expect(build('$\\sym{beta}{\\beta}$\n\n<Widget id="dpo-loss" />\n')).rejects.toThrow(/example\.mdx: \\sym\{beta\} is outside a <WidgetScope/);
  });

  it('fails when the scope\'s widget is not on the page', async () => {
    await expect(build('<WidgetScope widget="dpo-loss">\n\n$\\sym{beta}{\\beta}$\n\n</WidgetScope>\n')).rejects.toThrow(
      /example\.mdx: \\sym\{beta\}: the page has no <Widget id="dpo-loss" \/>/,
    );
  });

  it('checks values against the state the page gives the widget', async () => {
    const page = '<WidgetScope widget="dpo-loss">\n\n$\\val{beta}{0.2}$\n\n<Widget id="dpo-loss" beta="0.2" />\n\n</WidgetScope>\n';
    await expect(build(page)).resolves.toContain('data-val="beta"');
  });

  it('leaves math without marks as rehype-katex renders it', async () => {
    const out = await build('$$\n\\sigma(m)\n$$\n');
    expect(out).toContain('katex-display');
    expect(out).not.toContain('po-where');
  });
});

describe('rehypeWiredMath(options) and KaTeX number merging', () => {
  it('fails on a \\val followed by a period, which KaTeX would merge into the number, naming it', async () => {
    await expect(build(scoped('$$\n\\val{beta}{0.1}.\n$$'))).rejects.toThrow(/example\.mdx: \\val\{beta\}\{0\.1\}: its number touches other digits or a point/);
  });
});
