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

/** Options of {@link fittedRange}. */
export interface FittedRangeOptions {
  /** Values the range must always contain (e.g. 0, where a pair's ordering flips). Default none. */
  include?: readonly number[];
  /** Padding on each side, as a fraction of the span of the values. Default 0.15. */
  paddingFraction?: number;
  /** The smallest span before padding; a narrower spread is widened around its centre. Default 0.1. */
  minSpan?: number;
}

/**
 * The smallest "nice" step $\{1, 2, 5\} \times 10^k$ that is at least `x` (`x > 0`).
 *
 * @example
 * niceStep(0.0208); // → 0.05
 * niceStep(3);      // → 5
 */
export function niceStep(x: number): number {
  const power = 10 ** Math.floor(Math.log10(x));
  const fraction = x / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * A range fitted to `values` so that close points can be told apart: the values' extent (with `include`),
 * widened to at least `minSpan`, padded by `paddingFraction` of that span on each side, and rounded outward to
 * a multiple of a nice step of about a tenth of the padded span. Non-finite values are ignored; with no finite
 * values the range is fitted to `include`, else to `[-minSpan/2, minSpan/2]`.
 *
 * @example
 * fittedRange([0.14, 0.07, -0.01, 0.15], { include: [0] }); // → { min: -0.05, max: 0.2 }
 * fittedRange([1.4, 0.7, -0.1, 1.5], { include: [0] });     // → { min: -0.5, max: 2 }
 */
export function fittedRange(values: ArrayLike<number>, { include = [], paddingFraction = 0.15, minSpan = 0.1 }: FittedRangeOptions = {}): AxisRange {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  const widen = (value: number) => {
    if (!Number.isFinite(value)) return;
    lo = Math.min(lo, value);
    hi = Math.max(hi, value);
  };
  for (let i = 0; i < values.length; i++) widen(values[i] as number);
  for (const value of include) widen(value);
  if (lo > hi) lo = hi = 0;
  if (hi - lo < minSpan) {
    const centre = (lo + hi) / 2;
    lo = centre - minSpan / 2;
    hi = centre + minSpan / 2;
  }
  const pad = paddingFraction * (hi - lo);
  lo -= pad;
  hi += pad;
  const step = niceStep((hi - lo) / 10);
  // toPrecision trims the float noise of k · step (e.g. 0.15000000000000002).
  const snap = (k: number) => Number((k * step).toPrecision(12));
  return { min: snap(Math.floor(lo / step)), max: snap(Math.ceil(hi / step)) };
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
