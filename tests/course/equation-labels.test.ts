/**
 * Tests of src/course/equation-labels.ts: reading a display equation's \label, an inline \eqref, and the TeX a
 * reader copies (the course's \sym / \val macros replaced by their content).
 */
import { describe, expect, it } from 'vitest';

import { equationAnchor, equationLabel, equationReference, portableTex } from '../../src/course/equation-labels.ts';

describe('equationLabel(tex)', () => {
  it('reads the name and removes the label from the TeX', () => {
    expect(equationLabel('\\mathcal L = -\\log\\sigma(\\Delta). \\label{bt-loss}')).toEqual({ name: 'bt-loss', tex: '\\mathcal L = -\\log\\sigma(\\Delta).' });
    expect(equationLabel('a \\label{ x2 } = b')).toEqual({ name: 'x2', tex: 'a  = b' });
  });

  it('is null without a label', () => {
    expect(equationLabel('x^2 + \\tag{1}')).toBeNull();
  });

  it.each([
    ['a malformed name', 'x \\label{Bt_loss}', /\\label\{Bt_loss\}: the name must be lowercase/],
    ['a name starting with a digit', 'x \\label{2x}', /\\label\{2x\}/],
    ['two labels', 'x \\label{a} \\label{b}', /one \\label, this one has 2/],
    ['its own \\tag', 'x \\tag{7} \\label{a}', /sets its own \\tag/],
  ])('rejects %s with a RangeError naming the label', (_, tex, message) => {
    expect(() => equationLabel(tex)).toThrow(RangeError);
    expect(() => equationLabel(tex)).toThrow(message);
  });
});

describe('equationReference(tex)', () => {
  it('reads an inline formula that is only \\eqref{name}', () => {
    expect(equationReference(' \\eqref{bt-loss} ')).toBe('bt-loss');
  });

  it('is null for anything else', () => {
    expect(equationReference('\\eqref{a} + 1')).toBeNull();
    expect(equationReference('x')).toBeNull();
  });
});

describe('equationAnchor(name)', () => {
  it('prefixes eq-', () => {
    expect(equationAnchor('dpo-loss')).toBe('eq-dpo-loss');
  });
});

describe('portableTex(tex)', () => {
  it('replaces \\sym and \\val by their content', () => {
    expect(portableTex('\\sigma(-\\sym{beta}{\\beta}\\Delta) = \\val{dpo-weight-1}{0.4651}')).toBe('\\sigma(-\\beta\\Delta) = 0.4651');
  });

  it('keeps the braces of a control word followed by a letter', () => {
    expect(portableTex('\\sym{beta}{\\beta}x + \\sym{m}{m}_i')).toBe('{\\beta}x + m_i');
  });

  it('leaves TeX without marks unchanged', () => {
    expect(portableTex('\\frac{a}{b}')).toBe('\\frac{a}{b}');
  });
});
