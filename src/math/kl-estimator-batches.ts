/**
 * Seeded Monte Carlo of the three KL estimators (src/math/kl-estimators.ts) in the Gaussian example
 * $\pi_\theta = \mathcal N(0,1)$, $\pi_{\mathrm{ref}} = \mathcal N(\mu,1)$ of content/chapter-4/kl-estimators.mdx:
 * many batches of $n$ samples, each batch averaged the way a training loop averages its per-sample estimates.
 *
 * @module
 */
import { KL_ESTIMATORS, klEstimate, type KlEstimator } from './kl-estimators.ts';
import { numpyRandom } from './random.ts';
import { assertFinite, assertInteger } from './validate.ts';

/** What one estimator did over all batches. */
export interface EstimatorBatchSummary {
  /** The average of each batch's $n$ single-sample estimates, batch by batch. */
  batchMeans: Float64Array<ArrayBuffer>;
  /** The mean of the batch means (= the mean over all single samples). */
  mean: number;
  /** The standard deviation of the batch means, with the $1/(B-1)$ of numpy's `std(ddof=1)` (0 for one batch). */
  sd: number;
  /** The smallest single-sample estimate. */
  min: number;
  /** The share of single-sample estimates below 0. */
  negativeShare: number;
}

/** The result of {@link klEstimatorBatches}: one summary per estimator, on the same samples. */
export type KlEstimatorBatches = Record<KlEstimator, EstimatorBatchSummary>;

/** Options of {@link klEstimatorBatches}. */
export interface KlEstimatorBatchOptions {
  /** The drift μ: $\pi_{\mathrm{ref}} = \mathcal N(\mu, 1)$. Finite. */
  mu: number;
  /** Samples per batch $n$, an integer in $[1, 10^6]$. */
  samples: number;
  /** Number of batches $B$, an integer in $[1, 10^6]$, with $nB \le 10^7$. */
  batches: number;
  /** Seed of numpy's legacy generator, an integer in $[0, 2^{32} - 1]$. */
  seed: number;
}

/**
 * Draws $B \times n$ samples $x \sim \mathcal N(0, 1)$ with `numpyRandom(seed).standardNormal(B·n)` (the same
 * stream as `np.random.seed(seed); np.random.standard_normal((B, n))`, row $b$ = batch $b$), turns each into the
 * log-ratio $\ell = \log\frac{\mathcal N(x;\mu,1)}{\mathcal N(x;0,1)} = \mu x - \mu^2/2$, and evaluates
 * $k_1, k_2, k_3$ on the same samples. Each argument out of range is a `RangeError` naming it.
 *
 * @example
 * const run = klEstimatorBatches({ mu: 1, samples: 1, batches: 1000, seed: 0 });
 * run.k1.min < 0; // true: single-sample k1 goes negative
 * run.k3.min >= 0; // true: k3 never does
 */
export function klEstimatorBatches({ mu, samples, batches, seed }: KlEstimatorBatchOptions): KlEstimatorBatches {
  const m = assertFinite('mu', mu);
  const n = assertInteger('samples', samples, 1, 1_000_000);
  const b = assertInteger('batches', batches, 1, 1_000_000);
  const s = assertInteger('seed', seed, 0, 4_294_967_295);
  if (n * b > 10_000_000) throw new RangeError(`samples × batches must be at most 10000000 (received ${String(n * b)})`);
  const x = numpyRandom(s).standardNormal(n * b);
  const shift = (m * m) / 2;
  const out = {} as KlEstimatorBatches;
  for (const kind of KL_ESTIMATORS) {
    const batchMeans = new Float64Array(b);
    let min = Infinity;
    let negatives = 0;
    for (let i = 0; i < b; i++) {
      let total = 0;
      for (let j = 0; j < n; j++) {
        const k = klEstimate(kind, m * (x[i * n + j] as number) - shift);
        total += k;
        if (k < min) min = k;
        if (k < 0) negatives++;
      }
      batchMeans[i] = total / n;
    }
    let mean = 0;
    for (let i = 0; i < b; i++) mean += batchMeans[i] as number;
    mean /= b;
    let squares = 0;
    for (let i = 0; i < b; i++) squares += ((batchMeans[i] as number) - mean) ** 2;
    out[kind] = { batchMeans, mean, sd: b > 1 ? Math.sqrt(squares / (b - 1)) : 0, min, negativeShare: negatives / (n * b) };
  }
  return out;
}
