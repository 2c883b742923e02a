import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { klEstimate, klK1, klK2, klK3 } from '../../src/math/index.ts';

// Expected values: numpy 2.4 (python3), e.g. np.expm1(-0.5) + 0.5 for k3 at ℓ = −0.5.
describe('klK1', () => {
  it('is −ℓ, negative when π_ref(y) > π_θ(y)', () => {
    expect(klK1(-0.5)).toBe(0.5);
    expect(klK1(0.3)).toBe(-0.3);
  });
  it('rejects a non-finite log-ratio with a RangeError naming it', () => {
    expect(() => klK1(Number.NaN)).toThrow(/logRatio/);
    expect(() => klK1(Infinity)).toThrow(RangeError);
  });
});

describe('klK2', () => {
  it('is ℓ²/2', () => {
    expect(klK2(-0.5)).toBe(0.125);
    expect(klK2(3)).toBe(4.5);
  });
});

describe('klK3', () => {
  it('matches numpy expm1(ℓ) − ℓ', () => {
    expect(klK3(-0.5)).toBeCloseTo(0.10653065971263342, 15); // np.expm1(-0.5) + 0.5
    expect(klK3(0.3)).toBeCloseTo(0.049858807576003084, 15); // np.expm1(0.3) - 0.3
    expect(klK3(2)).toBeCloseTo(4.38905609893065, 13); // np.expm1(2.0) - 2.0
  });
  it('keeps full relative precision near ℓ = 0 (series ℓ²/2 + ℓ³/6 + …)', () => {
    expect(klK3(1e-9) / 5.000000001666667e-19).toBeCloseTo(1, 14); // ℓ²/2 + ℓ³/6 by hand
    expect(klK3(-0.009) / (Math.expm1(-0.009) + 0.009)).toBeCloseTo(1, 9);
    expect(klK3(0)).toBe(0);
  });
  it('is never negative and never below k1 − … : log x ≤ x − 1 (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), (l) => {
        expect(klK3(l)).toBeGreaterThanOrEqual(0);
        // k3 − k1 = ρ − 1, the zero-mean control variate added to k1
        expect(klK3(l) - klK1(l)).toBeCloseTo(Math.expm1(l), 6);
      }),
    );
  });
});

describe('klEstimate', () => {
  it('dispatches on the estimator name and rejects an unknown one', () => {
    expect(klEstimate('k1', -0.5)).toBe(0.5);
    expect(klEstimate('k2', -0.5)).toBe(0.125);
    expect(klEstimate('k3', -0.5)).toBe(klK3(-0.5));
    expect(() => klEstimate('k4' as 'k1', 0)).toThrow(/kind/);
  });
});
