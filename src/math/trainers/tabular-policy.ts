/**
 * Tabular policies over the toy world: one categorical distribution per prompt, `policy[x][y]`
 * $= \pi(y \mid x)$, parametrised by logits as $\pi(\cdot \mid x) = \operatorname{softmax}(\theta_x)$.
 * Helpers shared by the SFT and DPO trainers and by the closed-form KL-optimal policy (content/chapter-5,
 * section 5.1).
 *
 * @module
 */
import { klDivergenceUnchecked } from '../kl-divergence.ts';
import { optimalPolicy } from '../optimal-policy.ts';
import { softmax } from '../stable.ts';
import { totalVariation } from '../total-variation.ts';
import { assertPositive, fail, toProbabilityVector } from '../validate.ts';
import { responseCounts, type Shape } from './check-comparisons.ts';

/**
 * The uniform policy, $\pi(y \mid x) = 1/K_x$, for a world or a list of response counts.
 *
 * @example
 * uniformPolicy([2, 4]); // [[0.5, 0.5], [0.25, 0.25, 0.25, 0.25]]
 */
export function uniformPolicy(shape: Shape): number[][] {
  return responseCounts(shape).map((k) => Array.from({ length: k }, () => 1 / k));
}

/**
 * Checks a tabular policy (one probability vector per prompt, matching the shape when one is given) and
 * copies it; `RangeError` naming `name[x]` otherwise.
 *
 * @example
 * checkTabularPolicy('reference', [[0.5, 0.5]]); // [[0.5, 0.5]]
 */
export function checkTabularPolicy(name: string, policy: unknown, shape?: Shape): number[][] {
  const counts = shape === undefined ? null : responseCounts(shape);
  if (!Array.isArray(policy) || policy.length === 0 || (counts !== null && policy.length !== counts.length)) {
    fail(name, counts === null ? 'a non-empty array of probability vectors' : `an array of ${String(counts.length)} probability vectors (one per prompt)`, policy);
  }
  return (policy as ArrayLike<number>[]).map((row, x) => {
    const p = toProbabilityVector(`${name}[${String(x)}]`, row);
    if (counts !== null && p.length !== counts[x]) fail(`${name}[${String(x)}]`, `a probability vector of length ${String(counts[x])}`, row);
    return Array.from(p);
  });
}

/**
 * The policy of tabular logits, $\pi(\cdot \mid x) = \operatorname{softmax}(\theta_x)$ row by row.
 *
 * @example
 * tabularPolicy([[0, Math.log(3)]]); // [[0.25, 0.75]] (up to rounding)
 */
export function tabularPolicy(logits: readonly (readonly number[])[]): number[][] {
  return logits.map((row) => Array.from(softmax(row)));
}

/**
 * The KL-optimal policy for a reward table, prompt by prompt (content/chapter-5, section 5.1):
 * $$ \pi^*(y \mid x) = \frac{\pi_{\mathrm{ref}}(y \mid x)\, e^{r(x, y)/\beta}}{Z(x)}, $$
 * the maximiser of $\mathbb{E}_{\pi}[r] - \beta\,\mathrm{KL}(\pi \,\|\, \pi_{\mathrm{ref}})$ for each prompt
 * ({@link optimalPolicy} per row).
 *
 * Edge cases: `reference` one probability vector per prompt, `rewards` finite rows of the same lengths, `beta`
 * finite $> 0$; otherwise `RangeError` naming the argument.
 *
 * @example
 * tabularOptimalPolicy([[0.5, 0.5]], [[0, Math.log(3)]], 1); // [[0.25, 0.75]] (up to rounding)
 */
export function tabularOptimalPolicy(reference: readonly (readonly number[])[], rewards: readonly (readonly number[])[], beta: number): number[][] {
  const ref = checkTabularPolicy('reference', reference);
  assertPositive('beta', beta);
  if (!Array.isArray(rewards) || rewards.length !== ref.length) fail('rewards', `an array of ${String(ref.length)} reward rows`, rewards);
  return ref.map((row, x) => Array.from(optimalPolicy(row, rewards[x] as number[], beta)));
}

/**
 * Mean over prompts of the KL divergence $\frac{1}{|X|}\sum_x \mathrm{KL}(\pi(\cdot\mid x) \,\|\, \pi_{\mathrm{ref}}(\cdot\mid x))$
 * (prompts weighted equally); $+\infty$ if $\pi$ puts mass where $\pi_{\mathrm{ref}}$ has none.
 *
 * @example
 * meanKlDivergence([[0.5, 0.5]], [[0.5, 0.5]]); // 0
 */
export function meanKlDivergence(policy: readonly (readonly number[])[], reference: readonly (readonly number[])[]): number {
  const p = checkTabularPolicy('policy', policy);
  const q = checkTabularPolicy('reference', reference, p.map((row) => row.length));
  return p.reduce((s, row, x) => s + klDivergenceUnchecked(row, q[x] as number[]), 0) / p.length;
}

/**
 * Mean over prompts of the total variation distance $\frac{1}{|X|}\sum_x \mathrm{TV}(\pi(\cdot\mid x), \pi'(\cdot\mid x))$.
 *
 * @example
 * meanTotalVariation([[1, 0], [0.5, 0.5]], [[0, 1], [0.5, 0.5]]); // 0.5
 */
export function meanTotalVariation(policy: readonly (readonly number[])[], other: readonly (readonly number[])[]): number {
  const p = checkTabularPolicy('policy', policy);
  const q = checkTabularPolicy('other', other, p.map((row) => row.length));
  return p.reduce((s, row, x) => s + totalVariation(row, q[x] as number[]), 0) / p.length;
}
