import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearRankingAccuracy } from '../../src/math/linear-ranking-accuracy.ts';

/** The toy world's feature covariance at ρ = 0.5 (src/math/world/feature-covariance.ts). */
const SIGMA = [
  [1, 0, 0.5],
  [0, 1, 0],
  [0.5, 0, 1],
];
const GOLD = [1, 0.5, 0];

describe('linearRankingAccuracy(weights, goldWeights, covariance)', () => {
  it('matches the bivariate normal orthant probability from scipy', () => {
    // scipy 1.17: c = θᵀΣw/√(θᵀΣθ·wᵀΣw); 2·multivariate_normal([0, 0], [[1, c], [c, 1]]).cdf([0, 0])
    // θ = (1, 0.3, 0.4) → 0.8891933607084535 (a Monte Carlo of 400 000 Gaussian pairs gives 0.88957)
    expect(linearRankingAccuracy([1, 0.3, 0.4], GOLD, SIGMA)).toBeCloseTo(0.8891933607084535, 7);
    // θ = (−0.2, 1, 0.1) → 0.5998125442383703
    expect(linearRankingAccuracy([-0.2, 1, 0.1], GOLD, SIGMA)).toBeCloseTo(0.5998125442383703, 7);
    // Σ = I, 45° apart → 0.75 exactly
    expect(linearRankingAccuracy([1, 1], [1, 0], [[1, 0], [0, 1]])).toBeCloseTo(0.75, 15);
  });
  it('is 1 for the gold direction, 0 for its reverse, and ½ at a right angle', () => {
    expect(linearRankingAccuracy(GOLD, GOLD, SIGMA)).toBeCloseTo(1, 7);
    expect(linearRankingAccuracy([-2, -1, 0], GOLD, SIGMA)).toBeCloseTo(0, 7);
    expect(linearRankingAccuracy([0, 1], [1, 0], [[1, 0], [0, 1]])).toBe(0.5);
  });
  it('depends only on the direction of the weights', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 3, maxLength: 3 }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (theta, s) => {
          if (theta.every((t) => Math.abs(t) < 1e-3)) return;
          const a = linearRankingAccuracy(theta, GOLD, SIGMA);
          expect(a).toBeGreaterThanOrEqual(0);
          expect(a).toBeLessThanOrEqual(1);
          expect(linearRankingAccuracy(theta.map((t) => s * t), GOLD, SIGMA)).toBeCloseTo(a, 9);
          expect(linearRankingAccuracy(theta.map((t) => -t), GOLD, SIGMA)).toBeCloseTo(1 - a, 9);
        },
      ),
    );
  });
  it('counts the all-ties model θ = 0 as wrong', () => {
    expect(linearRankingAccuracy([0, 0, 0], GOLD, SIGMA)).toBe(0);
  });
  it('rejects mismatched lengths, bad matrices and a constant gold reward', () => {
    expect(() => linearRankingAccuracy([1, 0], GOLD, SIGMA)).toThrow(/weights and goldWeights must have the same length/);
    expect(() => linearRankingAccuracy([1, 0, 0], GOLD, [[1, 0, 0]])).toThrow(/^covariance must be/);
    expect(() => linearRankingAccuracy([1, 0, 0], GOLD, [[1, 0, 0], [0, 1, 0], [0.4, 0, 1]])).toThrow(/^covariance must be a symmetric/);
    expect(() => linearRankingAccuracy([1, 0, 0], [0, 0, 0], SIGMA)).toThrow(/^goldWeights must be/);
    expect(() => linearRankingAccuracy([1, Number.NaN, 0], GOLD, SIGMA)).toThrow(/^weights\[1\] must be/);
  });
});
