// Expected values from scipy: brentq on the expected gradient −p·expit(mr − m) + (1 − p)·expit(mr + m) over
// [−50, 50] (xtol 1e-14), computed independently of the closed form in src/math.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ratingMarginFit } from '../../src/math/rating-margin-fit.ts';
import { sigmoid } from '../../src/math/stable.ts';

describe('ratingMarginFit(p, ratingMargin)', () => {
  it.each([
    [0.8, 0, 1.3862943611198886],
    [0.8, 1, 2.15396207181868],
    [0.8, 3, 4.0997121402388474],
    [0.6, 2 / 3, 0.5905196022093439],
    [0.3, 1, -1.4308576437174443],
    [0.5, 3, 0],
    [0.99, 3, 7.584993029176679],
  ])('p = %f, m(r) = %f → m* = %f (scipy brentq)', (p, mr, expected) => {
    expect(ratingMarginFit(p, mr)).toBeCloseTo(expected, 10);
  });

  it('zeroes the expected gradient and is antisymmetric in p ↔ 1 − p (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), (p, mr) => {
        const m = ratingMarginFit(p, mr);
        expect(-p * sigmoid(mr - m) + (1 - p) * sigmoid(mr + m)).toBeCloseTo(0, 10);
        expect(ratingMarginFit(1 - p, mr)).toBeCloseTo(-m, 8);
      }),
    );
  });

  it('rejects p outside (0, 1) and a negative or non-finite rating margin with a RangeError naming the argument', () => {
    expect(() => ratingMarginFit(1, 0)).toThrow(/^p must be/);
    expect(() => ratingMarginFit(0, 0)).toThrow(/^p must be/);
    expect(() => ratingMarginFit(0.7, -1)).toThrow(/^ratingMargin must be/);
    expect(() => ratingMarginFit(0.7, NaN)).toThrow(/^ratingMargin must be/);
  });
});
