/**
 * The percentile bootstrap (Efron 1979) for means and weighted means of group means, drawn from the course's
 * numpy-compatible generator (`random.ts`) so a seed gives the same resamples in Node, browsers and Python.
 * Used by content/chapter-3/rewardbench.mdx for confidence intervals on benchmark accuracies.
 *
 * @module
 */
import type { NumpyRandomState } from './random.ts';
import { assertFinite, assertInInterval, assertInteger, fail, toFiniteVector } from './validate.ts';

/**
 * The $q$-th percentile of `values` with numpy's default linear interpolation (`np.percentile(values, q)`):
 * sort to $x_{(0)} \le \dots \le x_{(n-1)}$, set $h = (n-1)\,q/100$, and return
 * $x_{(\lfloor h \rfloor)} + (h - \lfloor h \rfloor)\,(x_{(\lfloor h \rfloor + 1)} - x_{(\lfloor h \rfloor)})$.
 *
 * Edge cases: `values` must be a non-empty array of finite numbers and `q` a number in $[0, 100]$; otherwise
 * `RangeError` naming the argument.
 *
 * @example
 * percentile([1, 2, 3, 4], 25); // 1.75 (np.percentile([1, 2, 3, 4], 25))
 */
export function percentile(values: ArrayLike<number>, q: number): number {
  const sorted = toFiniteVector('values', values).sort();
  const p = assertInInterval('q', q, 0, 100);
  const h = ((sorted.length - 1) * p) / 100;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  if (lo + 1 >= sorted.length) return a;
  return a + (h - lo) * ((sorted[lo + 1] as number) - a);
}

/**
 * Bootstrap replicates of group means. Each of the $B$ replicates resamples every group $g$ in turn with
 * replacement, $n_g$ indices from `rng.randint(0, n_g, n_g)`, and records its mean
 * $\bar x_g^{*b} = \frac{1}{n_g}\sum_{i=1}^{n_g} x_{g, I_{gi}^{*b}}$. Groups are resampled separately (a stratified
 * bootstrap), so every replicate keeps each group's size, as a benchmark keeps the size of each of its
 * categories. Python: `np.random.seed(s)`, then for each replicate and each group `x[np.random.randint(0, n, n)].mean()`.
 * Returns one `Float64Array` of $B$ replicate means per group.
 *
 * Edge cases: `groups` a non-empty array of non-empty arrays of finite numbers; `resamples` an integer in
 * $[1, 10^6]$; otherwise `RangeError` naming it.
 *
 * @example
 * bootstrapGroupMeans([[1, 1], [0, 0, 0]], 2, numpyRandom(0)); // [Float64Array [1, 1], Float64Array [0, 0]]
 */
export function bootstrapGroupMeans(groups: readonly ArrayLike<number>[], resamples: number, rng: NumpyRandomState): Float64Array<ArrayBuffer>[] {
  if (!Array.isArray(groups) || groups.length === 0) fail('groups', 'a non-empty array of arrays', groups);
  const data = groups.map((group, g) => toFiniteVector(`groups[${String(g)}]`, group));
  const b = assertInteger('resamples', resamples, 1, 1_000_000);
  const out = data.map(() => new Float64Array(b));
  for (let r = 0; r < b; r++) {
    data.forEach((x, g) => {
      const idx = rng.randint(0, x.length, x.length);
      let sum = 0;
      for (let i = 0; i < idx.length; i++) sum += x[idx[i] as number] as number;
      (out[g] as Float64Array)[r] = sum / x.length;
    });
  }
  return out;
}

/** Checks weights: one finite number >= 0 per group, with a positive sum; returns them and their sum. */
function checkWeights(weights: ArrayLike<number>, groups: number): { w: Float64Array; total: number } {
  const w = toFiniteVector('weights', weights);
  if (w.length !== groups) fail('weights', `${String(groups)} numbers, one per group`, weights);
  let total = 0;
  w.forEach((wi, g) => {
    if (wi < 0) fail(`weights[${String(g)}]`, 'a number >= 0', wi);
    total += wi;
  });
  if (!(total > 0)) fail('weights', 'weights with a positive sum', weights);
  return { w, total };
}

/**
 * Bootstrap replicates of a weighted mean of group means,
 * $$ \hat\theta^{*b} = \frac{\sum_g w_g\, \bar x_g^{*b}}{\sum_g w_g}, $$
 * with the group means $\bar x_g^{*b}$ of {@link bootstrapGroupMeans} (same draws, same order). With one group
 * and weight 1 this is the plain bootstrap of a mean (Efron 1979).
 *
 * Edge cases: as {@link bootstrapGroupMeans}; `weights` one finite number $\ge 0$ per group, not all 0;
 * otherwise `RangeError` naming it.
 *
 * @example
 * bootstrapWeightedMeans([[1, 1], [0, 0, 0]], [1, 1], 3, numpyRandom(0)); // Float64Array [0.5, 0.5, 0.5]
 */
