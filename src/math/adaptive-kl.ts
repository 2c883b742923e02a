/**
 * The adaptive KL controller of Ziegler et al. (2019, section 2.2): a proportional controller that moves the KL
 * coefficient $\beta$ so that the measured KL of the policy tracks a target.
 *
 * @module
 */
import { assertFinite, assertPositive, fail } from './validate.ts';

/** Ziegler et al.'s clip on the proportional error: $\pm 0.2$. */
export const ADAPTIVE_KL_CLIP = 0.2;

/**
 * One update of the controller:
 * $$ e_t = \operatorname{clip}\!\Big(\frac{\mathrm{KL}_t - \mathrm{KL}_{\mathrm{target}}}{\mathrm{KL}_{\mathrm{target}}},\, -0.2,\, 0.2\Big),
 *    \qquad \beta_{t+1} = \beta_t\,(1 + K_\beta\, e_t). $$
 * A KL above target raises $\beta$ (a stronger pull back to $\pi_{\mathrm{ref}}$), one below lowers it; the clip
 * caps a single step at a factor $1 \pm 0.2 K_\beta$. Ziegler et al. use $K_\beta = 0.1$.
 *
 * Edge cases: `beta`, `target` finite $> 0$; `kl` finite $\ge 0$; `gain` finite in $[0, 5)$ (so the factor
 * $1 - 0.2K_\beta$ stays positive); otherwise `RangeError` naming the argument.
 *
 * @example
 * adaptiveKlStep(0.1, 12, 6, 0.1); // 0.10200000000000001 (error clipped to +0.2: β grows by 2 %)
 * adaptiveKlStep(0.1, 5.7, 6, 0.1); // 0.0995 (error −0.05)
 */
export function adaptiveKlStep(beta: number, kl: number, target: number, gain: number): number {
  assertPositive('beta', beta);
  assertFinite('kl', kl);
  if (kl < 0) fail('kl', 'a finite number >= 0', kl);
  assertPositive('target', target);
  assertFinite('gain', gain);
  if (gain < 0 || gain >= 1 / ADAPTIVE_KL_CLIP) fail('gain', 'a finite number in [0, 5)', gain);
  const error = Math.min(ADAPTIVE_KL_CLIP, Math.max(-ADAPTIVE_KL_CLIP, (kl - target) / target));
  return beta * (1 + gain * error);
}

/**
 * Runs the controller against a policy whose KL is a known function of $\beta$ (for example the KL of
 * $\pi_\beta \propto \pi_{\mathrm{ref}} e^{r/\beta}$, which falls as $\beta$ grows): $\mathrm{KL}_t = $
 * `klAt(β_t)`, then one {@link adaptiveKlStep}. Returns $\beta_0, \dots, \beta_T$ and $\mathrm{KL}_0, \dots, \mathrm{KL}_T$.
 *
 * Edge cases: `steps` an integer in $[0, 10^6]$; `klAt` must return a finite number $\ge 0$; the other arguments
 * as in {@link adaptiveKlStep}; otherwise `RangeError` naming the argument.
 *
 * @example
 * adaptiveKlRun((b) => 1 / b, 1, 2, 0.1, 2).betas; // [1, 0.98, 0.9604] (KL ≈ 1 is half the target: the error is clipped to −0.2 each step)
 */
export function adaptiveKlRun(
  klAt: (beta: number) => number,
  beta0: number,
  target: number,
  gain: number,
  steps: number,
): { betas: number[]; kls: number[] } {
  assertPositive('beta0', beta0);
  if (!Number.isInteger(steps) || steps < 0 || steps > 1e6) fail('steps', 'an integer in [0, 1000000]', steps);
  const betas = [beta0];
  const kls: number[] = [];
  let beta = beta0;
  for (let t = 0; t <= steps; t++) {
    const kl = klAt(beta);
    if (!Number.isFinite(kl) || kl < 0) fail('klAt', 'a function returning a finite number >= 0', kl);
    kls.push(kl);
    if (t === steps) break;
    beta = adaptiveKlStep(beta, kl, target, gain);
    betas.push(beta);
  }
  return { betas, kls };
}
