/**
 * The implicit reward of a policy relative to its reference (Rafailov et al. 2023, eq. 5; content/chapter-5/dpo-loss.mdx).
 *
 * @module
 */
import { assertPositive, assertSameLength, toFiniteVector, toProbabilityVector } from './validate.ts';

/**
 * The implicit reward DPO assigns to each response:
 * $$ \hat r_\theta(y) = \beta \log\frac{\pi_\theta(y)}{\pi_{\mathrm{ref}}(y)}. $$
 * For $\pi_\theta = \pi^*$ it recovers the true reward up to the per-prompt constant $\beta \log Z$, which
 * cancels inside Bradley–Terry.
 *
 * Conventions and edge cases: computed as $\beta(\log\pi_\theta - \log\pi_{\mathrm{ref}})$;
 * $+\infty$ where $\pi_{\mathrm{ref}} = 0 < \pi_\theta$ and $-\infty$ where $\pi_\theta = 0 < \pi_{\mathrm{ref}}$
 * (the true values); **0** where both are 0 (the response is outside both supports; convention, like
 * $0\log 0 = 0$). Both arguments must be probability vectors of equal length and `beta` finite $> 0$;
 * otherwise `RangeError` naming the argument.
 *
 * @example
 * implicitReward([0.25, 0.75], [0.5, 0.5], 1); // Float64Array [-0.6931471805599453, 0.4054651081081644]
 */
export function implicitReward(policyProbs: ArrayLike<number>, referenceProbs: ArrayLike<number>, beta: number): Float64Array<ArrayBuffer> {
  const p = toProbabilityVector('policyProbs', policyProbs);
  const ref = toProbabilityVector('referenceProbs', referenceProbs);
  assertSameLength('policyProbs', p, 'referenceProbs', ref);
  assertPositive('beta', beta);
  const out = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) {
    const a = p[i] as number;
    const b = ref[i] as number;
    if (a === 0 && b === 0) out[i] = 0;
    else if (b === 0) out[i] = Infinity;
    else if (a === 0) out[i] = -Infinity;
    else out[i] = beta * (Math.log(a) - Math.log(b));
  }
  return out;
}

/**
 * The implicit reward from log-probabilities, as DPO implementations compute it (a response's log-probability
 * is the sum of its tokens' log-probabilities):
 * $$ \hat r_\theta(y) = \beta\,\big(\log\pi_\theta(y) - \log\pi_{\mathrm{ref}}(y)\big). $$
 * Working with log-probabilities keeps it finite where the probabilities themselves would underflow to 0
 * (e.g. $\log\pi_\theta(y) = -800$).
 *
 * Edge cases: both arguments finite vectors of equal length (a log-probability of $-\infty$ is rejected: the
 * response is outside the support and its implicit reward is not a number to compare), `beta` finite $> 0$;
 * otherwise `RangeError` naming the argument.
 *
 * @example
 * implicitRewardFromLogProbs([Math.log(0.25), -800], [Math.log(0.5), -799], 0.1); // ≈ Float64Array [-0.0693, -0.1]
 */
export function implicitRewardFromLogProbs(
  policyLogProbs: ArrayLike<number>,
  referenceLogProbs: ArrayLike<number>,
  beta: number,
): Float64Array<ArrayBuffer> {
  const p = toFiniteVector('policyLogProbs', policyLogProbs);
  const ref = toFiniteVector('referenceLogProbs', referenceLogProbs);
  assertSameLength('policyLogProbs', p, 'referenceLogProbs', ref);
  assertPositive('beta', beta);
  const out = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) out[i] = beta * ((p[i] as number) - (ref[i] as number));
  return out;
}
