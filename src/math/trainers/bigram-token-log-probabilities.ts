/**
 * Per-token log-probabilities of a response under the bigram policy of `bigram-policy.ts`: the terms whose sum is
 * {@link bigramLogProbability}. PPO's per-token KL penalty (content/chapter-4/ppo-clip.mdx) needs them one by one.
 *
 * @module
 */
import { logSoftmax } from '../stable.ts';
import { fail } from '../validate.ts';
import type { BigramTransition } from './bigram-policy.ts';

/**
 * $\log\pi_\theta(a_t \mid a_{t-1}) = \log\operatorname{softmax}(\theta_{a_{t-1}})_{a_t}$ for each transition
 * $(a_{t-1}, a_t)$ of a response, in order (the last one is the end token). Their sum is
 * $\log\pi_\theta(y)$.
 *
 * Edge cases: a transition outside the logits throws `RangeError` naming `transitions`.
 *
 * @example
 * bigramTokenLogProbabilities([[0, 0], [0, Math.log(3)]], [[0, 1], [1, 1]]); // Float64Array [log ½, log ¾]
 */
export function bigramTokenLogProbabilities(
  logits: readonly (readonly number[])[],
  transitions: readonly BigramTransition[],
): Float64Array<ArrayBuffer> {
  const out = new Float64Array(transitions.length);
  transitions.forEach(([a, b], t) => {
    const row = logits[a];
    if (row === undefined) fail('transitions', `context rows below ${String(logits.length)}`, a);
    const value = logSoftmax(row)[b];
    if (value === undefined) fail('transitions', `output columns below ${String(row.length)}`, b);
    out[t] = value;
  });
  return out;
}
