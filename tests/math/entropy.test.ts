import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entropy } from '../../src/math/entropy.ts';
import { positiveDistribution } from './probability-arbitraries.ts';

describe('entropy(p)', () => {
  it('is −Σ p log p with 0 log 0 = 0', () => {
    expect(entropy([0.5, 0.5])).toBeCloseTo(Math.LN2, 15);
    expect(entropy([1, 0, 0])).toBe(0);
    expect(entropy([0.25, 0.25, 0.25, 0.25])).toBeCloseTo(Math.log(4), 15);
  });
  it('lies in [0, log k]', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 10 }).chain(positiveDistribution), (p) => entropy(p) >= 0 && entropy(p) <= Math.log(p.length) + 1e-12));
  });
  it('rejects non-distributions', () => expect(() => entropy([0.7])).toThrow(/p must be a probability vector/));
});
