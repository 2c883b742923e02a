/**
 * Mixture of two categorical policies, e.g. a policy blended with the uniform distribution so that every
 * response keeps some probability (content/chapter-2/reference-policy.mdx).
 *
 * @module
 */
import { assertInInterval, assertSameLength, toProbabilityVector } from './validate.ts';

/**
 * The mixture with weight $\alpha$ on `q`:
 * $$ \pi_\alpha(y) = (1 - \alpha)\, p(y) + \alpha\, q(y), \qquad \alpha \in [0, 1]. $$
 * Its support is the union of the supports of $p$ (for $\alpha < 1$) and $q$ (for $\alpha > 0$).
 *
 * Edge cases: `p` and `q` must be probability vectors of equal length and `weight` a finite number in
 * $[0, 1]$, else `RangeError` naming the argument. $\alpha = 0$ returns $p$ exactly, $\alpha = 1$ returns $q$.
 *
 * @example
 * mixturePolicy([1, 0], [0.5, 0.5], 0.2); // Float64Array [0.9, 0.1]
 */
export function mixturePolicy(p: ArrayLike<number>, q: ArrayLike<number>, weight: number): Float64Array<ArrayBuffer> {
  const pp = toProbabilityVector('p', p);
  const qq = toProbabilityVector('q', q);
  assertSameLength('p', pp, 'q', qq);
  const alpha = assertInInterval('weight', weight, 0, 1);
  const out = new Float64Array(pp.length);
  for (let i = 0; i < pp.length; i++) {
    const a = pp[i] as number;
    const b = qq[i] as number;
    out[i] = alpha === 0 ? a : alpha === 1 ? b : (1 - alpha) * a + alpha * b;
  }
  return out;
}
