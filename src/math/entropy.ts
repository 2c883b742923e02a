/**
 * Shannon entropy of a categorical distribution.
 *
 * @module
 */
import { toProbabilityVector } from './validate.ts';

/**
 * Shannon entropy in nats:
 * $$ H(p) = -\sum_i p_i \log p_i, \qquad 0 \log 0 = 0. $$
 *
 * Edge cases: a one-hot vector has entropy 0; the uniform distribution over $k$ outcomes has $\log k$ (the
 * maximum). Always finite and $\ge 0$. `p` must be a probability vector (entries in $[0, 1]$, sum within
 * $10^{-9}$ of 1), else `RangeError` naming `p`.
 *
 * @example
 * entropy([0.5, 0.5]); // 0.6931471805599453
 * entropy([1, 0]); // 0
 */
export function entropy(p: ArrayLike<number>): number {
  const pp = toProbabilityVector('p', p);
  let h = 0;
  for (let i = 0; i < pp.length; i++) {
    const v = pp[i] as number;
    if (v > 0) h -= v * Math.log(v);
  }
  return Math.max(0, h);
}
