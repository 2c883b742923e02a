/**
 * Exact means and standard deviations of the single-sample KL estimators $k_1, k_2, k_3$
 * (src/math/kl-estimators.ts) when $\pi_\theta = \mathcal N(0, 1)$ and $\pi_{\mathrm{ref}} = \mathcal N(\mu, 1)$, the
 * example of J. Schulman's note "Approximating KL divergence" (2020), derived in content/chapter-4/kl-estimators.mdx.
 *
 * For $x \sim \pi_\theta$ the log-ratio is $\ell = \log\rho = \mu x - \mu^2/2 \sim \mathcal N(-\mu^2/2,\ \mu^2)$, and:
 * $$
 * \begin{aligned}
 * \mathrm{KL} &= \mu^2/2, \\
 * \mathbb{E}[k_1] &= \mu^2/2, & \mathrm{Var}[k_1] &= \mu^2, \\
 * \mathbb{E}[k_2] &= \mu^2/2 + \mu^4/8, & \mathrm{Var}[k_2] &= \mu^4/2 + \mu^6/4, \\
 * \mathbb{E}[k_3] &= \mu^2/2, & \mathrm{Var}[k_3] &= e^{\mu^2} - 1 - \mu^2 .
 * \end{aligned}
 * $$
 *
 * @module
 */
import type { KlEstimator } from './kl-estimators.ts';
import { assertFinite } from './validate.ts';

/** Mean and standard deviation of one estimator over single samples. */
export interface EstimatorMoments {
  /** $\mathbb{E}_{\pi_\theta}[k]$. */
  mean: number;
  /** $\sqrt{\mathrm{Var}_{\pi_\theta}[k]}$ for one sample; the mean of $n$ samples has $1/\sqrt n$ of it. */
  sd: number;
}

/**
 * $\mathrm{KL}(\mathcal N(0,1) \,\|\, \mathcal N(\mu,1)) = \mu^2/2$ nats. `mu` must be finite, else `RangeError`.
 *
 * @example
 * gaussianShiftKl(1); // 0.5
 */
export function gaussianShiftKl(mu: number): number {
  const m = assertFinite('mu', mu);
  return (m * m) / 2;
}

/**
 * The exact single-sample mean and standard deviation of `kind` for $\pi_\theta = \mathcal N(0,1)$,
 * $\pi_{\mathrm{ref}} = \mathcal N(\mu,1)$ (formulas in the module notes). $\mathrm{Var}[k_3]$ is computed as
 * `expm1(μ²) − μ²`, with its series $\mu^4/2 + \mu^6/6 + \mu^8/24 + \dots$ for $\mu^2 < 10^{-2}$, so small drifts keep
 * full relative precision. `mu` must be finite, else `RangeError`; `Var[k₃]` overflows to `Infinity` for
 * $\mu^2 > 709.78$.
 *
 * @example
 * gaussianEstimatorMoments('k2', 1); // { mean: 0.625, sd: 0.8660254037844386 }
 * gaussianEstimatorMoments('k3', 1).sd; // 0.8474917... = √(e − 2)
 */
export function gaussianEstimatorMoments(kind: KlEstimator, mu: number): EstimatorMoments {
  const m2 = assertFinite('mu', mu) ** 2;
  const kl = m2 / 2;
  switch (kind) {
    case 'k1':
      return { mean: kl, sd: Math.sqrt(m2) };
    case 'k2':
      return { mean: kl + (m2 * m2) / 8, sd: Math.sqrt((m2 * m2) / 2 + (m2 * m2 * m2) / 4) };
    case 'k3': {
      const variance =
        m2 < 1e-2 ? m2 * m2 * (1 / 2 + m2 * (1 / 6 + m2 * (1 / 24 + m2 * (1 / 120 + m2 / 720)))) : Math.expm1(m2) - m2;
      return { mean: kl, sd: Math.sqrt(variance) };
    }
    default:
      throw new RangeError(`kind must be one of k1, k2, k3 (received ${String(kind)})`);
  }
}
