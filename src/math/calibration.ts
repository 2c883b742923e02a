/**
 * Expected and maximum calibration error over equal-width confidence bins (Naeini, Cooper and Hauskrecht 2015; Guo et al. 2017).
 *
 * @module
 */
import { assertInteger, assertSameLength, fail, toBinaryVector, toFiniteVector } from './validate.ts';

/** One confidence bin $I_m = ((m-1)/M,\; m/M]$ of {@link expectedCalibrationError}. */
export interface CalibrationBin {
  /** Lower edge $(m-1)/M$ (exclusive, except that confidence 0 belongs to the first bin). */
  lower: number;
  /** Upper edge $m/M$ (inclusive). */
  upper: number;
  /** Number of predictions in the bin. */
  count: number;
  /** Fraction correct in the bin, $\mathrm{acc}(B_m)$; 0 for an empty bin (check `count`). */
  accuracy: number;
  /** Mean confidence in the bin, $\mathrm{conf}(B_m)$; 0 for an empty bin (check `count`). */
  confidence: number;
  /** $|\mathrm{acc}(B_m) - \mathrm{conf}(B_m)|$; 0 for an empty bin. */
  gap: number;
}

/** Result of {@link expectedCalibrationError}. */
export interface CalibrationResult {
  /** Expected calibration error $\sum_m \frac{|B_m|}{n}\,|\mathrm{acc}(B_m) - \mathrm{conf}(B_m)|$. */
  ece: number;
  /** Maximum calibration error $\max_m |\mathrm{acc}(B_m) - \mathrm{conf}(B_m)|$ over non-empty bins. */
  mce: number;
  /** The $M$ bins in increasing order of confidence. */
  bins: CalibrationBin[];
}

/**
 * Index (0-based) of the bin $((m-1)/M, m/M]$ containing confidence `c`: the smallest $m$ with $c \le m/M$, where the
 * edges are the floats `m / M`. Starting from $\lceil cM \rceil$ and correcting by comparison with those edges makes
 * the rule immune to rounding in $c \cdot M$ (e.g. `0.7 * 10` vs the edge `7 / 10`). Confidence 0 goes to the first bin.
 *
 * @example
 * calibrationBinIndex(0.7, 10); // 6 (bin (0.6, 0.7])
 * calibrationBinIndex(0, 10); // 0
 */
export function calibrationBinIndex(c: number, bins: number): number {
  let m = Math.min(bins, Math.max(1, Math.ceil(c * bins)));
  while (m > 1 && c <= (m - 1) / bins) m--;
  while (m < bins && c > m / bins) m++;
  return m - 1;
}

/**
 * Expected calibration error with $M$ equal-width bins $I_m = \left(\frac{m-1}{M}, \frac{m}{M}\right]$:
 * $$ \mathrm{ECE} = \sum_{m=1}^{M} \frac{|B_m|}{n}\,\big|\mathrm{acc}(B_m) - \mathrm{conf}(B_m)\big|, \qquad \mathrm{MCE} = \max_{m:\,B_m \neq \emptyset} \big|\mathrm{acc}(B_m) - \mathrm{conf}(B_m)\big|. $$
 *
 * Edge rule: a confidence exactly on an edge $m/M$ belongs to the bin it closes (right-closed bins), with the
 * edges compared as the floats `m / M` (see {@link calibrationBinIndex}); confidence 0 goes to the first bin.
 * Empty bins are reported with `count` 0 (accuracy, confidence and gap 0) and do not enter ECE or MCE.
 *
 * Edge cases: `confidences` must be finite numbers in $[0, 1]$, `correct` 0/1 (or booleans) of the same
 * non-zero length, `bins` an integer $\ge 1$; otherwise `RangeError` naming the argument.
 *
 * @example
 * const r = expectedCalibrationError([0.95, 0.85, 0.75, 0.65, 0.55, 0.92, 0.81, 0.58], [1, 0, 1, 1, 0, 1, 1, 1]);
 * r.ece; // 0.19 (numpy, bins of width 0.1)
 * r.mce; // 0.35
 * expectedCalibrationError([0.95, 0.85, 0.75, 0.65, 0.55, 0.92, 0.81, 0.58], [1, 0, 1, 1, 0, 1, 1, 1], 5).ece; // 0.1575
 */
export function expectedCalibrationError(
  confidences: ArrayLike<number>,
  correct: ArrayLike<number | boolean>,
  bins = 10,
): CalibrationResult {
  const conf = toFiniteVector('confidences', confidences);
  for (let i = 0; i < conf.length; i++) {
    const c = conf[i] as number;
    if (c < 0 || c > 1) fail(`confidences[${String(i)}]`, 'a probability in [0, 1]', c);
  }
  const hits = toBinaryVector('correct', correct);
  const n = assertSameLength('confidences', conf, 'correct', hits);
  assertInteger('bins', bins, 1);
  const counts = new Float64Array(bins);
  const hitSums = new Float64Array(bins);
  const confSums = new Float64Array(bins);
  for (let i = 0; i < n; i++) {
    const b = calibrationBinIndex(conf[i] as number, bins);
    counts[b] = (counts[b] as number) + 1;
    hitSums[b] = (hitSums[b] as number) + (hits[i] as number);
    confSums[b] = (confSums[b] as number) + (conf[i] as number);
  }
  let ece = 0;
  let mce = 0;
  const out: CalibrationBin[] = [];
  for (let m = 0; m < bins; m++) {
    const count = counts[m] as number;
    const accuracy = count > 0 ? (hitSums[m] as number) / count : 0;
    const confidence = count > 0 ? (confSums[m] as number) / count : 0;
    const gap = Math.abs(accuracy - confidence);
    if (count > 0) {
      ece += (count / n) * gap;
      if (gap > mce) mce = gap;
    }
    out.push({ lower: m / bins, upper: (m + 1) / bins, count, accuracy, confidence, gap });
  }
  return { ece, mce, bins: out };
}
