import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { klDivergence } from '../../src/math/kl-divergence.ts';
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
