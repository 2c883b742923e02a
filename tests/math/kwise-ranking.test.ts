import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankingLoss, rankingPairCount, rankingPairs } from '../../src/math/kwise-ranking.ts';
import { pairwiseLoss } from '../../src/math/bradley-terry.ts';

describe('rankingPairCount(k)', () => {
  it('is C(K, 2) (math.comb)', () => {
    expect(rankingPairCount(2)).toBe(1);
    expect(rankingPairCount(4)).toBe(6);
    expect(rankingPairCount(9)).toBe(36);
  });
  it('rejects k < 2 or non-integers with a RangeError naming k', () => {
    expect(() => rankingPairCount(1)).toThrow(/^k must be/);
    expect(() => rankingPairCount(2.5)).toThrow(RangeError);
  });
});

describe('rankingPairs(ranking)', () => {
  it('lists every (better, worse) pair of positions with weight 1/C(K, 2)', () => {
    expect(rankingPairs([2, 0, 1])).toEqual([
      { chosen: 2, rejected: 0, weight: 1 / 3 },
      { chosen: 2, rejected: 1, weight: 1 / 3 },
      { chosen: 0, rejected: 1, weight: 1 / 3 },
    ]);
  });
  it('has weights summing to 1 and C(K, 2) pairs for any ranking (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), (k) => {
        const pairs = rankingPairs(Array.from({ length: k }, (_, i) => k - 1 - i));
        expect(pairs.length).toBe((k * (k - 1)) / 2);
        expect(pairs.reduce((s, p) => s + p.weight, 0)).toBeCloseTo(1, 12);
      }),
    );
  });
  it('rejects short, repeated or non-integer rankings with a RangeError naming ranking', () => {
    expect(() => rankingPairs([0])).toThrow(/^ranking must be/);
    expect(() => rankingPairs([0, 0])).toThrow(/^ranking must be/);
    expect(() => rankingPairs([0, 1.5])).toThrow(/^ranking must be/);
    expect(() => rankingPairs([0, -1])).toThrow(/^ranking must be/);
  });
});

describe('rankingLoss(rewards, ranking)', () => {
  it('averages −log σ(r_w − r_l) over the C(K, 2) pairs (numpy: logaddexp(0, −m) summed / 6)', () => {
    expect(rankingLoss([0.3, -1.2, 2.0, 0.5], [2, 3, 0, 1])).toBeCloseTo(0.229415136, 8);
    expect(rankingLoss([0, 1, 2], [2, 1, 0])).toBeCloseTo(0.251150462, 8);
  });
  it('is the pairwise loss of 2.3 when K = 2 (against pairwiseLoss)', () => {
    expect(rankingLoss([0.7, 0.3], [0, 1])).toBeCloseTo(pairwiseLoss([0.7], [0.3]).mean, 12);
    expect(rankingLoss([0.7, 0.3], [0, 1])).toBeCloseTo(0.513015252, 8); // numpy logaddexp(0, -0.4)
  });
  it('rejects non-finite rewards and out-of-range indices with a RangeError naming the argument', () => {
    expect(() => rankingLoss([0, Number.NaN], [0, 1])).toThrow(/^rewards\[1\] must be/);
    expect(() => rankingLoss([0, 1], [0, 2])).toThrow(/^ranking must be/);
  });
});
