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
