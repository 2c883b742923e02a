import { describe, expect, it } from 'vitest';
import { pairwiseCorrect, weightedScore } from '../../src/math/reward-bench-score.ts';

describe('pairwiseCorrect(chosen, rejected, tieCredit)', () => {
  it('counts strict wins as 1 and ties as wrong by default (RewardBench, TRL)', () => {
    // REFERENCE seed values r_win = [2.1, 0.7, 1.4, 0.2], r_lose = [0.3, 0.4, 0.8, 0.5] → accuracy 0.75
    expect(Array.from(pairwiseCorrect([2.1, 0.7, 1.4, 0.2], [0.3, 0.4, 0.8, 0.5]))).toEqual([1, 1, 1, 0]);
    expect(Array.from(pairwiseCorrect([1, 1, 0], [1, 0, 1]))).toEqual([0, 1, 0]);
    expect(Array.from(pairwiseCorrect([1, 1, 0], [1, 0, 1], 0.5))).toEqual([0.5, 1, 0]);
  });

  it('rejects bad arguments with a RangeError naming them', () => {
    expect(() => pairwiseCorrect([1], [1, 2])).toThrow(/rejected/);
    expect(() => pairwiseCorrect([Number.NaN], [1])).toThrow(/chosen\[0\]/);
    expect(() => pairwiseCorrect([1], [1], 2)).toThrow(/tieCredit/);
  });
});

describe('weightedScore(accuracies, weights)', () => {
  it('weights subsets by example count (RewardBench Chat: subsets of 100, 95, 95, 28 and 40 examples, 358 in all)', () => {
    // numpy: np.average([0.9, 0.8, 0.7, 1, 0.5], weights=[100, 95, 95, 28, 40]) → 0.7835195530726257 (= 280.5/358)
    expect(weightedScore([0.9, 0.8, 0.7, 1, 0.5], [100, 95, 95, 28, 40])).toBeCloseTo(0.7835195530726257, 14);
  });

  it('gives Prior Sets half weight in the paper’s overall score', () => {
    // (0.9 + 0.6 + 0.8 + 0.7 + 0.5·0.65) / 4.5 = 3.325 / 4.5
    expect(weightedScore([0.9, 0.6, 0.8, 0.7, 0.65], [1, 1, 1, 1, 0.5])).toBeCloseTo(3.325 / 4.5, 14);
  });

  it('rejects bad arguments with a RangeError naming them', () => {
    expect(() => weightedScore([1.2], [1])).toThrow(/accuracies\[0\]/);
    expect(() => weightedScore([0.5], [1, 1])).toThrow(/weights/);
    expect(() => weightedScore([0.5], [-1])).toThrow(/weights\[0\]/);
    expect(() => weightedScore([0.5], [0])).toThrow(/weights/);
  });
});
