/**
 * The linear Bradley–Terry reward model $\hat r(x, y) = \hat w \cdot \varphi(x, y)$ fitted to comparisons in one go,
 * by Newton's method on the log-likelihood plus a weak Gaussian prior (a maximum a posteriori estimate). Where
 * `reward-model.ts` walks the same loss by minibatch gradient descent to show training, this finds its end point,
 * so a widget can ask what the reward model *converges to* for a dataset (content/chapter-1, section 1.2: the
 * learned proxy and the gold reward it stands in for).
 *
 * @module
 */
import { logSigmoid, sigmoid } from '../stable.ts';
import { assertInteger, assertPositive, fail, toFiniteVector } from '../validate.ts';
import type { World } from '../world/create-world.ts';
import type { Comparison } from '../world/preferences.ts';
import { checkComparisons } from './check-comparisons.ts';
import { solveSpd } from './solve-spd.ts';

/** Result of {@link fitLinearBradleyTerryMap}. */
export interface LinearBradleyTerryFit {
  /** $\hat w$, one weight per feature: the maximiser of the objective. */
  weights: number[];
  /** Whether the largest Newton step of the last iteration fell below the tolerance. */
  converged: boolean;
  iterations: number;
}

/** Options of {@link fitLinearBradleyTerryMap}. */
export interface LinearBradleyTerryOptions {
  /**
   * Soft labels $p_i \in [0, 1]$, the probability that the first response of pair $i$ is preferred (default: 1
   * for every pair, i.e. each difference is chosen − rejected as observed). Exact annotator probabilities give the
   * population fit: what the model converges to with unlimited comparisons.
   */
  targets?: ArrayLike<number>;
  /** Prior precision $\nu > 0$ (default 0.1). */
  prior?: number;
  /** An integer in $[1, 1000]$ (default 100). */
  maxIterations?: number;
  /** Tolerance $> 0$ on the largest component of a Newton step (default $10^{-12}$). */
  tolerance?: number;
  /**
   * Where Newton's method starts, one finite number per feature (default 0). The maximiser is unique, so the start
   * changes only the number of iterations: the fit of a slightly larger dataset converges fastest from the last one
   * (content/chapter-1/noisy-preferences.mdx refits after every batch of comparisons).
   */
  initialWeights?: ArrayLike<number>;
}

/**
 * The feature differences $d_i = \varphi(x_i, y_{w,i}) - \varphi(x_i, y_{l,i})$ of labelled comparisons, the only
 * thing a linear Bradley–Terry model sees of them.
 *
 * Edge cases: comparisons must index the world's prompts and responses (`RangeError` naming `comparisons[i]…`).
 *
 * @example
 * const world = createWorld();
 * comparisonDifferences(world, [{ prompt: 0, chosen: 1, rejected: 0 }])[0].length; // 3 (one per feature)
 */
export function comparisonDifferences(world: World, comparisons: readonly Pick<Comparison, 'prompt' | 'chosen' | 'rejected'>[]): number[][] {
  checkComparisons(world, comparisons);
  return comparisons.map((c) => {
    const responses = world.prompts[c.prompt]!.responses;
    const w = responses[c.chosen]!.features;
    const l = responses[c.rejected]!.features;
    return w.map((v, j) => v - l[j]!);
  });
}

function checkDifferences(differences: readonly ArrayLike<number>[]): Float64Array[] {
  if (!Array.isArray(differences) || differences.length === 0) fail('differences', 'a non-empty array of feature vectors', differences);
  const rows = differences.map((d, i) => toFiniteVector(`differences[${String(i)}]`, d));
  const dim = rows[0]!.length;
  rows.forEach((d, i) => {
    if (d.length !== dim) fail(`differences[${String(i)}]`, `a vector of length ${String(dim)} like differences[0]`, differences[i]);
  });
  return rows;
}

function checkTargets(targets: ArrayLike<number> | undefined, n: number): Float64Array {
  if (targets === undefined) return new Float64Array(n).fill(1);
  const p = toFiniteVector('targets', targets);
  if (p.length !== n) fail('targets', `an array of ${String(n)} probabilities (one per difference)`, targets);
  p.forEach((v, i) => {
    if (v < 0 || v > 1) fail(`targets[${String(i)}]`, 'a probability in [0, 1]', v);
  });
  return p;
}

