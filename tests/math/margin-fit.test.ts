// Expected values from scipy (scipy.optimize.minimize_scalar, method='bounded', xatol 1e-10, on the expected loss
// p·ℓ(m) + (1 − p)·ℓ(−m)) and central finite differences of that expected loss (h = 1e-6), computed independently.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedMarginGradient, preferenceRateMargin } from '../../src/math/margin-fit.ts';

describe('preferenceRateMargin(p, loss)', () => {
  it.each([
    [0.8, 1.386294, 1, 0.3],
    [0.6, 0.405465, 1, 0.1],
    [0.3, -0.847298, -1, -0.2],
  ])('p = %f: logistic %f, hinge %f, squared %f (scipy minimize_scalar)', (p, logistic, hinge, squared) => {
    expect(preferenceRateMargin(p, 'logistic')).toBeCloseTo(logistic, 5);
    expect(preferenceRateMargin(p, 'hinge')).toBeCloseTo(hinge, 5);
    expect(preferenceRateMargin(p, 'squared')).toBeCloseTo(squared, 5);
  });
  it('is where the expected gradient vanishes for the logistic and squared losses (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.99, noNaN: true }), (p) => {
        expect(expectedMarginGradient(preferenceRateMargin(p, 'logistic'), p, 'logistic')).toBeCloseTo(0, 9);
        expect(expectedMarginGradient(preferenceRateMargin(p, 'squared'), p, 'squared')).toBeCloseTo(0, 9);
      }),
    );
  });
  it('rejects p outside (0, 1) and unknown losses with a RangeError naming the argument', () => {
    expect(() => preferenceRateMargin(1, 'logistic')).toThrow(/^p must be/);
    expect(() => preferenceRateMargin(0, 'squared')).toThrow(/^p must be/);
    expect(() => preferenceRateMargin(0.5, 'ipo' as never)).toThrow(/^loss must be/);
  });
});

describe('expectedMarginGradient(m, p, loss)', () => {
  it.each([
    [Math.log(4), 0.7, 'logistic', 0.1],
    [0, 0.8, 'hinge', -0.6],
    [0.2, 0.8, 'squared', -0.2],
    [-0.4, 0.3, 'logistic', 0.101312],
  ] as const)('at m = %f, p = %f, %s: %f (finite differences of the expected loss)', (m, p, loss, expected) => {
    expect(expectedMarginGradient(m, p, loss)).toBeCloseTo(expected, 5);
  });
  it('is σ(m) − p for the logistic loss (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -20, max: 20, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (m, p) => {
        expect(expectedMarginGradient(m, p, 'logistic')).toBeCloseTo(1 / (1 + Math.exp(-m)) - p, 12);
      }),
    );
  });
  it('rejects a non-finite m or p outside [0, 1] with a RangeError naming the argument', () => {
    expect(() => expectedMarginGradient(Number.NaN, 0.5, 'logistic')).toThrow(/^m must be/);
    expect(() => expectedMarginGradient(0, 1.5, 'logistic')).toThrow(/^p must be/);
  });
});