export function bootstrapWeightedMeans(
  groups: readonly ArrayLike<number>[],
  weights: ArrayLike<number>,
  resamples: number,
  rng: NumpyRandomState,
): Float64Array<ArrayBuffer> {
  if (!Array.isArray(groups) || groups.length === 0) fail('groups', 'a non-empty array of arrays', groups);
  const { w, total } = checkWeights(weights, groups.length);
  return weightedReplicates(bootstrapGroupMeans(groups, resamples, rng), w, total);
}

/**
 * Combines replicate group means (as {@link bootstrapGroupMeans} returns them) into replicate weighted means,
 * $\hat\theta^{*b} = \sum_g w_g \bar x_g^{*b} / \sum_g w_g$, so one set of draws gives both each group's interval
 * and the interval of their weighted mean.
 *
 * Edge cases: `groupMeans` a non-empty array of equally long arrays of finite numbers; `weights` one finite number
 * $\ge 0$ per group, not all 0; otherwise `RangeError` naming the argument.
 *
 * @example
 * combineGroupMeans([[1, 0.5], [0, 0.5]], [1, 3]); // Float64Array [0.25, 0.5]
 */
export function combineGroupMeans(groupMeans: readonly ArrayLike<number>[], weights: ArrayLike<number>): Float64Array<ArrayBuffer> {
  if (!Array.isArray(groupMeans) || groupMeans.length === 0) fail('groupMeans', 'a non-empty array of arrays', groupMeans);
  const means = groupMeans.map((m, g) => toFiniteVector(`groupMeans[${String(g)}]`, m));
  const b = (means[0] as Float64Array).length;
  means.forEach((m, g) => {
    if (m.length !== b) fail(`groupMeans[${String(g)}]`, `${String(b)} replicates (as many as groupMeans[0])`, m);
  });
  const { w, total } = checkWeights(weights, means.length);
  return weightedReplicates(means, w, total);
}

/** Combines per-group replicate means into weighted means (internal). */
function weightedReplicates(means: readonly Float64Array[], w: Float64Array, total: number): Float64Array<ArrayBuffer> {
  const b = (means[0] as Float64Array).length;
  const out = new Float64Array(b);
  for (let r = 0; r < b; r++) {
    let acc = 0;
    means.forEach((m, g) => {
      acc += (w[g] as number) * (m[r] as number);
    });
    out[r] = acc / total;
  }
  return out;
}

/** A point estimate with a two-sided percentile-bootstrap interval. */
export interface BootstrapInterval {
  /** The statistic on the original data. */
  estimate: number;
  /** Lower and upper ends: the $(1-c)/2$ and $(1+c)/2$ quantiles of the replicates. */
  lower: number;
  upper: number;
}

/**
 * The percentile interval of bootstrap replicates at confidence level $c$: the estimate with the
 * $100(1-c)/2$ and $100(1+c)/2$ percentiles ({@link percentile}) of the replicates.
 *
 * Edge cases: `estimate` finite; `replicates` non-empty and finite; `level` strictly between 0 and 1; otherwise
 * `RangeError` naming the argument.
 *
 * @example
 * percentileInterval(0.5, [0.2, 0.4, 0.5, 0.6, 0.8], 0.5); // { estimate: 0.5, lower: 0.4, upper: 0.6 }
 */
export function percentileInterval(estimate: number, replicates: ArrayLike<number>, level: number): BootstrapInterval {
  const e = assertFinite('estimate', estimate);
  const c = assertInInterval('level', level, 0, 1);
  if (c === 0 || c === 1) fail('level', 'a number strictly between 0 and 1', level);
  return { estimate: e, lower: percentile(replicates, (100 * (1 - c)) / 2), upper: percentile(replicates, (100 * (1 + c)) / 2) };
}

/**
 * Percentile-bootstrap interval (Efron 1979) of a weighted mean of group means at confidence level $c$:
 * the estimate $\hat\theta = \sum_g w_g \bar x_g / \sum_g w_g$ on the original data and the
 * {@link percentileInterval} of the replicates of {@link bootstrapWeightedMeans}.
 *
 * Edge cases: as {@link bootstrapWeightedMeans}; `level` in $(0, 1)$, else `RangeError` naming it.
 *
 * @example
 * const ci = bootstrapInterval([[1, 0, 1, 1, 0, 1, 1, 1, 0, 1]], [1], 0.95, 2000, numpyRandom(3));
 * [ci.estimate, ci.lower, ci.upper]; // [0.7, 0.4, 1] (numpy: np.percentile(replicates, [2.5, 97.5]))
 */
export function bootstrapInterval(
  groups: readonly ArrayLike<number>[],
  weights: ArrayLike<number>,
  level: number,
  resamples: number,
  rng: NumpyRandomState,
): BootstrapInterval {
  const c = assertInInterval('level', level, 0, 1);
  if (c === 0 || c === 1) fail('level', 'a number strictly between 0 and 1', level);
  const replicates = bootstrapWeightedMeans(groups, weights, resamples, rng);
  let acc = 0;
  let total = 0;
  groups.forEach((group, g) => {
    let sum = 0;
    for (let i = 0; i < group.length; i++) sum += group[i] as number;
    acc += (weights[g] as number) * (sum / group.length);
    total += weights[g] as number;
  });
  return percentileInterval(acc / total, replicates, c);
}
