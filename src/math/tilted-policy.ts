/**
 * A categorical policy moved along a direction in logit space (exponential tilting): the perturbations of the
 * KL-optimal policy that content/chapter-5/optimal-policy.mdx applies to show that every move away from it
 * lowers the KL-regularized objective.
 *
 * @module
 */
import { softmax } from './stable.ts';
import { assertFinite, assertSameLength, toFiniteVector, toProbabilityVector } from './validate.ts';

/**
 * The policy tilted by a step $\varepsilon$ along a direction $d$ of logit offsets:
 * $$ \pi_\varepsilon(y) = \frac{\pi(y)\, e^{\varepsilon d(y)}}{\sum_{y'} \pi(y')\, e^{\varepsilon d(y')}} = \operatorname{softmax}\big(\log\pi + \varepsilon d\big)_y. $$
 * $\varepsilon = 0$ returns $\pi$; adding a constant to every $d(y)$ changes nothing; responses with
 * $\pi(y) = 0$ keep probability exactly 0 (tilting never adds support). Computed in log space with the
 * largest logit subtracted, so no exponential overflows.
 *
 * Edge cases: `policy` must be a probability vector, `direction` finite numbers of the same length and `step`
 * a finite number, else `RangeError` naming the argument.
 *
 * @example
 * tiltedPolicy([0.5, 0.5], [Math.log(3), 0], 1); // Float64Array [0.75, 0.25]
 * tiltedPolicy([0.2, 0.3, 0.5], [1, 0, 0], 0); // Float64Array [0.2, 0.3, 0.5]
 */
export function tiltedPolicy(policy: ArrayLike<number>, direction: ArrayLike<number>, step: number): Float64Array<ArrayBuffer> {
  const p = toProbabilityVector('policy', policy);
  const d = toFiniteVector('direction', direction);
  assertSameLength('policy', p, 'direction', d);
  const eps = assertFinite('step', step);
  const logits = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) {
    const pi = p[i] as number;
    logits[i] = pi > 0 ? Math.log(pi) + eps * (d[i] as number) : -Infinity;
  }
  return softmax(logits);
}
