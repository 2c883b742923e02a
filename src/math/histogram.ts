/**
 * Counts of values in equal-width bins (the margin histogram of content/chapter-3/reward-margins.mdx).
 *
 * @module
 */
import { assertFinite, assertInteger, fail, toFiniteVector } from './validate.ts';

/**
 * Counts `values` in `bins` equal-width bins over $[\text{lo}, \text{hi})$: bin $k$ holds
 * $\text{lo} + k w \le v \lt \text{lo} + (k + 1) w$ with $w = (\text{hi} - \text{lo})/\text{bins}$, computed as
 * $k = \lfloor (v - \text{lo}) / w \rfloor$. Values below `lo` are counted in the first bin and values at or above
 * `hi` in the last, so the counts always add up to the number of values.
 *
 * Edge cases: `values` a non-empty array of finite numbers, `lo` < `hi` finite, `bins` an integer in
 * $[1, 10^4]$; otherwise `RangeError` naming the argument.
 *
 * @example
 * histogram([-0.2, 0, 0.3, 0.5, 9], -1, 1, 4); // [0, 1, 2, 2] (bins of width 0.5; 9 goes to the last bin)
 */
export function histogram(values: ArrayLike<number>, lo: number, hi: number, bins: number): number[] {
  const v = toFiniteVector('values', values);
  const low = assertFinite('lo', lo);
  const high = assertFinite('hi', hi);
  if (!(high > low)) fail('hi', `a finite number greater than lo (${String(low)})`, hi);
  const n = assertInteger('bins', bins, 1, 10000);
  const width = (high - low) / n;
  const counts = new Array<number>(n).fill(0);
  for (const x of v) {
    const k = Math.min(n - 1, Math.max(0, Math.floor((x - low) / width)));
    counts[k] = (counts[k] as number) + 1;
  }
  return counts;
}
