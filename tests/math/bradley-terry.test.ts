import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bradleyTerryProbability, pairwiseLoss } from '../../src/math/bradley-terry.ts';
import { expectAllClose } from './expect-close.ts';

const R_WIN = [2.1, 0.7, 1.4, 0.2]; // the seed notebook's r_win
const R_LOSE = [0.3, 0.4, 0.8, 0.5];

describe('bradleyTerryProbability(rewardChosen, rewardRejected)', () => {
  it('is σ(r_w − r_l) (seed values; numpy)', () => {
    expect(bradleyTerryProbability(2.1, 0.3)).toBeCloseTo(0.858149, 6);
    expect(bradleyTerryProbability(0.7, 0.4)).toBeCloseTo(0.574443, 6);
    expect(bradleyTerryProbability(1.4, 0.8)).toBeCloseTo(0.645656, 6);
    expect(bradleyTerryProbability(0.2, 0.5)).toBeCloseTo(0.425557, 6);
    expect(bradleyTerryProbability(3, 3)).toBe(0.5);
  });
  it('equals e^{r_w}/(e^{r_w}+e^{r_l})', () => {
    expect(bradleyTerryProbability(1, 2)).toBeCloseTo(Math.E / (Math.E + Math.E ** 2), 15);
  });
  it('is invariant under a common shift', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, min: -50, max: 50 }),
        fc.double({ noNaN: true, min: -50, max: 50 }),
        fc.double({ noNaN: true, min: -1e3, max: 1e3 }),
        (w, l, c) => Math.abs(bradleyTerryProbability(w + c, l + c) - bradleyTerryProbability(w, l)) < 1e-9,
      ),
    );
  });
  it('rejects non-finite rewards', () => {
    expect(() => bradleyTerryProbability(Number.NaN, 0)).toThrow(/rewardChosen must be a finite number/);
    expect(() => bradleyTerryProbability(0, Infinity)).toThrow(/rewardRejected must be a finite number/);
  });
});

describe('pairwiseLoss(rewardsChosen, rewardsRejected, options)', () => {
  it('reproduces the seed batch (seed notebook; numpy)', () => {
    const r = pairwiseLoss(R_WIN, R_LOSE);
    expectAllClose(r.probabilities, [0.858149, 0.574443, 0.645656, 0.425557]);
    expect(r.mean).toBeCloseTo(0.499794, 6);
    expect(r.accuracy).toBe(0.75);
    expectAllClose(r.margins, [1.8, 0.3, 0.6, -0.3], 14);
    expectAllClose(r.losses, Array.from(r.probabilities, (p) => -Math.log(p)), 14);
  });
  it('returns the margin gradient σ(m) − 1', () => {
    const r = pairwiseLoss(R_WIN, R_LOSE);
    expectAllClose(r.gradients, Array.from(r.probabilities, (p) => p - 1), 14);
  });
  it('counts ties as wrong', () => {
    const r = pairwiseLoss([1, 2, 3], [1, 1, 4]);
    expect(r.accuracy).toBeCloseTo(1 / 3, 15);
    expect(r.losses[0]).toBeCloseTo(Math.LN2, 15);
  });
  it("applies Llama 2's rating margin m(r) inside the sigmoid", () => {
    const plain = pairwiseLoss([1], [0]);
    const withMargin = pairwiseLoss([1], [0], { margin: 1 });
    expect(withMargin.losses[0]).toBeCloseTo(Math.LN2, 15); // −log σ(1 − 0 − 1)
    expect(withMargin.losses[0]).toBeGreaterThan(plain.losses[0] as number);
    expect(withMargin.probabilities[0]).toBe(plain.probabilities[0]); // probabilities ignore the margin term
    const perPair = pairwiseLoss([1, 1], [0, 0], { margin: [0, 1] });
    expect(perPair.losses[0]).toBe(plain.losses[0]);
    expect(perPair.losses[1]).toBeCloseTo(Math.LN2, 15);
  });
  it('is invariant under a per-pair shift', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ noNaN: true, min: -20, max: 20 }), fc.double({ noNaN: true, min: -20, max: 20 }), fc.double({ noNaN: true, min: -100, max: 100 })), {
          minLength: 1,
          maxLength: 10,
        }),
        (rows) => {
          const a = pairwiseLoss(rows.map((r) => r[0]), rows.map((r) => r[1]));
          const b = pairwiseLoss(rows.map((r) => r[0] + r[2]), rows.map((r) => r[1] + r[2]));
          return Math.abs(a.mean - b.mean) < 1e-9;
        },
      ),
    );
  });
  it('stays finite for huge margins', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -1e300, max: 1e300 }), fc.double({ noNaN: true, min: -1e300, max: 1e300 }), (w, l) =>
        Number.isFinite(pairwiseLoss([w], [l]).mean),
      ),
    );
  });
  it('rejects bad input with the argument name', () => {
    expect(() => pairwiseLoss([1, 2], [1])).toThrow(new RangeError('rewardsChosen and rewardsRejected must have the same length (received 2 and 1)'));
    expect(() => pairwiseLoss([], [])).toThrow(/rewardsChosen must be a non-empty array/);
    expect(() => pairwiseLoss([1, Number.NaN], [1, 2])).toThrow(/rewardsChosen\[1\]/);
    expect(() => pairwiseLoss([1], [0], { margin: Number.NaN })).toThrow(/margin must be a finite number/);
    expect(() => pairwiseLoss([1], [0], { margin: [1, 2] })).toThrow(/margin and rewardsChosen must have the same length/);
  });
});
