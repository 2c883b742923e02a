/**
 * Cross-entropy between two categorical distributions (Cover and Thomas 2006, Chapter 2;
 * content/chapter-2/beta-temperature.mdx).
 *
 * @module
 */
import { assertSameLength, toProbabilityVector } from './validate.ts';

/**
 * Cross-entropy of $q$ relative to $p$, in nats: the expected negative log-probability that $q$ gives to draws
 * from $p$,
 * $$ H^{\times}(p, q) = -\sum_i p_i \log q_i = H(p) + \mathrm{KL}(p \,\|\, q). $$
 * Each term is computed as $-p_i \log q_i$ directly (not as the sum on the right), so the identity can be used
 * to check {@link entropy} and {@link klDivergence} against it.
 *
 * Conventions: terms with $p_i = 0$ contribute 0, whatever $q_i$ ($0 \log 0 = 0$); $H^\times(p, p) = H(p)$.
 *
 * Edge cases: returns $+\infty$ (the true value) when some $q_i = 0$ while $p_i > 0$; otherwise finite and
 * $\ge 0$. `p` and `q` must be probability vectors of equal length (entries in $[0, 1]$, sum within $10^{-9}$
 * of 1), else `RangeError` naming the argument.
 *
 * @example
 * crossEntropy([0.5, 0.5], [0.25, 0.75]); // 0.8369882167858358 (= −(log 0.25 + log 0.75)/2)
 * crossEntropy([1, 0], [0.5, 0.5]); // 0.6931471805599453
 * crossEntropy([0.5, 0.5], [1, 0]); // Infinity
 */
export function crossEntropy(p: ArrayLike<number>, q: ArrayLike<number>): number {
  const pp = toProbabilityVector('p', p);
  const qq = toProbabilityVector('q', q);
  assertSameLength('p', pp, 'q', qq);
  let total = 0;
  for (let i = 0; i < pp.length; i++) {
    const pi = pp[i] as number;
    if (pi === 0) continue;
    const qi = qq[i] as number;
    if (qi === 0) return Infinity;
    total -= pi * Math.log(qi);
  }
  return Math.max(0, total);
}
