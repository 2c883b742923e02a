/**
 * The KL-regularized RLHF objective for a categorical policy (Ouyang et al. 2022, eq. 2, without the pretraining term; Rafailov et al. 2023, eq. 3).
 *
 * @module
 */
import { klDivergenceUnchecked } from './kl-divergence.ts';
import { assertPositive, assertSameLength, toFiniteVector, toProbabilityVector } from './validate.ts';

/**
 * The per-prompt RLHF objective
 * $$ J(\pi) = \mathbb{E}_{y\sim\pi}[r(y)] - \beta\,\mathrm{KL}(\pi \,\|\, \pi_{\mathrm{ref}}). $$
 * It equals $-\beta\,\mathrm{KL}(\pi\,\|\,\pi^*) + \beta\log Z$, so it is maximized by
 * {@link optimalPolicy} with maximum $\beta \log Z$ ({@link logPartition}).
 *
 * Edge cases: returns $-\infty$ (the true value) when $\pi$ puts mass where $\pi_{\mathrm{ref}} = 0$.
 * `policy` and `reference` must be probability vectors, `rewards` finite, all of the same length, and `beta`
 * finite $> 0$; otherwise `RangeError` naming the argument.
 *
 * @example
 * rlhfObjective([0.25, 0.75], [0.5, 0.5], [0, Math.log(3)], 1); // 0.6931471805599452 (= β log Z = log 2)
 */
export function rlhfObjective(
  policy: ArrayLike<number>,
  reference: ArrayLike<number>,
  rewards: ArrayLike<number>,
  beta: number,
): number {
  const p = toProbabilityVector('policy', policy);
  const ref = toProbabilityVector('reference', reference);
  const r = toFiniteVector('rewards', rewards);
  assertSameLength('policy', p, 'reference', ref);
  assertSameLength('policy', p, 'rewards', r);
  assertPositive('beta', beta);
  let expected = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i] as number;
    if (pi !== 0) expected += pi * (r[i] as number);
  }
  const kl = klDivergenceUnchecked(p, ref);
  return kl === Infinity ? -Infinity : expected - beta * kl;
}
