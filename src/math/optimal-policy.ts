/**
 * The closed-form optimum of the KL-regularized RLHF objective and its partition function
 * (Rafailov et al. 2023, eq. 4; Peters and Schaal 2007).
 *
 * @module
 */
import { softmax } from './stable.ts';
import { assertPositive, assertSameLength, toFiniteVector, toProbabilityVector } from './validate.ts';

/** Shared validation: reference distribution, rewards, β, and the largest reward on the support of π_ref. */
function prepare(referenceProbs: ArrayLike<number>, rewards: ArrayLike<number>, beta: number) {
  const ref = toProbabilityVector('referenceProbs', referenceProbs);
  const r = toFiniteVector('rewards', rewards);
  assertSameLength('referenceProbs', ref, 'rewards', r);
  assertPositive('beta', beta);
  let rMax = -Infinity;
  for (let i = 0; i < r.length; i++) if ((ref[i] as number) > 0 && (r[i] as number) > rMax) rMax = r[i] as number;
  // log π_ref(y) + (r(y) − r_max)/β: ≤ 0 on the support, −∞ off it; never overflows.
  const logits = new Float64Array(r.length);
  for (let i = 0; i < r.length; i++) {
    const p = ref[i] as number;
    logits[i] = p > 0 ? Math.log(p) + ((r[i] as number) - rMax) / beta : -Infinity;
  }
  return { logits, rMax };
}

/**
 * The optimal policy of $\max_\pi \mathbb{E}_{y\sim\pi}[r(y)] - \beta\,\mathrm{KL}(\pi \,\|\, \pi_{\mathrm{ref}})$:
 * $$ \pi^*(y) = \frac{\pi_{\mathrm{ref}}(y)\, e^{r(y)/\beta}}{Z}, \qquad Z = \sum_y \pi_{\mathrm{ref}}(y)\, e^{r(y)/\beta}, $$
 * computed as $\operatorname{softmax}\big(\log\pi_{\mathrm{ref}} + (r - r_{\max})/\beta\big)$ (the shift by the largest
 * reward on the support changes nothing and keeps every exponent $\le 0$).
 *
 * Limits: $\beta \to 0$ puts all mass on $\arg\max r$ within the support of $\pi_{\mathrm{ref}}$ (ties share it
 * in proportion to $\pi_{\mathrm{ref}}$); $\beta \to \infty$ returns $\pi_{\mathrm{ref}}$. Mass is never created
 * where $\pi_{\mathrm{ref}} = 0$: those entries are exactly 0.
 *
 * Edge cases: `referenceProbs` a probability vector, `rewards` finite with the same length, `beta` finite $> 0$;
 * otherwise `RangeError` naming the argument. The result is finite and sums to 1 up to rounding for every
 * $\beta > 0$, including $\beta = 10^{-300}$.
 *
 * @example
 * optimalPolicy([0.5, 0.5], [0, Math.log(3)], 1); // ≈ Float64Array [0.25, 0.75]
 * optimalPolicy([0.5, 0.5, 0], [0, 1, 5], 0.01); // ≈ Float64Array [0, 1, 0] (no mass where π_ref = 0)
 */
export function optimalPolicy(referenceProbs: ArrayLike<number>, rewards: ArrayLike<number>, beta: number): Float64Array<ArrayBuffer> {
  return softmax(prepare(referenceProbs, rewards, beta).logits);
}

/**
 * The log-partition function of the optimal policy:
 * $$ \log Z = \log \sum_y \pi_{\mathrm{ref}}(y)\, e^{r(y)/\beta} = \frac{r_{\max}}{\beta} + \log\sum_y \pi_{\mathrm{ref}}(y)\, e^{(r(y) - r_{\max})/\beta}. $$
 * The maximum of the RLHF objective $\mathbb{E}_\pi[r] - \beta\,\mathrm{KL}(\pi\,\|\,\pi_{\mathrm{ref}})$ is
 * $\beta \log Z$, attained at $\pi^*$ (the objective equals $-\beta\,\mathrm{KL}(\pi\,\|\,\pi^*) + \beta\log Z$).
 *
 * Edge cases: as {@link optimalPolicy}. The result is finite unless $r_{\max}/\beta$ itself overflows float64
 * (e.g. $r_{\max} = 1$, $\beta = 10^{-310}$), in which case it is $\pm\infty$ like the true value's sign.
 *
 * @example
 * logPartition([0.5, 0.5], [0, Math.log(3)], 1); // 0.6931471805599453 (= log 2)
 */
export function logPartition(referenceProbs: ArrayLike<number>, rewards: ArrayLike<number>, beta: number): number {
  const { logits, rMax } = prepare(referenceProbs, rewards, beta);
  let s = 0;
  for (let i = 0; i < logits.length; i++) s += Math.exp(logits[i] as number);
  return rMax / beta + Math.log(s);
}

/**
 * The optimal value of the RLHF objective, $\beta \log Z = r_{\max} + \beta \log\sum_y \pi_{\mathrm{ref}}(y)\,e^{(r(y)-r_{\max})/\beta}$,
 * computed without forming $r/\beta$, so it stays finite for every $\beta > 0$ (it tends to $r_{\max}$ as
 * $\beta \to 0$ and to $\mathbb{E}_{\pi_{\mathrm{ref}}}[r]$ as $\beta \to \infty$).
 *
 * Edge cases: as {@link optimalPolicy}.
 *
 * @example
 * optimalObjective([0.5, 0.5], [0, Math.log(3)], 1); // 0.6931471805599453
 * optimalObjective([0.5, 0.5], [0, 1], 1e-300); // 1 (= r_max)
 */
export function optimalObjective(referenceProbs: ArrayLike<number>, rewards: ArrayLike<number>, beta: number): number {
  const { logits, rMax } = prepare(referenceProbs, rewards, beta);
  let s = 0;
  for (let i = 0; i < logits.length; i++) s += Math.exp(logits[i] as number);
  return rMax + beta * Math.log(s);
}
