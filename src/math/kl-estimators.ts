/**
 * Single-sample estimators of $\mathrm{KL}(\pi_\theta \,\|\, \pi_{\mathrm{ref}})$ from a sample $y \sim \pi_\theta$
 * (J. Schulman, "Approximating KL divergence", 2020; content/chapter-4/kl-estimators.mdx). Each takes the
 * log-ratio $\ell = \log \rho = \log \pi_{\mathrm{ref}}(y) - \log \pi_\theta(y)$ of that sample, the quantity a
 * training loop has as a difference of two log-probabilities.
 *
 * @module
 */
import { assertFinite } from './validate.ts';

/** The three estimators, in Schulman's names. */
export const KL_ESTIMATORS = ['k1', 'k2', 'k3'] as const;

/** One of the three estimators. */
export type KlEstimator = (typeof KL_ESTIMATORS)[number];

/**
 * $k_1 = -\log\rho = -\ell$: unbiased, since $\mathbb{E}_{\pi_\theta}[-\log\rho] = \mathrm{KL}(\pi_\theta\|\pi_{\mathrm{ref}})$,
 * and negative whenever $\pi_{\mathrm{ref}}(y) > \pi_\theta(y)$. `logRatio` must be finite, else `RangeError`.
 *
 * @example
 * klK1(-0.5); // 0.5
 * klK1(0.3); // -0.3
 */
export function klK1(logRatio: number): number {
  return -assertFinite('logRatio', logRatio);
}

/**
 * $k_2 = \tfrac12 (\log\rho)^2 = \tfrac12\ell^2$: never negative, biased (its mean is an $f$-divergence that agrees
 * with the KL only to second order around $\rho = 1$). `logRatio` must be finite, else `RangeError`.
 *
 * @example
 * klK2(-0.5); // 0.125
 */
export function klK2(logRatio: number): number {
  const l = assertFinite('logRatio', logRatio);
  return 0.5 * l * l;
}

/**
 * $k_3 = (\rho - 1) - \log\rho = (e^{\ell} - 1) - \ell$: unbiased (since $\mathbb{E}_{\pi_\theta}[\rho] = 1$) and
 * never negative (since $\log x \le x - 1$). Computed as `expm1(ℓ) − ℓ`, and for $|\ell| < 10^{-2}$ by its series
 * $\sum_{j \ge 2} \ell^j / j!$ up to $j = 7$ (relative error below $10^{-15}$), which avoids the cancellation of the
 * two terms near $\ell = 0$. Overflows to `Infinity` only when $e^{\ell}$ does ($\ell > 709.78$). `logRatio` must be
 * finite, else `RangeError`.
 *
 * @example
 * klK3(-0.5); // 0.10653065971263342 (= e^{-0.5} − 1 + 0.5)
 * klK3(1e-9); // 5.000000001666667e-19
 */
export function klK3(logRatio: number): number {
  const l = assertFinite('logRatio', logRatio);
  if (Math.abs(l) < 1e-2) {
    // ℓ²/2! + ℓ³/3! + … + ℓ⁷/7!, by Horner.
    return l * l * (1 / 2 + l * (1 / 6 + l * (1 / 24 + l * (1 / 120 + l * (1 / 720 + l / 5040)))));
  }
  return Math.expm1(l) - l;
}

/**
 * The estimator `kind` at one sample's log-ratio: {@link klK1}, {@link klK2} or {@link klK3}. An unknown `kind`
 * is a `RangeError` naming it.
 *
 * @example
 * klEstimate('k3', -0.5); // 0.10653065971263342
 */
export function klEstimate(kind: KlEstimator, logRatio: number): number {
  switch (kind) {
    case 'k1':
      return klK1(logRatio);
    case 'k2':
      return klK2(logRatio);
    case 'k3':
      return klK3(logRatio);
    default:
      throw new RangeError(`kind must be one of k1, k2, k3 (received ${String(kind)})`);
  }
}