/**
 * The weights that maximise the Bradley–Terry log-likelihood of the comparisons plus a Gaussian log-prior of
 * precision $\nu$, with margins $m_i = w \cdot d_i$ and soft labels $p_i$ (1 for an observed label):
 * $$ J(w) = \sum_i \Big[p_i \log\sigma(m_i) + (1 - p_i)\log\sigma(-m_i)\Big] - \frac{\nu}{2}\lVert w\rVert^2 . $$
 * Its gradient is $\sum_i \big(p_i - \sigma(m_i)\big)\, d_i - \nu w$ and its negative Hessian
 * $\sum_i \sigma(m_i)\sigma(-m_i)\, d_i d_i^\top + \nu I$ is positive definite, so $J$ is strictly concave and the
 * maximiser exists and is unique for any data, separable labels included (where the plain maximum-likelihood
 * weights grow without bound). Newton's method solves for each step and halves it until $J$ does not decrease;
 * all logs are computed as `logSigmoid`, so large margins stay finite.
 *
 * With `targets` set to the annotator's exact probabilities $\sigma(w_0 \cdot d_i)$ and a tiny prior, the fit
 * returns $w_0$ itself (the gradient vanishes there): this is how content/chapter-1/proxy-reward.mdx shows what
 * the reward model converges to with unlimited comparisons.
 *
 * Edge cases: `differences` a non-empty array of finite vectors of one length; `targets` one probability per
 * difference; `prior` finite and $> 0$; `maxIterations` an integer in $[1, 1000]$; `tolerance` $> 0$; `initialWeights` one finite number per
 * feature. Otherwise `RangeError` naming the argument.
 *
 * @example
 * // One pair with difference d = (1): the maximiser solves σ(−w) = 0.1·w.
 * fitLinearBradleyTerryMap([[1]], { prior: 0.1 }).weights; // ≈ [1.633506]
 * fitLinearBradleyTerryMap([[1, 0], [0, 1]], { targets: [0.8, 0.5], prior: 1e-12 }).weights; // ≈ [1.3863, 0] (log 4, 0)
 */
export function fitLinearBradleyTerryMap(differences: readonly ArrayLike<number>[], options: LinearBradleyTerryOptions = {}): LinearBradleyTerryFit {
  const rows = checkDifferences(differences);
  const targets = checkTargets(options.targets, rows.length);
  const nu = assertPositive('prior', options.prior ?? 0.1);
  const maxIterations = assertInteger('maxIterations', options.maxIterations ?? 100, 1, 1000);
  const tolerance = assertPositive('tolerance', options.tolerance ?? 1e-12);
  const dim = rows[0]!.length;
  const margin = (w: readonly number[], d: Float64Array): number => {
    let m = 0;
    for (let j = 0; j < dim; j++) m += w[j]! * d[j]!;
    return m;
  };
  const objective = (w: readonly number[]): number => {
    let j = 0;
    rows.forEach((d, i) => {
      const m = margin(w, d);
      const p = targets[i]!;
      if (p > 0) j += p * logSigmoid(m);
      if (p < 1) j += (1 - p) * logSigmoid(-m);
    });
    for (const v of w) j -= (nu / 2) * v * v;
    return j;
  };
  let weights = new Array<number>(dim).fill(0);
  if (options.initialWeights !== undefined) {
    const start = toFiniteVector('initialWeights', options.initialWeights);
    if (start.length !== dim) fail('initialWeights', `an array of ${String(dim)} finite numbers (one per feature)`, options.initialWeights);
    weights = Array.from(start);
  }
  let converged = false;
  let iterations = 0;
  while (!converged && iterations < maxIterations) {
    iterations++;
    const gradient = weights.map((v) => -nu * v);
    const curvature = weights.map((_, a) => weights.map((__, b) => (a === b ? nu : 0)));
    rows.forEach((d, i) => {
      const m = margin(weights, d);
      const push = targets[i]! - sigmoid(m);
      const h = sigmoid(m) * sigmoid(-m);
      for (let a = 0; a < dim; a++) {
        gradient[a]! += push * d[a]!;
        for (let b = 0; b < dim; b++) curvature[a]![b]! += h * d[a]! * d[b]!;
      }
    });
    const step = solveSpd(curvature, gradient);
    const before = objective(weights);
    let t = 1;
    let next = weights.map((v, a) => v + step[a]!);
    // Newton steps of a concave objective rarely overshoot; halve only on a real decrease (not on rounding near the top).
    while (objective(next) < before - 1e-12 * (1 + Math.abs(before)) && t > 1e-10) {
      t /= 2;
      next = weights.map((v, a) => v + t * step[a]!);
    }
    const largest = next.reduce((s, v, a) => Math.max(s, Math.abs(v - weights[a]!)), 0);
    weights = next;
    converged = largest < tolerance;
  }
  return { weights, converged, iterations };
}
