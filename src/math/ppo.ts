/**
 * PPO's clipped surrogate objective (Schulman et al. 2017, "Proximal Policy Optimization Algorithms", eq. 7).
 *
 * @module
 */
import { assertFinite, assertInInterval, fail } from './validate.ts';

/**
 * PPO's clipped surrogate for one action (to be maximized; the loss is its negative):
 * $$ L^{\mathrm{CLIP}}(\rho, \hat A) = \min\!\big(\rho \hat A,\; \operatorname{clip}(\rho, 1-\varepsilon, 1+\varepsilon)\, \hat A\big), \qquad \rho = \frac{\pi_\theta(a\mid s)}{\pi_{\mathrm{old}}(a\mid s)}. $$
 * For $\hat A > 0$ it is flat for $\rho > 1+\varepsilon$; for $\hat A < 0$ it is flat for $\rho < 1-\varepsilon$:
 * the objective gives no incentive to move the ratio further outside the trust region.
 *
 * Edge cases: `ratio` finite $\ge 0$, `advantage` finite, `epsilon` in $[0, 1)$ (default 0.2); otherwise
 * `RangeError` naming the argument.
 *
 * @example
 * ppoClipObjective(1.5, 1); // 1.2 (clipped at 1 + ε)
 * ppoClipObjective(0.5, -1); // -0.8 (clipped at 1 − ε)
 * ppoClipObjective(1.5, -1); // -1.5 (the unclipped term is smaller: not clipped)
 */
export function ppoClipObjective(ratio: number, advantage: number, epsilon = 0.2): number {
  assertFinite('ratio', ratio);
  if (ratio < 0) fail('ratio', 'a finite number >= 0', ratio);
  assertFinite('advantage', advantage);
  assertInInterval('epsilon', epsilon, 0, 1, { upperInclusive: false });
  const clipped = Math.min(Math.max(ratio, 1 - epsilon), 1 + epsilon);
  return Math.min(ratio * advantage, clipped * advantage);
}

/**
 * The derivative of {@link ppoClipObjective} with respect to the ratio:
 * $$ \frac{\partial L^{\mathrm{CLIP}}}{\partial \rho} = \begin{cases} 0 & \hat A > 0,\ \rho > 1+\varepsilon \ \text{ or } \ \hat A < 0,\ \rho < 1-\varepsilon \quad\text{(clipped)}\\ \hat A & \text{otherwise.} \end{cases} $$
 * In the clipped region the minimum picks the clipped term, which does not depend on $\rho$: the sample
 * contributes no gradient at all. At the boundary $\rho = 1 \pm \varepsilon$ both terms are equal and this returns
 * the one-sided value from the unclipped side, $\hat A$.
 *
 * Edge cases: as {@link ppoClipObjective}.
 *
 * @example
 * ppoClipGradient(1.3, 1); // 0 (clipped: ρ > 1 + ε with A > 0)
 * ppoClipGradient(1.3, -1); // -1 (not clipped: the pessimistic term is ρA)
 * ppoClipGradient(0.7, -1); // 0 (clipped: ρ < 1 − ε with A < 0)
 */
export function ppoClipGradient(ratio: number, advantage: number, epsilon = 0.2): number {
  ppoClipObjective(ratio, advantage, epsilon);
  return isPpoClipped(ratio, advantage, epsilon) ? 0 : advantage;
}

/**
 * Whether a sample lies in the clipped (flat, zero-gradient) region of {@link ppoClipObjective}: $\hat A > 0$ and
 * $\rho > 1+\varepsilon$, or $\hat A < 0$ and $\rho < 1-\varepsilon$. With $\hat A = 0$ nothing is clipped (the
 * objective is 0 everywhere).
 *
 * Edge cases: as {@link ppoClipObjective}.
 *
 * @example
 * isPpoClipped(1.3, 1); // true
 * isPpoClipped(0.7, 1); // false (a ratio that fell with A > 0 is never clipped)
 */
export function isPpoClipped(ratio: number, advantage: number, epsilon = 0.2): boolean {
  ppoClipObjective(ratio, advantage, epsilon);
  return (advantage > 0 && ratio > 1 + epsilon) || (advantage < 0 && ratio < 1 - epsilon);
}
