/**
 * Total variation distance between categorical distributions (content/chapter-1, section 1.4 uses it to show the
 * DPO policy approaching the RLHF optimum).
 *
 * @module
 */
import { assertSameLength, toProbabilityVector } from './validate.ts';

/**
 * Total variation distance:
 * $$ \mathrm{TV}(p, q) = \tfrac12 \sum_i |p_i - q_i| = \max_A |p(A) - q(A)| \in [0, 1]. $$
 * Symmetric, 0 iff $p = q$, 1 iff the supports are disjoint.
 *
 * Edge cases: `p` and `q` must be probability vectors of equal length (entries in $[0, 1]$, sum within
 * $10^{-9}$ of 1), else `RangeError` naming the argument.
 *
 * @example
 * totalVariation([0.5, 0.5], [0.9, 0.1]); // 0.4
 * totalVariation([1, 0], [0, 1]); // 1
 */
export function totalVariation(p: ArrayLike<number>, q: ArrayLike<number>): number {
  const pp = toProbabilityVector('p', p);
  const qq = toProbabilityVector('q', q);
  assertSameLength('p', pp, 'q', qq);
  let s = 0;
  for (let i = 0; i < pp.length; i++) s += Math.abs((pp[i] as number) - (qq[i] as number));
  return Math.min(1, s / 2);
}
