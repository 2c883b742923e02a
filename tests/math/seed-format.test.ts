import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFixed, formatNumpyArray, numpyRound } from '../../src/math/seed-format.ts';

describe('formatFixed(x, digits)', () => {
  it('matches Python f-strings (values printed by CPython)', () => {
    expect(formatFixed(0.84, 3)).toBe('0.840');
    expect(formatFixed(0.6328216635218521, 3)).toBe('0.633');
    expect(formatFixed(0.4997938502, 4)).toBe('0.4998');
    expect(formatFixed(0.125, 2)).toBe('0.12'); // Python: tie to even; JS toFixed gives '0.13'
    expect(formatFixed(0.375, 2)).toBe('0.38');
    expect(formatFixed(2.5, 0)).toBe('2');
    expect(formatFixed(-0.0001, 3)).toBe('-0.000');
    expect(formatFixed(1e21, 1)).toBe('1000000000000000000000.0');
    expect(formatFixed(5e-324, 3)).toBe('0.000');
    expect(formatFixed(Number.NaN, 2)).toBe('nan');
    expect(formatFixed(-Infinity, 2)).toBe('-inf');
  });
  it('agrees with toFixed away from exact ties', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 12 }), (x, d) => {
        const s = formatFixed(x, d);
        const t = x.toFixed(d);
        return s === t || s === `-${t}` || Math.abs(Number(s) - Number(t)) <= 10 ** -d * 1.0000001;
      }),
    );
  });
});

describe('numpyRound(x, decimals)', () => {
  it('is rint(x·10^d)/10^d like np.round', () => {
    expect(numpyRound(0.8581489350995123, 3)).toBe(0.858);
    expect(numpyRound(0.1 * (0.4 - 0.5), 3)).toBe(-0.01); // numpy: -0.01
    expect(numpyRound(2.5, 0)).toBe(2);
    expect(numpyRound(3.5, 0)).toBe(4);
    expect(numpyRound(-2.5, 0)).toBe(-2);
    expect(numpyRound(0.0125, 3)).toBe(0.012); // numpy: 0.0125·1000 rounds to exactly 12.5, and rint(12.5) = 12
  });
});

describe('formatNumpyArray(values, precision)', () => {
  it('reproduces numpy’s default array printing (outputs of numpy 2.4.6)', () => {
    expect(formatNumpyArray([0.858, 0.574, 0.646, 0.426])).toBe('[0.858 0.574 0.646 0.426]');
    expect(formatNumpyArray([0.14, 0.07, -0.01, 0.15])).toBe('[ 0.14  0.07 -0.01  0.15]');
    expect(formatNumpyArray([0.5, 0.25, 1])).toBe('[0.5  0.25 1.  ]');
    expect(formatNumpyArray([1, 2])).toBe('[1. 2.]');
    expect(formatNumpyArray([12.5, -3])).toBe('[12.5 -3. ]');
    expect(formatNumpyArray([1 / 3])).toBe('[0.33333333]');
    expect(formatNumpyArray([])).toBe('[]');
  });
});
