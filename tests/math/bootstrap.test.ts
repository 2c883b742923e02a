import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bootstrapGroupMeans, bootstrapInterval, combineGroupMeans, bootstrapWeightedMeans, percentile, percentileInterval } from '../../src/math/bootstrap.ts';
import { numpyRandom } from '../../src/math/random.ts';

const X = [1, 0, 1, 1, 0, 1, 1, 1, 0, 1];

describe('percentile(values, q)', () => {
  it('matches np.percentile (linear interpolation)', () => {
    // numpy 2.4: np.percentile([3.5, 1, 2, 10, 4], [0, 10, 37.5, 90, 100]) → [1.0, 1.4, 2.75, 7.6, 10.0]
    const values = [3.5, 1, 2, 10, 4];
    expect([0, 10, 37.5, 90, 100].map((q) => percentile(values, q))).toEqual([1, 1.4, 2.75, expect.closeTo(7.6, 12), 10]);
    expect(percentile([5], 50)).toBe(5);
  });

  it('rejects bad arguments with a RangeError naming them', () => {
    expect(() => percentile([], 50)).toThrow(/values/);
    expect(() => percentile([1, Number.NaN], 50)).toThrow(/values\[1\]/);
    expect(() => percentile([1, 2], 101)).toThrow(/q/);
  });
});

describe('bootstrapWeightedMeans(groups, weights, resamples, rng)', () => {
  it('reproduces numpy’s legacy stream exactly (the generator is numpy’s MT19937)', () => {
    // numpy 2.4: np.random.seed(7); [x[np.random.randint(0, 10, 10)].mean() for _ in range(5)]
    expect(Array.from(bootstrapWeightedMeans([X], [1], 5, numpyRandom(7)))).toEqual([0.8, 0.8, 0.7, 0.8, 0.9]);
    // numpy 2.4: np.random.seed(11); per replicate, per group g: g[np.random.randint(0, n_g, n_g)].mean(),
    // combined as (1·m0 + 1·m1 + 2·m2) / 4
    const groups = [[1, 1, 0, 1], [0, 0, 1], [1, 0, 1, 1, 1, 0]];
    const got = Array.from(bootstrapWeightedMeans(groups, [1, 1, 2], 4, numpyRandom(11)));
    [0.5833333333333333, 0.5833333333333333, 0.75, 0.6875].forEach((v, i) => expect(got[i]).toBeCloseTo(v, 12));
  });

  it('has the closed-form mean x̄ and variance σ̂²/n of the bootstrap distribution of a mean', () => {
    // Exact bootstrap moments of a mean: E*[x̄*] = x̄ and Var*[x̄*] = (1/n)·(1/n)Σ(x − x̄)² = 0.21/10 = 0.021 for X.
    // 20000 replicates estimate them to about 1 % (a fixed seed, so this check is deterministic).
    const r = bootstrapWeightedMeans([X], [1], 20000, numpyRandom(5));
    const mean = r.reduce((s, v) => s + v, 0) / r.length;
    const variance = r.reduce((s, v) => s + (v - mean) ** 2, 0) / r.length;
    expect(mean).toBeCloseTo(0.7, 2);
    expect(variance / 0.021).toBeGreaterThan(0.95);
    expect(variance / 0.021).toBeLessThan(1.05);
  });

  it('stays within the range of the data and is constant on constant data (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 1, maxLength: 30 }), fc.nat(1000), (x, seed) => {
        const r = bootstrapWeightedMeans([x], [1], 20, numpyRandom(seed));
        const lo = Math.min(...x);
        const hi = Math.max(...x);
        return r.every((v) => v >= lo && v <= hi);
      }),
    );
    expect(Array.from(bootstrapWeightedMeans([[0.3, 0.3, 0.3]], [1], 4, numpyRandom(1)))).toEqual([0.3, 0.3, 0.3, 0.3].map(() => expect.closeTo(0.3, 15)));
  });

  it('rejects bad arguments with a RangeError naming them', () => {
    const rng = numpyRandom(0);
    expect(() => bootstrapWeightedMeans([], [], 10, rng)).toThrow(/groups/);
    expect(() => bootstrapWeightedMeans([[]], [1], 10, rng)).toThrow(/groups\[0\]/);
    expect(() => bootstrapWeightedMeans([[1]], [1, 2], 10, rng)).toThrow(/weights/);
    expect(() => bootstrapWeightedMeans([[1]], [-1], 10, rng)).toThrow(/weights\[0\]/);
    expect(() => bootstrapWeightedMeans([[1]], [0], 10, rng)).toThrow(/weights/);
    expect(() => bootstrapWeightedMeans([[1]], [1], 0, rng)).toThrow(/resamples/);
  });
});

