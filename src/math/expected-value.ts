/**
 * Expectation of a function of a categorical random variable.
 *
 * @module
 */
import { assertSameLength, toFiniteVector, toProbabilityVector } from './validate.ts';

/**
 * Expected value under a categorical distribution:
 * $$ \mathbb{E}_{y \sim p}[f(y)] = \sum_i p_i f_i. $$
 *
 * Edge cases: `p` must be a probability vector (entries in $[0, 1]$, sum within $10^{-9}$ of 1) and `values`
 * finite, of the same length; otherwise `RangeError` naming the argument.
 *
 * @example
 * expectedValue([0.25, 0.75], [1, 3]); // 2.5
 */
export function expectedValue(p: ArrayLike<number>, values: ArrayLike<number>): number {
  const pp = toProbabilityVector('p', p);
  const v = toFiniteVector('values', values);
  assertSameLength('p', pp, 'values', v);
  let s = 0;
  for (let i = 0; i < pp.length; i++) {
    const pi = pp[i] as number;
    if (pi !== 0) s += pi * (v[i] as number);
  }
  return s;
}
