import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { klDivergence, klDivergenceTerms } from '../../src/math/kl-divergence.ts';
import { policyWorld } from './probability-arbitraries.ts';

describe('klDivergence(p, q)', () => {
  it('computes Σ p log(p/q)', () => {
    expect(klDivergence([0.5, 0.5], [0.9, 0.1])).toBeCloseTo(0.5 * Math.log(0.5 / 0.9) + 0.5 * Math.log(0.5 / 0.1), 15);
    expect(klDivergence([0.9, 0.1], [0.5, 0.5])).toBeCloseTo(0.9 * Math.log(1.8) + 0.1 * Math.log(0.2), 15);
    expect(klDivergence([0.2, 0.3, 0.5], [0.2, 0.3, 0.5])).toBe(0);
  });
  it('uses 0·log 0 = 0 and is +Infinity on a support violation', () => {
    expect(klDivergence([1, 0], [0.5, 0.5])).toBeCloseTo(Math.LN2, 15);
    expect(klDivergence([0.5, 0.5], [1, 0])).toBe(Infinity);
    expect(klDivergence([0, 1], [1e-300, 1 - 1e-300])).toBeCloseTo(0, 15);
  });
  it('does not overflow the ratio for subnormal q', () => {
    const kl = klDivergence([0.5, 0.5], [1 - 5e-324, 5e-324]);
    expect(Number.isFinite(kl)).toBe(true);
    expect(kl).toBeCloseTo(0.5 * Math.log(0.5) + 0.5 * (Math.log(0.5) - Math.log(5e-324)), 10);
  });
  it('is ≥ 0 (Gibbs) and 0 only for p = q', () => {
    fc.assert(fc.property(policyWorld, ({ reference, other }) => klDivergence(other, reference) >= 0 && klDivergence(reference, reference) === 0));
  });
  it('rejects non-distributions', () => {
    expect(() => klDivergence([0.5, 0.4], [0.5, 0.5])).toThrow(/p must be a probability vector summing to 1 within 1e-9/);
    expect(() => klDivergence([0.5, 0.5], [1.2, -0.2])).toThrow(/q\[0\] must be a probability in \[0, 1\]/);
    expect(() => klDivergence([1], [0.5, 0.5])).toThrow(/p and q must have the same length/);
  });
});

/** scipy.special.rel_entr(p, q) for π_ref = [0.15, 0.3, 0.35, 0, 0, 0.1, 0, 0.1] and π = 0.9·π_ref²/Σπ_ref² + 0.1/8. */
const REF = [0.15, 0.3, 0.35, 0, 0, 0.1, 0, 0.1];
const MIX = [0.09191176470588236, 0.33014705882352946, 0.4448529411764706, 0.0125, 0.0125, 0.04779411764705883, 0.0125, 0.04779411764705883];
const SCIPY_TERMS_REF_MIX = [0.07347094, -0.02872671, -0.08393371, 0, 0, 0.07382676, 0, 0.07382676];
const SCIPY_TERMS_MIX_REF = [-0.04501896, 0.03161347, 0.10668045, Infinity, Infinity, -0.03528485, Infinity, -0.03528485];

describe('klDivergenceTerms(p, q)', () => {
  it('gives p_i log(p_i/q_i) per outcome, +Infinity on a support violation (scipy rel_entr)', () => {
    Array.from(klDivergenceTerms(REF, MIX)).forEach((t, i) => expect(t).toBeCloseTo(SCIPY_TERMS_REF_MIX[i]!, 8));
    const forward = klDivergenceTerms(MIX, REF);
    forward.forEach((t, i) => (Number.isFinite(SCIPY_TERMS_MIX_REF[i]!) ? expect(t).toBeCloseTo(SCIPY_TERMS_MIX_REF[i]!, 8) : expect(t).toBe(Infinity)));
    expect(klDivergence(REF, MIX)).toBeCloseTo(0.10846403631814502, 12); // scipy rel_entr(...).sum()
    expect(klDivergence(MIX, REF)).toBe(Infinity);
  });

  it('sums to klDivergence and can have negative terms', () => {
    fc.assert(
      fc.property(policyWorld, ({ reference, other }) => {
        const terms = klDivergenceTerms(other, reference);
        expect(terms.reduce((a, b) => a + b, 0)).toBeCloseTo(klDivergence(other, reference), 10);
      }),
    );
    expect(Math.min(...klDivergenceTerms([0.5, 0.5], [0.25, 0.75]))).toBeLessThan(0);
  });

  it('uses 0·log(0/q) = 0 and rejects non-distributions', () => {
    expect(Array.from(klDivergenceTerms([1, 0], [0.5, 0.5]))).toEqual([Math.LN2, 0]);
    expect(() => klDivergenceTerms([0.5, 0.4], [0.5, 0.5])).toThrow(/^p must be/);
    expect(() => klDivergenceTerms([1], [0.5, 0.5])).toThrow(/p and q must have the same length/);
  });
});
