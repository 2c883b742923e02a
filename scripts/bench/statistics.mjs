/**
 * Summary statistics for benchmark samples.
 *
 * Quantiles use linear interpolation between closest ranks (numpy's default `method='linear'`, R type 7):
 * for sorted samples $x_{(0)} \le \dots \le x_{(n-1)}$ and $h = (n-1)q$,
 * $Q(q) = x_{(\lfloor h \rfloor)} + (h - \lfloor h \rfloor)\,(x_{(\lfloor h \rfloor + 1)} - x_{(\lfloor h \rfloor)})$.
 */

/**
 * The q-quantile of the samples (linear interpolation, numpy's default). NaN for no samples.
 *
 * @param {readonly number[]} samples
 * @param {number} q in [0, 1]
 * @returns {number}
 * @example quantile([1, 2, 3, 4], 0.5) // 2.5 (numpy.quantile([1,2,3,4], 0.5))
 * @example quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95) // 9.55 (numpy.quantile(range(1, 11), 0.95))
 */
export function quantile(samples, q) {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const h = (sorted.length - 1) * q;
  const lower = Math.floor(h);
  const upper = Math.min(lower + 1, sorted.length - 1);
  const a = /** @type {number} */ (sorted[lower]);
  const b = /** @type {number} */ (sorted[upper]);
  return a + (h - lower) * (b - a);
}

/**
 * The median of the samples (the 0.5-quantile).
 *
 * @param {readonly number[]} samples
 * @returns {number}
 * @example median([3, 1, 2]) // 2
 */
export function median(samples) {
  return quantile(samples, 0.5);
}

/**
 * Rounds to a number of decimals (for reports; keeps integers integral).
 *
 * @param {number} value
 * @param {number} decimals
 * @returns {number}
 * @example round(1.23456, 2) // 1.23
 */
export function round(value, decimals) {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
