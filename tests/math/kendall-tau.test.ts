import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kendallPairCounts, kendallTau } from '../../src/math/kendall-tau.ts';

describe('kendallTau(x, y)', () => {
  it('matches scipy.stats.kendalltau (τ-b)', () => {
    // scipy 1.x: kendalltau([1, 2, 3], [3, 1, 2]) → -0.33333333333333337
    expect(kendallTau([1, 2, 3], [3, 1, 2])).toBeCloseTo(-1 / 3, 15);
    // with ties: kendalltau([1, 2, 2, 3], [1, 3, 2, 4]) → 0.912870929175277 (= 5/√30)
    expect(kendallTau([1, 2, 2, 3], [1, 3, 2, 4])).toBeCloseTo(0.912870929175277, 14);
    // ties in both, and one pair tied in both: kendalltau([1, 1, 2, 2, 3, 0.5], [1, 1, 2, 3, 3, 2]) → 0.5604485383178051
    expect(kendallTau([1, 1, 2, 2, 3, 0.5], [1, 1, 2, 3, 3, 2])).toBeCloseTo(0.5604485383178051, 14);
  });
  it('is symmetric in x and y and lies in [−1, 1] (property)', () => {
    const list = fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 8, maxLength: 8 });
    fc.assert(
      fc.property(list, list, (x, y) => {
        if (new Set(x).size < 2 || new Set(y).size < 2) return true;
        const tau = kendallTau(x, y);
        return Math.abs(tau - kendallTau(y, x)) < 1e-15 && tau >= -1 - 1e-15 && tau <= 1 + 1e-15;
      }),
    );
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

describe('kendallPairCounts(x, y)', () => {
  it('counts concordant, discordant and tied pairs (brute force in python3 over itertools.combinations)', () => {
    // x = [1, 1, 2, 2, 3, 0.5], y = [1, 1, 2, 3, 3, 2]: 9 concordant, 2 discordant, 2 tied in x, 3 in y, 1 in both.
    expect(kendallPairCounts([1, 1, 2, 2, 3, 0.5], [1, 1, 2, 3, 3, 2])).toEqual({ pairs: 15, concordant: 9, discordant: 2, tiedX: 2, tiedY: 3, tiedBoth: 1 });
    expect(kendallPairCounts([1, 2, 2, 3], [1, 3, 2, 4])).toEqual({ pairs: 6, concordant: 5, discordant: 0, tiedX: 1, tiedY: 0, tiedBoth: 0 });
  });
  it('accounts for every pair once: n_c + n_d + n_x + n_y − n_xy = n(n − 1)/2 (property)', () => {
    const list = fc.array(fc.integer({ min: -2, max: 2 }), { minLength: 2, maxLength: 12 });
    fc.assert(
      fc.property(list, list, (a, b) => {
        const n = Math.min(a.length, b.length);
        const c = kendallPairCounts(a.slice(0, n), b.slice(0, n));
        return c.pairs === (n * (n - 1)) / 2 && c.concordant + c.discordant + c.tiedX + c.tiedY - c.tiedBoth === c.pairs;
      }),
    );
  });
  it('rejects short, unequal or non-finite input', () => {
    expect(() => kendallPairCounts([1], [1])).toThrow(/^x must be/);
    expect(() => kendallPairCounts([1, Infinity], [1, 2])).toThrow(/^x\[1\] must be/);
  });
});
