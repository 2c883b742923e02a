import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossEntropy } from '../../src/math/cross-entropy.ts';
import { entropy } from '../../src/math/entropy.ts';
import { klDivergence } from '../../src/math/kl-divergence.ts';
import { positiveDistribution } from './probability-arbitraries.ts';

describe('crossEntropy(p, q)', () => {
  it('is −Σ p log q (numpy: -np.sum(p*np.log(q)) = 1.0771216717795853 for p = [0.2, 0.5, 0.3], q = [0.1, 0.6, 0.3])', () => {
    expect(crossEntropy([0.2, 0.5, 0.3], [0.1, 0.6, 0.3])).toBeCloseTo(1.0771216717795853, 14);
  });
  it('gives its TSDoc examples (python3: -(log 0.25 + log 0.75)/2 = 0.8369882167858358, log 2)', () => {
    expect(crossEntropy([0.5, 0.5], [0.25, 0.75])).toBeCloseTo(0.8369882167858358, 15);
    expect(crossEntropy([1, 0], [0.5, 0.5])).toBeCloseTo(Math.LN2, 15);
  });
  it('is +∞ where q is 0 and p is not (the true value)', () => {
    expect(crossEntropy([0.5, 0.5], [1, 0])).toBe(Infinity);
  });
  it('ignores q where p is 0 (0 log 0 = 0), even where q is 0 too', () => {
    expect(crossEntropy([0, 1], [0, 1])).toBe(0);
    expect(crossEntropy([0, 0.5, 0.5], [0.5, 0.25, 0.25])).toBeCloseTo(Math.log(4), 15);
  });
  it('equals H(p) + KL(p‖q) (property; three separately computed sums)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }).chain((n) => fc.tuple(positiveDistribution(n), positiveDistribution(n))),
        ([p, q]) => Math.abs(crossEntropy(p, q) - (entropy(p) + klDivergence(p, q))) < 1e-12,
      ),
    );
  });
  it('is at least H(p), with equality at q = p (Gibbs’ inequality)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }).chain((n) => fc.tuple(positiveDistribution(n), positiveDistribution(n))),
        ([p, q]) => crossEntropy(p, q) >= entropy(p) - 1e-12 && Math.abs(crossEntropy(p, p) - entropy(p)) < 1e-12,
      ),
    );
  });
  it('rejects bad input, naming the argument', () => {
    expect(() => crossEntropy([0.7], [1])).toThrow(RangeError);
    expect(() => crossEntropy([0.7], [1])).toThrow(/p must be a probability vector/);
    expect(() => crossEntropy([1], [0.2])).toThrow(/q must be a probability vector/);
    expect(() => crossEntropy([0.5, 0.5], [1])).toThrow(/p and q must have the same length/);
  });
});
