/**
 * The margin a reward model settles at when one pair is labelled many times and every label carries the same
 * rating margin $m(r)$ (content/chapter-3/reward-margins.mdx). Annotators pick $y_a$ with rate $p$; a label "$a$
 * wins" has margin $m$ and costs $\operatorname{softplus}(m(r) - m)$, a label "$b$ wins" has margin $-m$ and costs
 * $\operatorname{softplus}(m(r) + m)$. The expected gradient
 * $$ -p\,\sigma\big(m(r) - m\big) + (1 - p)\,\sigma\big(m(r) + m\big) $$
 * is increasing in $m$ and vanishes at one point. With $a = e^{m}$ and $c = e^{m(r)}$ the condition
 * $p\,\frac{c}{c + a} = (1 - p)\,\frac{ca}{1 + ca}$ becomes the quadratic $(1 - p)a^2 + c(1 - 2p)a - p = 0$, whose
 * positive root gives
 * $$ m^* = \log\frac{c(2p - 1) + \sqrt{c^2(2p - 1)^2 + 4p(1 - p)}}{2(1 - p)}. $$
 * For $m(r) = 0$ it is the log-odds $\log\frac{p}{1 - p}$ of content/chapter-3/pairwise-loss.mdx.
 *
 * @module
 */
import { assertFinite, assertInInterval } from './validate.ts';

/**
 * The margin $m^*$ that minimizes the expected margin-aware loss of a pair picked with rate $p$ (formula above).
 *
 * Edge cases: `p` in the open interval $(0, 1)$ and `ratingMargin` finite and $\ge 0$; otherwise `RangeError` naming
 * the argument. For $p = \tfrac12$ it is 0 whatever $m(r)$.
 *
 * @example
 * ratingMarginFit(0.8, 0); // 1.3862943611198906 (log 4)
 * ratingMarginFit(0.8, 1); // ≈ 2.1539
 */
export function ratingMarginFit(p: number, ratingMargin: number): number {
  const rate = assertInInterval('p', p, 0, 1, { lowerInclusive: false, upperInclusive: false });
  const offset = assertFinite('ratingMargin', ratingMargin);
  assertInInterval('ratingMargin', offset, 0, Number.MAX_VALUE);
  const c = Math.exp(offset);
  const b = c * (2 * rate - 1);
  // The root written to avoid cancellation when b < 0: a = 2p / (sqrt(b² + 4p(1 − p)) − b).
  const root = Math.sqrt(b * b + 4 * rate * (1 - rate));
  const a = b >= 0 ? (b + root) / (2 * (1 - rate)) : (2 * rate) / (root - b);
  return Math.log(a);
}
