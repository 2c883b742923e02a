import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { totalVariation } from '../../src/math/total-variation.ts';
import { positiveDistribution } from './probability-arbitraries.ts';

describe('totalVariation(p, q)', () => {
  it('is ½ Σ |p − q|', () => {
    expect(totalVariation([0.5, 0.5], [0.9, 0.1])).toBeCloseTo(0.4, 15);
    expect(totalVariation([1, 0], [0, 1])).toBe(1);
    expect(totalVariation([0.2, 0.3, 0.5], [0.2, 0.3, 0.5])).toBe(0);
  });
  it('is symmetric and equals the largest difference of an event’s probability', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }).chain((n) => fc.tuple(positiveDistribution(n), positiveDistribution(n))), ([p, q]) => {
        const best = p.reduce((s, v, i) => s + Math.max(0, v - q[i]!), 0); // event A = {i : p_i > q_i}
        return Math.abs(totalVariation(p, q) - totalVariation(q, p)) < 1e-15 && Math.abs(totalVariation(p, q) - best) < 1e-12;
      }),
    );
  });
  it('rejects non-distributions and unequal lengths', () => {
    expect(() => totalVariation([0.5, 0.4], [0.5, 0.5])).toThrow(/^p must be/);
    expect(() => totalVariation([1], [0.5, 0.5])).toThrow(/p and q must have the same length/);
  });
});
