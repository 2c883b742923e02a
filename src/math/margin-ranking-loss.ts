/**
 * The pairwise loss with a margin term, as Llama 2 trains its reward models (Touvron et al. 2023, eq. 2;
 * content/chapter-3/reward-margins.mdx): a pair with margin $m = r_w - r_l$ and rating margin $m(r)$ costs
 * $$ \ell = -\log\sigma\big(m - m(r)\big) = \operatorname{softplus}\big(m(r) - m\big),
 * \qquad \frac{\partial \ell}{\partial m} = -\sigma\big(m(r) - m\big). $$
 * With $m(r) = 0$ it is the plain pairwise logistic loss of content/chapter-3/pairwise-loss.mdx.
 *
 * @module
 */
import { sigmoid, softplus } from './stable.ts';
import { assertSameLength, toFiniteVector } from './validate.ts';

/** Per-pair losses and gradients of {@link marginRankingLoss}, with their mean and the pairwise error rate. */
export interface MarginRankingLoss {
  /** $\operatorname{softplus}(m(r)_i - m_i)$ per pair. */
  losses: Float64Array<ArrayBuffer>;
  /** $\partial\ell_i/\partial m_i = -\sigma(m(r)_i - m_i)$ per pair. */
  gradients: Float64Array<ArrayBuffer>;
  /** The mean loss. */
  mean: number;
  /** The share of pairs with $m_i \le 0$ ({@link pairwiseErrorRate}); the rating margins play no part in it. */
  errorRate: number;
}

/**
 * The share of pairs the reward model orders against their label: margins $m_i \le 0$, with a tie ($m_i = 0$)
 * counted as an error, as TRL and RewardBench count accuracy ($r_w > r_l$ strictly). It is $1 -$ accuracy.
 *
 * Edge cases: `margins` must be a non-empty array of finite numbers, otherwise `RangeError` naming `margins`.
 *
 * @example
 * pairwiseErrorRate([1.8, 0.3, -0.6, 0]); // 0.5 (−0.6 and the tie 0)
 */
export function pairwiseErrorRate(margins: ArrayLike<number>): number {
  const m = toFiniteVector('margins', margins);
  let errors = 0;
  for (const v of m) if (v <= 0) errors++;
  return errors / m.length;
}

/**
 * The margin-aware pairwise loss of a batch: per pair $\operatorname{softplus}(m(r)_i - m_i)$ and its gradient
 * $-\sigma(m(r)_i - m_i)$ in the margin, their mean, and the pairwise error rate of the margins.
 *
 * Edge cases: `margins` and `ratingMargins` non-empty, finite and of the same length, otherwise `RangeError`
 * naming the argument.
 *
 * @example
 * marginRankingLoss([1, 1], [0, 3]).losses;    // [0.313262, 2.126928] (softplus(−1), softplus(2))
 * marginRankingLoss([1, 1], [0, 3]).gradients; // [−0.268941, −0.880797]
 */
export function marginRankingLoss(margins: ArrayLike<number>, ratingMargins: ArrayLike<number>): MarginRankingLoss {
  const m = toFiniteVector('margins', margins);
  const offsets = toFiniteVector('ratingMargins', ratingMargins);
  assertSameLength('margins', m, 'ratingMargins', offsets);
  const losses = new Float64Array(m.length);
  const gradients = new Float64Array(m.length);
  let sum = 0;
  for (let i = 0; i < m.length; i++) {
    const z = (offsets[i] as number) - (m[i] as number);
    losses[i] = softplus(z);
    gradients[i] = -sigmoid(z);
    sum += losses[i] as number;
  }
  return { losses, gradients, mean: sum / m.length, errorRate: pairwiseErrorRate(m) };
}
