/**
 * Kullback–Leibler divergence between two categorical distributions (Kullback and Leibler 1951).
 *
 * @module
 */
import { assertSameLength, toProbabilityVector } from './validate.ts';

/**
 * KL divergence of categorical distributions (natural log, nats):
 * $$ \mathrm{KL}(p \,\|\, q) = \sum_i p_i \log\frac{p_i}{q_i}. $$
 * Evaluated term by term as $p_i(\log p_i - \log q_i) - p_i + q_i$, each term clamped at 0 (each is $\ge 0$
 * mathematically and the extra terms sum to 0 because both vectors sum to 1); this keeps the result $\ge 0$ under
 * rounding and avoids overflowing the ratio $p_i/q_i$.
 *
 * Conventions: $0 \log 0 = 0$ (entries with $p_i = 0$ contribute nothing); KL is **not** symmetric.
 *
 * Edge cases: returns $+\infty$ (the true value) when some $q_i = 0$ while $p_i > 0$ (a support violation);
 * otherwise finite. `p` and `q` must be probability vectors of equal length (entries in $[0, 1]$, sum within
 * $10^{-9}$ of 1), else `RangeError` naming the argument.
 *
 * @example
 * klDivergence([0.5, 0.5], [0.9, 0.1]); // 0.5108256237659905
 * klDivergence([0.9, 0.1], [0.5, 0.5]); // 0.3680642071684971 (asymmetric)
 * klDivergence([0.5, 0.5], [1, 0]); // Infinity
 */
export function klDivergence(p: ArrayLike<number>, q: ArrayLike<number>): number {
  const pp = toProbabilityVector('p', p);
  const qq = toProbabilityVector('q', q);
  assertSameLength('p', pp, 'q', qq);
  return klDivergenceUnchecked(pp, qq);
}

/**
 * KL divergence of already validated vectors (internal fast path of {@link klDivergence}).
 *
 * @example
 * klDivergenceUnchecked(new Float64Array([1, 0]), new Float64Array([0.5, 0.5])); // 0.6931471805599453
 */
export function klDivergenceUnchecked(p: ArrayLike<number>, q: ArrayLike<number>): number {
  let total = 0;
  let c = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i] as number;
    const qi = q[i] as number;
    if (pi === 0) continue;
    if (qi === 0) return Infinity;
    const term = Math.max(0, pi * (Math.log(pi) - Math.log(qi)) - pi + qi);
    const t = total + term;
    c += total >= term ? total - t + term : term - t + total;
    total = t;
  }
  // Terms with p_i = 0 contribute q_i to the generalized form; add them back so the sum matches KL exactly.
  let rest = 0;
  for (let i = 0; i < p.length; i++) if ((p[i] as number) === 0) rest += q[i] as number;
  return Math.max(0, total + c + rest);
}

/**
 * The contribution of each outcome to $\mathrm{KL}(p \,\|\, q)$:
 * $$ t_i = p_i \log\frac{p_i}{q_i}, \qquad \sum_i t_i = \mathrm{KL}(p \,\|\, q). $$
 * A single term can be negative (where $p_i < q_i$); only the sum is $\ge 0$. Computed as
 * $p_i(\log p_i - \log q_i)$, so the ratio never overflows.
 *
 * Conventions and edge cases: $t_i = 0$ where $p_i = 0$ (whatever $q_i$); $t_i = +\infty$ where $p_i > 0$ and
 * $q_i = 0$ (the support violations that make the divergence infinite); finite otherwise. `p` and `q` must be
 * probability vectors of equal length, else `RangeError` naming the argument.
 *
 * @example
 * klDivergenceTerms([0.5, 0.5], [0.25, 0.75]); // Float64Array [0.34657359027997264, -0.2027325540540822]
 * klDivergenceTerms([0.5, 0.5], [1, 0]); // Float64Array [-0.34657359027997264, Infinity]
 */
export function klDivergenceTerms(p: ArrayLike<number>, q: ArrayLike<number>): Float64Array<ArrayBuffer> {
  const pp = toProbabilityVector('p', p);
  const qq = toProbabilityVector('q', q);
  assertSameLength('p', pp, 'q', qq);
  const out = new Float64Array(pp.length);
  for (let i = 0; i < pp.length; i++) {
    const pi = pp[i] as number;
    const qi = qq[i] as number;
    out[i] = pi === 0 ? 0 : qi === 0 ? Infinity : pi * (Math.log(pi) - Math.log(qi));
  }
  return out;
}
