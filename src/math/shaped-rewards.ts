/**
 * The per-token shaped reward of RLHF with PPO (Ziegler et al. 2019, "Fine-Tuning Language Models from Human
 * Preferences"; Ouyang et al. 2022): a KL penalty on every token and the reward model's score on the last one
 * (content/chapter-4/ppo-clip.mdx).
 *
 * @module
 */
import { assertFinite, assertPositive, assertSameLength, toFiniteVector } from './validate.ts';

/**
 * Per-token rewards of one response $y = (a_1, \dots, a_T)$:
 * $$ r_t = -\beta\big(\log\pi_\theta(a_t \mid s_t) - \log\pi_{\mathrm{ref}}(a_t \mid s_t)\big) + [t = T]\, r_\phi(x, y). $$
 * Their sum is $-\beta \log\frac{\pi_\theta(y\mid x)}{\pi_{\mathrm{ref}}(y\mid x)} + r_\phi(x, y)$, because a
 * sequence's log-probability is the sum of its tokens' log-probabilities.
 *
 * Edge cases: `policyLogProbs` and `referenceLogProbs` finite, the same non-zero length; `beta` finite $> 0$;
 * `score` finite; otherwise `RangeError` naming the argument.
 *
 * @example
 * shapedRewards([-1, -0.5], [-1.2, -0.4], 0.1, 2); // Float64Array [-0.02, 2.01]
 */
export function shapedRewards(
  policyLogProbs: ArrayLike<number>,
  referenceLogProbs: ArrayLike<number>,
  beta: number,
  score: number,
): Float64Array<ArrayBuffer> {
  const policy = toFiniteVector('policyLogProbs', policyLogProbs);
  const reference = toFiniteVector('referenceLogProbs', referenceLogProbs);
  assertSameLength('policyLogProbs', policy, 'referenceLogProbs', reference);
  assertPositive('beta', beta);
  assertFinite('score', score);
  const rewards = new Float64Array(policy.length);
  for (let t = 0; t < policy.length; t++) rewards[t] = -beta * ((policy[t] as number) - (reference[t] as number));
  rewards[policy.length - 1] = (rewards[policy.length - 1] as number) + score;
  return rewards;
}
