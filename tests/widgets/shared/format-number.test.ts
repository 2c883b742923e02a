import { describe, expect, it } from 'vitest';
import { formatFixed, formatParameter } from '../../../src/widgets/shared/format-number.ts';

describe('formatFixed(value, digits)', () => {
  it('rounds to fixed decimals (seed Bradley–Terry mean loss 0.499794 → 0.4998)', () => {
    expect(formatFixed(0.499794, 4)).toBe('0.4998');
    expect(formatFixed(0.858149, 3)).toBe('0.858');
  });
  it('writes negatives with U+2212 and never shows −0', () => {
    expect(formatFixed(-0.01, 3)).toBe('\u22120.010');
    expect(formatFixed(-0.00001, 3)).toBe('0.000');
    expect(formatFixed(-0, 2)).toBe('0.00');
  });
  it('switches to exponent notation from a million and spells out non-finite values', () => {
    expect(formatFixed(1234567, 2)).toBe('1.23e+6');
    expect(formatFixed(Number.POSITIVE_INFINITY, 2)).toBe('∞');
    expect(formatFixed(Number.NaN, 2)).toBe('NaN');
  });
});

describe('formatParameter(value, significant)', () => {
  it('keeps short values and trims to 3 significant digits', () => {
    expect(formatParameter(0.1)).toBe('0.1');
    expect(formatParameter(0.1122018454)).toBe('0.112');
    expect(formatParameter(1)).toBe('1');
    expect(formatParameter(-2)).toBe('\u22122');
    expect(formatParameter(0.12345, 4)).toBe('0.1235');
  });
});
