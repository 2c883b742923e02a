/**
 * The representative of a reward's equivalence class that the DPO reparameterisation picks (Rafailov et al.
 * 2023, Theorem 1 and its proof; content/chapter-5/implicit-reward.mdx).
 *
 * @module
 */
import { optimalObjective } from './optimal-policy.ts';

/**
 * The projection of Rafailov et al. (2023, proof of Theorem 1) of a reward onto its equivalence class's member
 * of the form $\beta\log\pi/\pi_{\mathrm{ref}}$:
 * $$ f(r; \pi_{\mathrm{ref}}, \beta)(y) = r(y) - \beta\log\sum_{y'} \pi_{\mathrm{ref}}(y')\,e^{r(y')/\beta} = r(y) - \beta\log Z. $$
 * It subtracts a constant (one per prompt), so it stays in the class of $r$; on the support of
 * $\pi_{\mathrm{ref}}$ it equals $\beta\log\frac{\pi^*_r(y)}{\pi_{\mathrm{ref}}(y)}$, the implicit reward of
 * $r$'s optimal policy $\pi^*_r = \pi_{\mathrm{ref}}\,e^{r/\beta}/Z$. It is the one member of the class with
 * $\sum_y \pi_{\mathrm{ref}}(y)\,e^{f(y)/\beta} = 1$, so it does not change when a constant is added to $r$.
 *
 * Computed as $r(y) - \big(r_{\max} + \beta\log\sum_{y'}\pi_{\mathrm{ref}}(y')\,e^{(r(y') - r_{\max})/\beta}\big)$
 * (`optimalObjective`), finite for every $\beta > 0$. Responses outside the support of $\pi_{\mathrm{ref}}$ get
 * $r(y) - \beta\log Z$ too (there $\pi^*_r(y) = \pi_{\mathrm{ref}}(y) = 0$ and the log-ratio form is undefined).
 *
 * Edge cases: `referenceProbs` a probability vector, `rewards` finite with the same length, `beta` finite
 * $> 0$; otherwise `RangeError` naming the argument.
 *
 * @example
 * rewardProjection([0.5, 0.5], [0, Math.log(3)], 1); // ≈ Float64Array [-0.6931, 0.4055] (= log 0.5, log 1.5)
 * rewardProjection([0.5, 0.5], [5, 5 + Math.log(3)], 1); // the same: a constant added to r changes nothing
 */
export function rewardProjection(referenceProbs: ArrayLike<number>, rewards: ArrayLike<number>, beta: number): Float64Array<ArrayBuffer> {
  const betaLogZ = optimalObjective(referenceProbs, rewards, beta);
  const out = new Float64Array(rewards.length);
  for (let i = 0; i < rewards.length; i++) out[i] = (rewards[i] as number) - betaLogZ;
  return out;
}
