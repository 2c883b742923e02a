import { describe, expect, it } from 'vitest';
import { escapeHtml, inlineMathHtml, mathmlHtml } from '../../src/course/inline-math';

describe('inlineMathHtml(text)', () => {
  it('typesets $…$ spans with MathML and escapes the rest', () => {
    const html = inlineMathHtml('Derive $\\sigma(r_w - r_l)$ <b>now</b>');
    expect(html).toContain('<span class="katex po-mathml"><math');
    expect(html).toContain('<math');
    expect(html).toContain('&#60;b&#62;now&#60;/b&#62;');
    expect(html).not.toContain('<b>');
  });

  it('leaves text without math as escaped text', () => {
    expect(inlineMathHtml('costs 5 & more')).toBe('costs 5 &#38; more');
  });

  it('fails loudly on invalid TeX instead of printing it raw', () => {
    expect(() => inlineMathHtml('bad $\\frac{1$')).toThrow();
  });
});

describe('mathmlHtml(tex)', () => {
  it('gives MathML alone, in KaTeX\'s wrapper marked po-mathml (the text\'s font, global.css)', () => {
    const html = mathmlHtml('\\pi_\\theta');
    expect(html.startsWith('<span class="katex po-mathml"><math')).toBe(true);
    expect(html).toContain('<annotation encoding="application/x-tex">\\pi_\\theta</annotation>');
    expect(html).not.toContain('katex-html');
  });

  it('throws on invalid TeX', () => {
    expect(() => mathmlHtml('\\frac{1')).toThrow();
  });
});

describe('escapeHtml(text)', () => {
  it('escapes all five significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });
});
