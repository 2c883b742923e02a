/**
 * Ranges and sample grids for chart axes: curves are drawn over a range that always contains the plotted
 * points with some padding, and never narrower than a minimum half-width around zero.
 */

/** A closed interval `[min, max]` of an axis. */
export interface AxisRange {
  min: number;
  max: number;
}

/**
 * The x range for a curve with points at `values`: at least `[-halfWidth, halfWidth]`, widened to the points'
 * extent plus `padding`, with integer ends.
 *
 * @example
 * axisRange([0.14, -0.01], 3, 1); // → { min: -3, max: 3 }
 * axisRange([9.2], 3, 1);         // → { min: -3, max: 11 }
 */
export function axisRange(values: ArrayLike<number>, halfWidth: number, padding: number): AxisRange {
  let min = -halfWidth;
  let max = halfWidth;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (!Number.isFinite(value)) continue;
    min = Math.min(min, Math.floor(value - padding));
    max = Math.max(max, Math.ceil(value + padding));
  }
  return { min, max };
}

/**
 * `count` evenly spaced values from `range.min` to `range.max` inclusive (`count ≥ 2`).
 *
 * @example
 * sampleRange({ min: -1, max: 1 }, 5); // → Float64Array [-1, -0.5, 0, 0.5, 1]
 */
export function sampleRange(range: AxisRange, count: number): Float64Array {
  const n = Math.max(2, Math.floor(count));
  const out = new Float64Array(n);
  const step = (range.max - range.min) / (n - 1);
  for (let i = 0; i < n; i++) out[i] = i === n - 1 ? range.max : range.min + i * step;
  return out;
}
