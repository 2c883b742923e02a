import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kendallTau } from '../../src/math/kendall-tau.ts';

describe('kendallTau(x, y)', () => {
  it('matches scipy.stats.kendalltau (τ-b)', () => {
    // scipy 1.x: kendalltau([1, 2, 3], [3, 1, 2]) → -0.33333333333333337
    expect(kendallTau([1, 2, 3], [3, 1, 2])).toBeCloseTo(-1 / 3, 15);
    // with ties: kendalltau([1, 2, 2, 3], [1, 3, 2, 4]) → 0.912870929175277 (= 5/√30)
    expect(kendallTau([1, 2, 2, 3], [1, 3, 2, 4])).toBeCloseTo(0.912870929175277, 14);
  });
  it('is 1 for the same order, −1 for the reverse, and invariant to monotone maps', () => {
    expect(kendallTau([1, 2, 3, 4], [10, 20, 30, 40])).toBe(1);
    expect(kendallTau([1, 2, 3, 4], [4, 3, 2, 1])).toBe(-1);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 3, maxLength: 20 }), fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 3, maxLength: 20 }), (a, b) => {
        const n = Math.min(a.length, b.length);
        const x = a.slice(0, n);
        const y = b.slice(0, n);
        if (new Set(x).size < 2 || new Set(y).size < 2) return true;
        return Math.abs(kendallTau(x, y) - kendallTau(x.map(Math.exp), y.map((v) => v * 3 + 1))) < 1e-12;
      }),
    );
  });
  it('rejects constant rankings, short or unequal arrays and non-finite entries', () => {
    expect(() => kendallTau([1, 1, 1], [1, 2, 3])).toThrow(RangeError);
    expect(() => kendallTau([1], [1])).toThrow(/^x must be/);
    expect(() => kendallTau([1, 2], [1, 2, 3])).toThrow(/x and y must have the same length/);
    expect(() => kendallTau([1, NaN], [1, 2])).toThrow(/^x\[1\] must be/);
  });
});
