/**
 * Compensated summation and the mean built on it.
 *
 * Uses Neumaier's improvement of Kahan summation (the method d3-array's `fsum` cites), so the means the course
 * prints do not depend on the order of the terms beyond the last bit.
 *
 * @module
 */
import { toFiniteVector } from './validate.ts';

/**
 * Sum of a vector with Neumaier compensated summation:
 * $$ s = \sum_{i=1}^{n} x_i $$
 * A running compensation term recovers the low-order bits lost at every addition.
 *
 * Edge cases: the empty vector sums to 0. Entries must be finite (`RangeError` naming `values[i]` otherwise);
 * the result is $\pm\infty$ only if the true sum overflows float64.
 *
 * @example
 * sum([0.1, 0.2, 0.3]); // 0.6 (naive left-to-right addition gives 0.6000000000000001)
 */
export function sum(values: ArrayLike<number>): number {
  const x = toFiniteVector('values', values, { allowEmpty: true });
  return sumUnchecked(x);
}

/** Neumaier-compensated sum of `x`, each term multiplied by `scale` (a power of two, so scaling is exact). */
function neumaier(x: ArrayLike<number>, scale: number): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < x.length; i++) {
    const v = (x[i] as number) * scale;
    const t = s + v;
    if (Math.abs(s) >= Math.abs(v)) c += s - t + v;
    else c += v - t + s;
    s = t;
  }
  return s + c;
}

/** $2^{-64}$: terms are scaled by it when the running sum overflows, then the result is scaled back. */
const DOWN = 2 ** -64;

/**
 * Neumaier sum of an already validated vector (internal fast path of {@link sum}). If a partial sum overflows
 * float64 while the terms are finite, the terms are rescaled by $2^{-64}$ (exactly) and summed again, so the result is
 * $\pm\infty$ only when the true sum overflows.
 *
 * @example
 * sumUnchecked(new Float64Array([1e100, 1, -1e100])); // 1
 * sumUnchecked(new Float64Array([1.5e308, 1.5e308, -1.5e308])); // 1.5e308
 */
export function sumUnchecked(x: ArrayLike<number>): number {
  const total = neumaier(x, 1);
  return Number.isFinite(total) ? total : neumaier(x, DOWN) / DOWN;
}

/**
 * Arithmetic mean with compensated summation:
 * $$ \bar x = \frac{1}{n} \sum_{i=1}^{n} x_i $$
 *
 * Edge cases: `values` must be non-empty and finite (`RangeError` naming the argument otherwise). If the sum of
 * the terms overflows, the terms are rescaled before summing, so the mean of finite numbers is always finite.
 *
 * @example
 * mean([0.625595, 0.658760, 0.698160, 0.620957]); // 0.650868
 */
export function mean(values: ArrayLike<number>): number {
  const x = toFiniteVector('values', values);
  return meanUnchecked(x);
}

/**
 * Mean of an already validated, non-empty vector (internal fast path of {@link mean}).
 *
 * @example
 * meanUnchecked(new Float64Array([1, 2])); // 1.5
 */
export function meanUnchecked(x: ArrayLike<number>): number {
  const total = neumaier(x, 1);
  if (Number.isFinite(total)) return total / x.length;
  return (neumaier(x, DOWN) / x.length) / DOWN;
}
