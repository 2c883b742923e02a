// Expected values from numpy (np.logaddexp(0, mr − m) for the loss, −1/(1 + exp(−(mr − m))) for the gradient),
// computed independently of src/math.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairwiseLoss } from '../../src/math/bradley-terry.ts';
import { marginRankingLoss, pairwiseErrorRate } from '../../src/math/margin-ranking-loss.ts';
import { expectAllClose } from './expect-close.ts';

describe('marginRankingLoss(margins, ratingMargins)', () => {
  it('gives softplus(m(r) − m) and −σ(m(r) − m) per pair (numpy)', () => {
    const r = marginRankingLoss([1.2, -0.4, 0, 2.5], [3, 1 / 3, 0, 2 / 3]);
    expectAllClose(r.losses, [1.952978, 1.125582, 0.693147, 0.148316]);
    expectAllClose(r.gradients, [-0.858149, -0.675536, -0.5, -0.137842]);
    expect(r.mean).toBeCloseTo(0.980006, 6);
    expect(r.errorRate).toBe(0.5);
  });

  it('is the plain pairwise loss of the shifted margin m − m(r) (property, against bradley-terry.ts)', () => {
    const pair = fc.tuple(fc.double({ min: -20, max: 20, noNaN: true }), fc.constantFrom(0, 1 / 3, 2 / 3, 1, 2, 3));
    fc.assert(
      fc.property(fc.array(pair, { minLength: 1, maxLength: 8 }), (pairs) => {
        const m = pairs.map(([v]) => v);
        const mr = pairs.map(([, o]) => o);
        const ours = marginRankingLoss(m, mr);
        const plain = pairwiseLoss(m.map((v, i) => v - (mr[i] as number)), m.map(() => 0));
        expectAllClose(ours.losses, plain.losses, 9);
        expectAllClose(ours.gradients, plain.gradients, 9);
      }),
    );
  });

  it('pushes harder on a pair whose rating margin is larger, at the same margin (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), (m) => {
        const [small, large] = marginRankingLoss([m, m], [1 / 3, 3]).gradients as unknown as [number, number];
        expect(-large).toBeGreaterThan(-small);
      }),
    );
  });

  it('rejects bad input with a RangeError naming the argument', () => {
    expect(() => marginRankingLoss([], [])).toThrow(/^margins/);
    expect(() => marginRankingLoss([1, NaN], [0, 0])).toThrow(/^margins\[1\]/);
    expect(() => marginRankingLoss([1], [Infinity])).toThrow(/^ratingMargins\[0\]/);
    expect(() => marginRankingLoss([1, 2], [0])).toThrow(/^margins and ratingMargins/);
  });
});

describe('pairwiseErrorRate(margins)', () => {
  it('counts margins ≤ 0, a tie as an error (TRL and RewardBench count r_w > r_l strictly as correct)', () => {
    expect(pairwiseErrorRate([1.8, 0.3, -0.6, 0])).toBe(0.5);
    expect(pairwiseErrorRate([0, 0])).toBe(1);
    expect(pairwiseErrorRate([1e-300])).toBe(0);
  });

  it('is 1 − the accuracy of pairwiseLoss on r_w = m, r_l = 0 (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 1, maxLength: 20 }), (m) => {
        expect(pairwiseErrorRate(m)).toBeCloseTo(1 - pairwiseLoss(m, m.map(() => 0)).accuracy, 12);
      }),
    );
  });

  it('rejects an empty or non-finite array with a RangeError naming margins', () => {
    expect(() => pairwiseErrorRate([])).toThrow(/^margins/);
    expect(() => pairwiseErrorRate([Infinity])).toThrow(/^margins\[0\]/);
  });
});
