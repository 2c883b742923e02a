import { describe, expect, it } from 'vitest';
import { optimalPolicy } from '../../../src/math/optimal-policy.ts';
import {
  checkTabularPolicy,
  meanKlDivergence,
  meanTotalVariation,
  tabularOptimalPolicy,
  tabularPolicy,
  uniformPolicy,
} from '../../../src/math/trainers/tabular-policy.ts';
import { createWorld } from '../../../src/math/world/create-world.ts';

describe('tabular policies', () => {
  it('uniformPolicy(shape) is 1/K per prompt, for counts or a world', () => {
    expect(uniformPolicy([2, 4])).toEqual([[0.5, 0.5], [0.25, 0.25, 0.25, 0.25]]);
    expect(uniformPolicy(createWorld({ prompts: 2 }))).toHaveLength(2);
  });
  it('tabularPolicy(logits) is a softmax per row', () => {
    const p = tabularPolicy([[0, Math.log(3)], [1, 1, 1]]);
    expect(p[0]![0]).toBeCloseTo(0.25, 15);
    expect(p[1]![2]).toBeCloseTo(1 / 3, 15);
  });
  it('tabularOptimalPolicy(reference, rewards, beta) is optimalPolicy row by row', () => {
    const ref = [[0.2, 0.8], [0.5, 0.25, 0.25]];
    const rewards = [[1, 0], [0, 2, -1]];
    const p = tabularOptimalPolicy(ref, rewards, 0.5);
    expect(p[1]).toEqual(Array.from(optimalPolicy(ref[1]!, rewards[1]!, 0.5)));
    // π* ∝ π_ref e^{r/β} written out: [0.2 e², 0.8] / (0.2 e² + 0.8)
    expect(p[0]![0]).toBeCloseTo((0.2 * Math.exp(2)) / (0.2 * Math.exp(2) + 0.8), 14);
  });
  it('meanKlDivergence and meanTotalVariation average over prompts', () => {
    expect(meanTotalVariation([[1, 0], [0.5, 0.5]], [[0, 1], [0.5, 0.5]])).toBe(0.5);
    expect(meanKlDivergence([[1, 0], [0.5, 0.5]], [[0.5, 0.5], [0.5, 0.5]])).toBeCloseTo(Math.LN2 / 2, 15);
    expect(meanKlDivergence([[0.5, 0.5]], [[1, 0]])).toBe(Infinity);
  });
  it('rejects malformed tables, naming the argument', () => {
    expect(() => checkTabularPolicy('reference', [[0.5, 0.6]])).toThrow(/^reference\[0\] must be/);
    expect(() => checkTabularPolicy('reference', [[1]], [2])).toThrow(/^reference\[0\] must be/);
    expect(() => checkTabularPolicy('reference', [], [2])).toThrow(/^reference must be/);
    expect(() => tabularOptimalPolicy([[1]], [[0], [1]], 1)).toThrow(/^rewards must be/);
    expect(() => tabularOptimalPolicy([[1]], [[0]], 0)).toThrow(/^beta must be/);
    expect(() => meanTotalVariation([[1, 0]], [[1, 0, 0]])).toThrow(/^other\[0\] must be/);
  });
});
