/**
 * Symmetric label noise: an annotator's label is reversed with probability $\varepsilon$ after the choice
 * (content/chapter-1, section 1.5). What it does to the probability of a label and to the amount of data a
 * learner needs.
 *
 * @module
 */
import { assertInInterval, assertInteger } from './validate.ts';

/**
 * Probability that the label says "$a$ is better" when the annotator prefers $a$ with probability $p$ and the
 * label is then flipped with probability $\varepsilon$:
 * $$ p_\varepsilon = (1-\varepsilon)\,p + \varepsilon\,(1-p) = \varepsilon + (1 - 2\varepsilon)\,p. $$
 * The map $p \mapsto p_\varepsilon$ shrinks every preference toward ½ by the factor $1 - 2\varepsilon$ and keeps
 * its side of ½ for $\varepsilon < \tfrac12$; at $\varepsilon = \tfrac12$ every label is a fair coin.
 *
 * Edge cases: `p` and `flipRate` in $[0, 1]$, else `RangeError` naming the argument.
 *
 * @example
 * noisyLabelProbability(0.9, 0.2); // 0.74 (= 0.2 + 0.6 · 0.9)
 * noisyLabelProbability(0.9, 0.5); // 0.5
 */
export function noisyLabelProbability(p: number, flipRate: number): number {
  assertInInterval('p', p, 0, 1);
  assertInInterval('flipRate', flipRate, 0, 1);
  return flipRate + (1 - 2 * flipRate) * p;
}

/**
 * The effective sample size of $n$ labels with flip rate $\varepsilon$: $n_{\mathrm{eff}} = (1 - 2\varepsilon)^2\, n$,
 * the number of noise-free labels that pin the direction of a reward as well, to first order. Each label's
 * sign $s \in \{\pm 1\}$ has its mean shrunk by $1 - 2\varepsilon$ while its variance stays near 1, so the
 * signal-to-noise ratio of an average of $n$ labels is that of $(1-2\varepsilon)^2 n$ clean ones (exact for the
 * first gradient step from $\theta = 0$, a first-order approximation for the fitted model).
 *
 * Edge cases: `n` an integer $\ge 0$; `flipRate` in $[0, 1]$; else `RangeError` naming the argument.
 *
 * @example
 * effectiveSampleSize(200, 0.2); // 72 (up to rounding: 0.36 · 200)
 * effectiveSampleSize(200, 0.5); // 0
 */
export function effectiveSampleSize(n: number, flipRate: number): number {
  assertInteger('n', n, 0);
  assertInInterval('flipRate', flipRate, 0, 1);
  return (1 - 2 * flipRate) ** 2 * n;
}

/**
 * How often two annotators with the same flip rate $\varepsilon$ give the same label to a pair whose choice
 * itself is certain (no Bradley–Terry noise): both keep it or both flip it,
 * $$ a = (1-\varepsilon)^2 + \varepsilon^2 = 1 - 2\varepsilon(1-\varepsilon). $$
 * Ranges from 1 at $\varepsilon = 0$ down to ½ at $\varepsilon = \tfrac12$.
 *
 * Edge cases: `flipRate` in $[0, 1]$, else `RangeError` naming it.
 *
 * @example
 * agreementFromFlipRate(0.2); // 0.68 (= 0.64 + 0.04)
 */
export function agreementFromFlipRate(flipRate: number): number {
  assertInInterval('flipRate', flipRate, 0, 1);
  // Written as 1 − 2ε(1 − ε) so that rounding never takes it below ½ (ε(1 − ε) ≤ ¼ survives rounding).
  return 1 - 2 * flipRate * (1 - flipRate);
}

/**
 * The flip rate $\varepsilon \le \tfrac12$ that explains an agreement rate $a$ between two annotators if every
 * disagreement were an independent flip of an otherwise certain choice (the inverse of
 * {@link agreementFromFlipRate}): $\varepsilon = \big(1 - \sqrt{2a - 1}\big)/2$. Real disagreement also comes from
 * close calls and differences of taste, so this is the largest flip rate the agreement allows, not a measurement
 * of it.
 *
 * Edge cases: `agreement` in $[\tfrac12, 1]$, else `RangeError` naming it.
 *
 * @example
 * flipRateFromAgreement(0.68); // 0.2 (up to rounding)
 */
export function flipRateFromAgreement(agreement: number): number {
  assertInInterval('agreement', agreement, 0.5, 1);
  return (1 - Math.sqrt(2 * agreement - 1)) / 2;
}
