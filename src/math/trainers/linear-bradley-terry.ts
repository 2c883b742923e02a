/**
 * The linear Bradley–Terry reward model fitted to convergence: $r_\theta(x, y) = \theta \cdot \varphi(x, y)$ over
 * the toy world's features, the maximum a posteriori weights under a Gaussian prior, found by Newton's method
 * (content/chapter-1, section 1.5 fits one per dataset size and flip rate). It minimises the same pairwise loss
 * as the gradient trainer of `reward-model.ts` (content/chapter-2, section 2.2), run to its minimum in a few
 * iterations instead of many small steps.
 *
 * @module
 */
import { sigmoid, softplus } from '../stable.ts';
import { assertFinite, assertInteger, assertPositive, fail } from '../validate.ts';
import type { World } from '../world/create-world.ts';
import type { Comparison } from '../world/preferences.ts';
import { checkComparisons } from './check-comparisons.ts';

/** Options of {@link fitLinearBradleyTerry}. */
export interface LinearBradleyTerryOptions {
  /** Precision $\lambda > 0$ of the Gaussian prior on $\theta$ (default 0.1). */
  prior?: number;
  /** Newton iterations at most, an integer in $[1, 1000]$ (default 100). */
  maxIterations?: number;
  /** Stop when the largest change of a weight falls below this, $> 0$ (default $10^{-10}$). */
  tolerance?: number;
  /**
   * Where Newton's method starts, one finite number per feature (default 0). The minimiser is unique, so the start
   * changes only the number of iterations: the fit of a slightly larger dataset converges fastest from the last one.
   */
  initialWeights?: ArrayLike<number>;
}

/** Result of {@link fitLinearBradleyTerry}. */
export interface LinearBradleyTerryFit {
  /** $\theta$, one weight per feature of the world. */
  weights: number[];
  /** Whether the last Newton step moved every weight by less than the tolerance. */
  converged: boolean;
  iterations: number;
}

/** Solves the symmetric positive definite system `A v = b` by Cholesky factorisation (A is D × D, small). */
function solveSpd(a: number[][], b: number[]): number[] {
  const k = b.length;
  const l = a.map((row) => row.map(() => 0));
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i]![j]!;
      for (let m = 0; m < j; m++) s -= l[i]![m]! * l[j]![m]!;
      l[i]![j] = i === j ? Math.sqrt(s) : s / l[j]![j]!;
    }
  }
  const z = new Array<number>(k).fill(0);
  for (let i = 0; i < k; i++) {
    let s = b[i]!;
    for (let m = 0; m < i; m++) s -= l[i]![m]! * z[m]!;
    z[i] = s / l[i]![i]!;
  }
  const v = new Array<number>(k).fill(0);
  for (let i = k - 1; i >= 0; i--) {
    let s = z[i]!;
    for (let m = i + 1; m < k; m++) s -= l[m]![i]! * v[m]!;
    v[i] = s / l[i]![i]!;
  }
  return v;
}

/** The objective $L(\theta)$ over the flattened differences (n × D). */
function objective(d: Float64Array, n: number, dim: number, theta: readonly number[], prior: number): number {
  let loss = 0;
  for (let i = 0; i < n; i++) {
    let m = 0;
    for (let j = 0; j < dim; j++) m += theta[j]! * d[i * dim + j]!;
    loss += softplus(-m);
  }
  let norm = 0;
  for (const t of theta) norm += t * t;
  return loss + 0.5 * prior * norm;
}

