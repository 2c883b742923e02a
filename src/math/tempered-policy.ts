/**
 * Temperature applied to a categorical policy: sharpen it toward its most likely response or flatten it toward
 * uniform over its support (content/chapter-2/reference-policy.mdx).
 *
 * @module
 */
import { softmax } from './stable.ts';
import { assertPositive, toProbabilityVector } from './validate.ts';

/**
 * The policy raised to the power $1/T$ and renormalized:
 * $$ \pi_T(y) = \frac{\pi(y)^{1/T}}{\sum_{y'} \pi(y')^{1/T}} = \operatorname{softmax}\!\Big(\frac{\log \pi}{T}\Big)_y. $$
 * $T = 1$ returns $\pi$; $T < 1$ sharpens it (as $T \to 0$ it tends to the uniform distribution over the most
 * likely responses); $T > 1$ flattens it toward the uniform distribution over its support. Responses with
 * $\pi(y) = 0$ keep probability exactly 0 for every $T$: temperature never adds support. Computed in log space
 * ($\log 0 = -\infty$), so no power underflows or overflows.
 *
 * Edge cases: `policy` must be a probability vector (entries in $[0, 1]$, sum within $10^{-9}$ of 1) and
 * `temperature` a finite number $> 0$, else `RangeError` naming the argument.
 *
 * @example
 * temperedPolicy([0.2, 0.8], 0.5); // Float64Array [0.0588…, 0.9411…] (= [0.04, 0.64] / 0.68)
 * temperedPolicy([0.5, 0.5, 0], 3); // Float64Array [0.5, 0.5, 0]
 */
export function temperedPolicy(policy: ArrayLike<number>, temperature: number): Float64Array<ArrayBuffer> {
  const p = toProbabilityVector('policy', policy);
  const t = assertPositive('temperature', temperature);
  const logs = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) logs[i] = Math.log(p[i] as number);
  return softmax(logs, t);
}
