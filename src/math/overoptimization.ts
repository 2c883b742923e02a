/**
 * Reward-model overoptimization: the KL of best-of-n sampling and Gao, Schulman & Hilton's (2022) gold-reward
 * functional forms.
 *
 * @module
 */
import { assertFinite, assertInteger, fail } from './validate.ts';

/**
 * KL divergence of best-of-$n$ sampling from the base policy (the analytic formula of Stiennon et al. 2020 /
 * Gao et al. 2022):
 * $$ \mathrm{KL}_{\mathrm{bo}n} = \log n - \frac{n-1}{n}. $$
 * It is exact for continuous rewards without ties and an upper bound in general (Beirami et al. 2024).
 *
 * Edge cases: `n` must be an integer $\ge 1$ ($n = 1$ gives 0); otherwise `RangeError` naming `n`.
 *
 * @example
 * bestOfNKl(4); // 0.6362943611198906 (= log 4 − 3/4 = 0.636294)
 * bestOfNKl(1024); // 5.932448368099453
 */
export function bestOfNKl(n: number): number {
  assertInteger('n', n, 1);
  return Math.log(n) - (n - 1) / n;
}

function checkDistance(d: number): number {
  assertFinite('d', d);
  if (d < 0) fail('d', 'a finite number >= 0', d);
  return d;
}

/**
 * Gao et al.'s gold-reward curve for best-of-$n$, as a function of $d = \sqrt{\mathrm{KL}(\pi\,\|\,\pi_{\mathrm{init}})}$:
 * $$ R_{\mathrm{bo}n}(d) = d\,(\alpha - \beta\, d), $$
 * peaking at $d^* = \alpha / (2\beta)$.
 *
 * Edge cases: `d` finite $\ge 0$, `alpha` and `beta` finite; otherwise `RangeError` naming the argument.
 *
 * @example
 * goldRewardBestOfN(1, 1, 0.25); // 0.75
 */
export function goldRewardBestOfN(d: number, alpha: number, beta: number): number {
  checkDistance(d);
  assertFinite('alpha', alpha);
  assertFinite('beta', beta);
  return d * (alpha - beta * d);
}

/**
 * Gao et al.'s gold-reward curve for RL, as a function of $d = \sqrt{\mathrm{KL}(\pi\,\|\,\pi_{\mathrm{init}})}$:
 * $$ R_{\mathrm{RL}}(d) = d\,(\alpha - \beta \log d), $$
 * peaking at $d^* = e^{\alpha/\beta - 1}$.
 *
 * Edge cases: $R_{\mathrm{RL}}(0) = 0$ (the limit, since $d \log d \to 0$); `d` finite $\ge 0$, `alpha` and
 * `beta` finite; otherwise `RangeError` naming the argument.
 *
 * @example
 * goldRewardRl(Math.E, 1, 0.5); // 1.3591409142295225 (= e · 0.5)
 */
export function goldRewardRl(d: number, alpha: number, beta: number): number {
  checkDistance(d);
  assertFinite('alpha', alpha);
  assertFinite('beta', beta);
  if (d === 0) return 0;
  return d * (alpha - beta * Math.log(d));
}