/**
 * Weights that minimise the pairwise loss of the comparisons plus a Gaussian prior of precision $\lambda$:
 * $$ L(\theta) = \sum_{i=1}^{n} -\log\sigma(\theta \cdot d_i) + \frac{\lambda}{2}\lVert\theta\rVert^2, \qquad d_i = \varphi(x_i, y_{w,i}) - \varphi(x_i, y_{l,i}). $$
 * $L$ is strictly convex for $\lambda > 0$, so the minimiser exists and is unique for any data, including data that
 * some $\theta$ orders perfectly (where the plain maximum-likelihood weights run off to infinity, content/chapter-2,
 * section 2.3). Newton's method from $\theta = 0$ (or `initialWeights`): the gradient is $g = -\sum_i \sigma(-m_i)\,d_i + \lambda\theta$ and
 * the Hessian $H = \sum_i \sigma(m_i)\sigma(-m_i)\,d_i d_i^\top + \lambda I$ with margins $m_i = \theta\cdot d_i$; each
 * iteration solves $H\,\delta = g$ and steps $\theta \leftarrow \theta - t\,\delta$, halving $t$ from 1 until $L$
 * decreases by at least $10^{-4}\,t\,g^\top\delta$ (Armijo backtracking; once the predicted decrease $g^\top\delta$ is below the
 * rounding of $L$, the full step). Cost per iteration $O(n D^2)$.
 *
 * Edge cases: comparisons must fit the world (`RangeError` naming `comparisons[i]…`); `prior` finite $> 0$,
 * `maxIterations` an integer in $[1, 1000]$, `tolerance` finite $> 0$, else `RangeError` naming the option.
 *
 * @example
 * const world = createWorld();
 * const fit = fitLinearBradleyTerry(world, drawPreferences(world, { count: 500, annotators: 0 }));
 * fit.converged; // true
 * fit.weights.length; // 3 (helpfulness, harmlessness, length)
 */
export function fitLinearBradleyTerry(
  world: World,
  comparisons: readonly Pick<Comparison, 'prompt' | 'chosen' | 'rejected'>[],
  options: LinearBradleyTerryOptions = {},
): LinearBradleyTerryFit {
  checkComparisons(world, comparisons);
  const prior = assertPositive('prior', options.prior ?? 0.1);
  const maxIterations = assertInteger('maxIterations', options.maxIterations ?? 100, 1, 1000);
  const tolerance = assertPositive('tolerance', options.tolerance ?? 1e-10);
  const dim = world.featureNames.length;
  const n = comparisons.length;
  const d = new Float64Array(n * dim);
  comparisons.forEach((c, i) => {
    const responses = world.prompts[c.prompt]!.responses;
    const w = responses[c.chosen]!.features;
    const l = responses[c.rejected]!.features;
    for (let j = 0; j < dim; j++) d[i * dim + j] = w[j]! - l[j]!;
  });
  let theta = new Array<number>(dim).fill(0);
  if (options.initialWeights !== undefined) {
    const start = options.initialWeights;
    if (typeof start !== 'object' || start === null || start.length !== dim) fail('initialWeights', `an array of ${String(dim)} finite numbers`, start);
    theta = Array.from(start, (v, j) => assertFinite(`initialWeights[${String(j)}]`, v));
  }
  let value = objective(d, n, dim, theta, prior);
  let converged = false;
  let iterations = 0;
  while (!converged && iterations < maxIterations) {
    iterations++;
    const g = theta.map((t) => prior * t);
    const h = theta.map((_, a) => theta.map((__, b) => (a === b ? prior : 0)));
    for (let i = 0; i < n; i++) {
      let m = 0;
      for (let j = 0; j < dim; j++) m += theta[j]! * d[i * dim + j]!;
      const wrong = sigmoid(-m);
      const curvature = wrong * (1 - wrong);
      for (let a = 0; a < dim; a++) {
        const da = d[i * dim + a]!;
        g[a]! -= wrong * da;
        for (let b = 0; b <= a; b++) h[a]![b]! += curvature * da * d[i * dim + b]!;
      }
    }
    for (let a = 0; a < dim; a++) for (let b = a + 1; b < dim; b++) h[a]![b] = h[b]![a]!;
    const delta = solveSpd(h, g);
    const decrease = g.reduce((s, ga, a) => s + ga * delta[a]!, 0);
    let next = theta.map((v, a) => v - delta[a]!);
    let nextValue = objective(d, n, dim, next, prior);
    // Near the minimum the decrease is below the rounding of L itself and the line search cannot see it: take the
    // full Newton step there (it converges quadratically); elsewhere halve the step until L falls enough.
    if (decrease > 1e-12 * (1 + Math.abs(value))) {
      let t = 1;
      for (let halvings = 0; halvings < 50 && !(nextValue <= value - 1e-4 * t * decrease); halvings++) {
        t /= 2;
        next = theta.map((v, a) => v - t * delta[a]!);
        nextValue = objective(d, n, dim, next, prior);
      }
    }
    const change = Math.max(...next.map((v, a) => Math.abs(v - theta[a]!)));
    theta = next;
    value = nextValue;
    converged = change < tolerance;
  }
  return { weights: theta, converged, iterations };
}
