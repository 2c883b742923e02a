/**
 * What a margin loss fits when the same pair is labelled many times (content/chapter-3/pairwise-loss.mdx):
 * annotators pick $y_a$ over $y_b$ with rate $p$, the reward model gives the pair margin $m = r_a - r_b$, and a
 * label "$a$ wins" costs $\ell(m)$ while "$b$ wins" costs $\ell(-m)$. The expected loss
 * $p\,\ell(m) + (1 - p)\,\ell(-m)$ is minimized where its derivative $p\,\ell'(m) - (1 - p)\,\ell'(-m)$ is zero.
 *
 * @module
 */
import { sigmoid } from './stable.ts';
import { assertFinite, assertInInterval, fail } from './validate.ts';

/** The margin losses: logistic $-\log\sigma(m)$, hinge $\max(0, 1 - m)$, squared $(m - \tfrac12)^2$ (IPO-style). */
export type MarginLoss = 'logistic' | 'hinge' | 'squared';

/** The margin losses, in the course's order. */
export const MARGIN_LOSSES: readonly MarginLoss[] = ['logistic', 'hinge', 'squared'];

function checkLoss(loss: unknown): MarginLoss {
  if (!MARGIN_LOSSES.includes(loss as MarginLoss)) fail('loss', `one of ${MARGIN_LOSSES.join(', ')}`, loss);
  return loss as MarginLoss;
}

/** $\ell'(m)$ of each loss (the hinge's subgradient 0 at its kink $m = 1$). */
function derivative(loss: MarginLoss, m: number): number {
  if (loss === 'logistic') return sigmoid(m) - 1;
  if (loss === 'hinge') return m < 1 ? -1 : 0;
  return 2 * (m - 0.5);
}

/**
 * The expected gradient in the margin over the labels of a pair picked with rate $p$:
 * $$ g(m) = p\,\ell'(m) - (1 - p)\,\ell'(-m). $$
 * Logistic: $g(m) = p(\sigma(m) - 1) + (1 - p)\sigma(m) = \sigma(m) - p$. Hinge, for $|m| \lt 1$: $1 - 2p$.
 * Squared: $2p(m - \tfrac12) + 2(1 - p)(m + \tfrac12) = 2m - (2p - 1)$.
 *
 * Edge cases: `m` finite, `p` in $[0, 1]$, `loss` one of {@link MARGIN_LOSSES}; otherwise `RangeError` naming the
 * argument.
 *
 * @example
 * expectedMarginGradient(Math.log(4), 0.7, 'logistic'); // ≈ 0.1 (= σ(log 4) − 0.7)
 * expectedMarginGradient(0, 0.8, 'hinge');              // ≈ −0.6 (= 1 − 2p)
 */
export function expectedMarginGradient(m: number, p: number, loss: MarginLoss): number {
  const kind = checkLoss(loss);
  const margin = assertFinite('m', m);
  const rate = assertInInterval('p', p, 0, 1);
  return rate * derivative(kind, margin) - (1 - rate) * derivative(kind, -margin);
}

/**
 * The margin that minimizes the expected loss $p\,\ell(m) + (1 - p)\,\ell(-m)$ for a preference rate
 * $0 \lt p \lt 1$:
 * - logistic: $m^* = \log\frac{p}{1 - p}$, the log-odds, so $\sigma(m^*) = p$: the fit recovers the rate;
 * - hinge: $m^* = 1$ for $p \gt \tfrac12$ and $-1$ for $p \lt \tfrac12$ (the expected loss is piecewise linear, so
 *   its minimum sits at a kink whatever $p$ is); at $p = \tfrac12$ every $m \in [-1, 1]$ is optimal and 0 is returned;
 * - squared: $m^* = p - \tfrac12$, linear in $p$ (Azar et al. 2023 find the same form for IPO).
 *
 * Edge cases: `p` must lie in the open interval $(0, 1)$ (the logistic optimum is infinite at 0 and 1), `loss` one
 * of {@link MARGIN_LOSSES}; otherwise `RangeError` naming the argument.
 *
 * @example
 * preferenceRateMargin(0.8, 'logistic'); // ≈ 1.386294 (= log 4)
 * preferenceRateMargin(0.8, 'hinge');    // 1
 * preferenceRateMargin(0.8, 'squared');  // ≈ 0.3
 */
export function preferenceRateMargin(p: number, loss: MarginLoss): number {
  const kind = checkLoss(loss);
  const rate = assertInInterval('p', p, 0, 1, { lowerInclusive: false, upperInclusive: false });
  if (kind === 'logistic') return Math.log(rate / (1 - rate));
  if (kind === 'hinge') return rate > 0.5 ? 1 : rate < 0.5 ? -1 : 0;
  return rate - 0.5;
}
