/**
 * The \sym / \val convention (src/course/wired-math.ts). Expected values: the KaTeX 0.19 trust context of
 * \htmlData carries the attributes with their `data-` prefix (`{ 'data-sym': 'beta' }`), as KaTeX passes them.
 */
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import {
  valText,
  WIRED_NAME,
  WiredMathError,
  wiredMarks,
  wiredMathMacros,
  wiredMathStrict,
  wiredMathTrust,
} from '../../src/course/wired-math';

const render = (tex: string) =>
  katex.renderToString(tex, { macros: { ...wiredMathMacros }, trust: wiredMathTrust, strict: wiredMathStrict, throwOnError: true });

describe('WIRED_NAME', () => {
  it('accepts lower-case kebab names up to 32 characters and nothing else', () => {
    for (const name of ['beta', 'dpo-loss-1', `a${'b'.repeat(31)}`]) expect(WIRED_NAME.test(name), name).toBe(true);
    for (const name of ['Beta', '1beta', '-beta', 'be_ta', 'beta value', `a${'b'.repeat(32)}`, '']) expect(WIRED_NAME.test(name), name).toBe(false);
  });
});

describe('wiredMathTrust(context)', () => {
  it('trusts \\htmlData with one data-sym or data-val name', () => {
    expect(wiredMathTrust({ command: '\\htmlData', attributes: { 'data-sym': 'beta' } })).toBe(true);
    expect(wiredMathTrust({ command: '\\htmlData', attributes: { 'data-val': 'dpo-loss-1' } })).toBe(true);
  });

  it('rejects other attributes, several attributes, bad names and every other command, naming them', () => {
    expect(() => wiredMathTrust({ command: '\\htmlData', attributes: { 'data-sym': 'beta', 'data-x': 'y' } })).toThrow(/data-sym=beta,data-x=y/);
    expect(() => wiredMathTrust({ command: '\\htmlData', attributes: { 'data-foo': 'beta' } })).toThrow(WiredMathError);
    expect(() => wiredMathTrust({ command: '\\htmlData', attributes: { 'data-sym': 'Beta' } })).toThrow(/\\sym\{Beta\}/);
    expect(() => wiredMathTrust({ command: '\\htmlClass', class: 'x' })).toThrow(/\\htmlClass is not allowed/);
    expect(() => wiredMathTrust({ command: '\\href', url: 'javascript:alert(1)' })).toThrow(/\\href is not allowed/);
  });
});

describe('wiredMathStrict(errorCode)', () => {
  it('ignores only the HTML extension', () => {
    expect(wiredMathStrict('htmlExtension')).toBe('ignore');
    expect(wiredMathStrict('unicodeTextInMathMode')).toBe('error');
  });
});

describe('the macros rendered by KaTeX', () => {
  it('put data-sym and data-val on spans of the HTML', () => {
    const html = render('\\sigma(-\\sym{beta}{\\beta} \\cdot \\val{delta-1}{1.40})');
    expect(html).toMatch(/<span class="enclosing" data-sym="beta">/);
    expect(html).toMatch(/<span class="enclosing" data-val="delta-1"><span class="mord">1.40<\/span><\/span>/);
  });

  it('throw on a name the trust function rejects, and on an extra attribute smuggled through a name', () => {
    expect(() => render('\\sym{Beta}{\\beta}')).toThrow(WiredMathError);
    expect(() => render('\\sym{beta,onclick=alert(1)}{\\beta}')).toThrow(WiredMathError);
    expect(() => render('\\htmlStyle{color:red}{x}')).toThrow(/\\htmlStyle is not allowed/);
  });
});

describe('wiredMarks(tex)', () => {
  it('finds each mark with its name and body, nested braces included', () => {
    const marks = wiredMarks('\\sym{beta}{\\beta} + \\val{u-1}{0.140} + \\sym {hw}{h_{w}}');
    expect(marks.map(({ macro, name, body }) => [macro, name, body])).toEqual([
      ['sym', 'beta', '\\beta'],
      ['val', 'u-1', '0.140'],
      ['sym', 'hw', 'h_{w}'],
    ]);
  });

  it('ignores other commands that start with the same letters', () => {
    expect(wiredMarks('\\symbol \\value')).toEqual([]);
  });

  it('rejects a bad name, a missing argument and a \\val that is not a number literal, naming the macro', () => {
    expect(() => wiredMarks('\\sym{Beta}{\\beta}')).toThrow(/\\sym\{Beta\}\{\\beta\}: the name must match/);
    expect(() => wiredMarks('\\sym{beta}')).toThrow(/needs two braced arguments/);
    expect(() => wiredMarks('\\val{beta}{\\beta}')).toThrow(/\\val\{beta\}\{\\beta\}: a \\val holds a plain number/);
  });
});

describe('valText(body)', () => {
  it('writes a true minus sign', () => {
    expect(valText('-0.5')).toBe('\u22120.5');
    expect(valText('0.1')).toBe('0.1');
  });
});
