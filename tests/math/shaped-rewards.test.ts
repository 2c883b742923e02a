import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shapedRewards } from '../../src/math/shaped-rewards.ts';
import { expectAllClose } from './expect-close.ts';

describe('shapedRewards(policyLogProbs, referenceLogProbs, beta, score)', () => {
  it('puts −β·(log π_θ − log π_ref) on every token and adds the score to the last (numpy)', () => {
    // numpy: p = [-0.9, -1.4, -0.3, -2.1], q = [-1.1, -1.0, -0.35, -2.0]; r = -0.2*(p - q); r[-1] += 0.8
    // → [-0.04, 0.08, -0.01, 0.82]
    expectAllClose(shapedRewards([-0.9, -1.4, -0.3, -2.1], [-1.1, -1.0, -0.35, -2.0], 0.2, 0.8), [-0.04, 0.08, -0.01, 0.82], 12);
    expectAllClose(shapedRewards([-1, -0.5], [-1.2, -0.4], 0.1, 2), [-0.02, 2.01], 12);
  });
  it('sums to −β·log(π_θ(y)/π_ref(y)) + score (the sequence log-ratio is the sum of the token log-ratios)', () => {
    const logProb = fc.double({ min: -20, max: 0, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(logProb, logProb), { minLength: 1, maxLength: 12 }),
        fc.double({ min: 0.001, max: 10, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        (tokens, beta, score) => {
          const p = tokens.map(([a]) => a);
          const q = tokens.map(([, b]) => b);
          const total = shapedRewards(p, q, beta, score).reduce((s, r) => s + r, 0);
          const sequence = -beta * (p.reduce((s, v) => s + v, 0) - q.reduce((s, v) => s + v, 0)) + score;
          expect(total).toBeCloseTo(sequence, 8);
        },
      ),
    );
  });
  it('rejects bad input, naming the argument', () => {
    expect(() => shapedRewards([], [], 0.1, 1)).toThrow(/policyLogProbs/);
    expect(() => shapedRewards([-1, Number.NaN], [-1, -1], 0.1, 1)).toThrow(/policyLogProbs\[1\]/);
    expect(() => shapedRewards([-1], [-1, -1], 0.1, 1)).toThrow(/policyLogProbs and referenceLogProbs must have the same length/);
    expect(() => shapedRewards([-1], [-1], 0, 1)).toThrow(/beta/);
    expect(() => shapedRewards([-1], [-1], 0.1, Number.POSITIVE_INFINITY)).toThrow(/score/);
  });
});
