import { describe, expect, it } from 'vitest';
import { bestOfNKl, goldRewardBestOfN, goldRewardRl } from '../../src/math/overoptimization.ts';

describe('bestOfNKl(n)', () => {
  it.each([
    [4, 0.636294],
    [16, 1.835089],
    [64, 3.174508],
    [1024, 5.932448],
  ])('n = %i gives %f (numpy: np.log(n) - (n - 1) / n)', (n, kl) => expect(bestOfNKl(n)).toBeCloseTo(kl, 6));
  it('is 0 for n = 1', () => expect(bestOfNKl(1)).toBe(0));
  it('rejects non-integers and n < 1', () => {
    expect(() => bestOfNKl(0)).toThrow(/n must be an integer >= 1 \(received 0\)/);
    expect(() => bestOfNKl(2.5)).toThrow(RangeError);
  });
});

describe('goldRewardBestOfN(d, alpha, beta)', () => {
  it('is d(α − β d) with its peak at α/(2β)', () => {
    expect(goldRewardBestOfN(1, 1, 0.25)).toBe(0.75);
    const peak = 1 / (2 * 0.25);
    expect(goldRewardBestOfN(peak, 1, 0.25)).toBeGreaterThan(goldRewardBestOfN(peak * 1.01, 1, 0.25));
    expect(goldRewardBestOfN(peak, 1, 0.25)).toBeGreaterThan(goldRewardBestOfN(peak * 0.99, 1, 0.25));
  });
  it('rejects negative d', () => expect(() => goldRewardBestOfN(-1, 1, 1)).toThrow(/d must be a finite number >= 0/));
});

describe('goldRewardRl(d, alpha, beta)', () => {
  it('is d(α − β log d), 0 at d = 0, with its peak at e^{α/β − 1}', () => {
    expect(goldRewardRl(Math.E, 1, 0.5)).toBeCloseTo(Math.E * 0.5, 15);
    expect(goldRewardRl(0, 1, 0.5)).toBe(0);
    const peak = Math.exp(1 / 0.5 - 1);
    expect(goldRewardRl(peak, 1, 0.5)).toBeGreaterThan(goldRewardRl(peak * 1.01, 1, 0.5));
    expect(goldRewardRl(peak, 1, 0.5)).toBeGreaterThan(goldRewardRl(peak * 0.99, 1, 0.5));
  });
});