describe('bootstrapInterval(groups, weights, level, resamples, rng)', () => {
  it('matches numpy: the 2.5th and 97.5th percentiles of 2000 replicates', () => {
    // numpy 2.4: np.random.seed(3); r = [X[np.random.randint(0, 10, 10)].mean() for _ in range(2000)];
    // np.percentile(r, [2.5, 97.5]) → [0.4, 1.0]
    const ci = bootstrapInterval([X], [1], 0.95, 2000, numpyRandom(3));
    expect(ci.estimate).toBeCloseTo(0.7, 12);
    expect(ci.lower).toBeCloseTo(0.4, 12);
    expect(ci.upper).toBeCloseTo(1, 12);
  });

  it('narrows as the level falls (property: nested intervals from the same replicates)', () => {
    const wide = bootstrapInterval([X], [1], 0.95, 500, numpyRandom(9));
    const narrow = bootstrapInterval([X], [1], 0.5, 500, numpyRandom(9));
    expect(narrow.lower).toBeGreaterThanOrEqual(wide.lower);
    expect(narrow.upper).toBeLessThanOrEqual(wide.upper);
    expect(narrow.upper - narrow.lower).toBeLessThan(wide.upper - wide.lower);
  });

  it('rejects a level outside (0, 1)', () => {
    expect(() => bootstrapInterval([X], [1], 1, 10, numpyRandom(0))).toThrow(/level/);
    expect(() => bootstrapInterval([X], [1], 0, 10, numpyRandom(0))).toThrow(/level/);
  });
});

describe('bootstrapGroupMeans(groups, resamples, rng)', () => {
  it('gives each group’s replicate means, from the same draws as bootstrapWeightedMeans', () => {
    const groups = [[1, 1, 0, 1], [0, 0, 1], [1, 0, 1, 1, 1, 0]];
    const means = bootstrapGroupMeans(groups, 4, numpyRandom(11));
    const weighted = bootstrapWeightedMeans(groups, [1, 1, 2], 4, numpyRandom(11));
    for (let r = 0; r < 4; r++) {
      const m = means.map((g) => g[r] as number);
      expect(weighted[r]).toBeCloseTo((m[0]! + m[1]! + 2 * m[2]!) / 4, 14);
    }
    expect(means.map((g) => g.length)).toEqual([4, 4, 4]);
  });
});

describe('percentileInterval(estimate, replicates, level)', () => {
  it('takes the (1 − c)/2 and (1 + c)/2 percentiles', () => {
    // np.percentile([0.2, 0.4, 0.5, 0.6, 0.8], [25, 75]) → [0.4, 0.6]
    expect(percentileInterval(0.5, [0.8, 0.2, 0.5, 0.6, 0.4], 0.5)).toEqual({ estimate: 0.5, lower: 0.4, upper: 0.6 });
    expect(() => percentileInterval(Number.NaN, [1], 0.5)).toThrow(/estimate/);
    expect(() => percentileInterval(0.5, [1], 1)).toThrow(/level/);
  });
});

describe('combineGroupMeans(groupMeans, weights)', () => {
  it('weights each replicate’s group means', () => {
    // (1·1 + 3·0)/4 = 0.25 and (1·0.5 + 3·0.5)/4 = 0.5
    expect(Array.from(combineGroupMeans([[1, 0.5], [0, 0.5]], [1, 3]))).toEqual([0.25, 0.5]);
    expect(() => combineGroupMeans([[1, 0.5], [0]], [1, 1])).toThrow(/groupMeans\[1\]/);
    expect(() => combineGroupMeans([[1]], [0])).toThrow(/weights/);
  });
});
