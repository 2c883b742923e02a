import { describe, expect, it } from 'vitest';
import { combineRewardEnsemble } from '../../src/math/reward-ensemble.ts';

describe('combineRewardEnsemble(members, mode)', () => {
  // numpy 2.4: np.mean(M, axis=0) and np.min(M, axis=0) for M = [[1, 4, -2], [3, 0, 5], [2, 2, 2]].
  const members = [
    [1, 4, -2],
    [3, 0, 5],
    [2, 2, 2],
  ];
  it("'mean' averages each response's scores", () => {
    const out = combineRewardEnsemble(members, 'mean');
    expect(out[0]).toBe(2);
    expect(out[1]).toBe(2);
    expect(out[2]).toBeCloseTo(1.6666666666666667, 15);
  });
  it("'min' takes each response's lowest score", () => {
    expect(Array.from(combineRewardEnsemble(members, 'min'))).toEqual([1, 0, -2]);
  });
  it('returns a copy of a single member in both modes', () => {
    const one = [0.5, -1];
    expect(Array.from(combineRewardEnsemble([one], 'mean'))).toEqual(one);
    expect(Array.from(combineRewardEnsemble([one], 'min'))).toEqual(one);
  });
  it('rejects malformed arguments naming them', () => {
    expect(() => combineRewardEnsemble([], 'mean')).toThrow(/members/);
    expect(() => combineRewardEnsemble([[1, 2], [1]], 'mean')).toThrow(/members\[1\]/);
    expect(() => combineRewardEnsemble([[1, Number.NaN]], 'min')).toThrow(/members\[0\]/);
    expect(() => combineRewardEnsemble([[1]], 'max' as 'min')).toThrow(/mode/);
  });
});
