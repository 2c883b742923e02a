import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreementFromFlipRate, effectiveSampleSize, flipRateFromAgreement, noisyLabelProbability } from '../../src/math/label-noise.ts';

describe('noisyLabelProbability(p, flipRate)', () => {
  it('is (1 − ε)p + ε(1 − p), written out by hand', () => {
    // 0.9 kept with 0.8, 0.1 flipped with 0.2: 0.72 + 0.02 = 0.74
    expect(noisyLabelProbability(0.9, 0.2)).toBeCloseTo(0.74, 15);
    // 0.85·0.85 + 0.15·0.15 = 0.7225 + 0.0225 = 0.745
    expect(noisyLabelProbability(0.85, 0.15)).toBeCloseTo(0.745, 15);
    expect(noisyLabelProbability(0.9, 0)).toBe(0.9);
    expect(noisyLabelProbability(0.9, 0.5)).toBe(0.5);
    expect(noisyLabelProbability(0.9, 1)).toBeCloseTo(0.1, 15);
  });
  it('shrinks p − ½ by 1 − 2ε and never crosses ½ for ε < ½', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 0.49, noNaN: true }), (p, eps) => {
        const q = noisyLabelProbability(p, eps);
        expect(q - 0.5).toBeCloseTo((1 - 2 * eps) * (p - 0.5), 12);
        if (p > 0.5) expect(q).toBeGreaterThan(0.5);
        if (p < 0.5) expect(q).toBeLessThan(0.5);
      }),
    );
  });
  it('rejects probabilities outside [0, 1]', () => {
    expect(() => noisyLabelProbability(1.2, 0.1)).toThrow(/^p must be/);
    expect(() => noisyLabelProbability(0.5, -0.1)).toThrow(/^flipRate must be/);
    expect(() => noisyLabelProbability(Number.NaN, 0.1)).toThrow(RangeError);
  });
});

describe('effectiveSampleSize(n, flipRate)', () => {
  it('is (1 − 2ε)² n', () => {
    expect(effectiveSampleSize(200, 0.2)).toBeCloseTo(72, 12); // 0.6² · 200
    expect(effectiveSampleSize(1000, 0.3)).toBeCloseTo(160, 12); // 0.4² · 1000
    expect(effectiveSampleSize(500, 0.7)).toBeCloseTo(80, 12); // symmetric about ½: same as ε = 0.3
    expect(effectiveSampleSize(200, 0)).toBe(200);
    expect(effectiveSampleSize(200, 0.5)).toBe(0);
  });
  it('falls as ε rises toward ½', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.5, noNaN: true }), fc.double({ min: 0, max: 0.5, noNaN: true }), (a, b) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        expect(effectiveSampleSize(100, hi)).toBeLessThanOrEqual(effectiveSampleSize(100, lo));
      }),
    );
  });
  it('rejects a non-integer n and a flip rate outside [0, 1]', () => {
    expect(() => effectiveSampleSize(2.5, 0.1)).toThrow(/^n must be/);
    expect(() => effectiveSampleSize(-1, 0.1)).toThrow(/^n must be/);
    expect(() => effectiveSampleSize(10, 2)).toThrow(/^flipRate must be/);
  });
});

describe('agreementFromFlipRate(flipRate) and flipRateFromAgreement(agreement)', () => {
  it('give (1 − ε)² + ε² and its inverse on [0, ½]', () => {
    expect(agreementFromFlipRate(0.2)).toBeCloseTo(0.68, 15); // 0.64 + 0.04
    expect(agreementFromFlipRate(0.5)).toBe(0.5);
    expect(flipRateFromAgreement(0.68)).toBeCloseTo(0.2, 14);
    // numpy: (1 - np.sqrt(2*0.726 - 1)) / 2 → 0.16384527372056779
    expect(flipRateFromAgreement(0.726)).toBeCloseTo(0.16384527372056779, 14);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.5, noNaN: true }), (eps) => {
        expect(flipRateFromAgreement(agreementFromFlipRate(eps))).toBeCloseTo(eps, 7);
      }),
    );
  });
  it('reject values outside their ranges', () => {
    expect(() => agreementFromFlipRate(1.5)).toThrow(/^flipRate must be/);
    expect(() => flipRateFromAgreement(0.4)).toThrow(/^agreement must be/);
  });
});
