/**
 * The tabular Bradley–Terry fit with a Gaussian prior on the rewards (a maximum a posteriori estimate): one free
 * reward per (prompt, response), like `tabular-bradley-terry.ts`, but with an L2 penalty that keeps every reward
 * finite even when a response never lost or never won (content/chapter-1, section 1.1 fits the rewards of a
 * policy trained from choices this way). Solved by Newton's method on a strictly concave objective.
 *
 * @module
 */
import { logSigmoid, sigmoid } from '../stable.ts';
import { assertInteger, assertPositive } from '../validate.ts';
import type { Comparison } from '../world/preferences.ts';
import { checkComparisons, responseCounts, type Shape } from './check-comparisons.ts';
import { solveSpd } from './solve-spd.ts';

/** Result of {@link fitTabularBradleyTerryMap}. */
export interface TabularBradleyTerryMapFit {
  /** `rewards[x][y]`, the maximiser; they sum to 0 over the responses of each prompt (see below). */
  rewards: number[][];
  /** Whether the largest Newton step of the last iteration fell below the tolerance. */
  converged: boolean;
  iterations: number;
}

/**
 * Rewards that maximise, prompt by prompt, the Bradley–Terry log-likelihood of the comparisons plus a Gaussian
 * log-prior of precision $\lambda$:
 * $$ J(r) = \sum_i \log\sigma\big(r_{x_i, w_i} - r_{x_i, l_i}\big) - \frac{\lambda}{2} \sum_{x, y} r_{x,y}^2 . $$
 * $J$ is strictly concave for $\lambda > 0$, so the maximiser exists and is unique for any data (the plain MLE of
 * `fitTabularBradleyTerry` does not exist when a response never loses). Setting $\partial J/\partial r_{x,y} = 0$
 * and summing over $y$ shows $\sum_y r_{x,y} = 0$: the prior also fixes the per-prompt offset that comparisons
 * leave free (content/chapter-2, section 2.3). A response never compared gets reward 0.
 *
 * Newton's method: with $m_i$ the margin of comparison $i$, the gradient is
 * $g_y = \sum_{i: w_i = y} \sigma(-m_i) - \sum_{i: l_i = y} \sigma(-m_i) - \lambda r_y$ and the negative Hessian is
 * $\lambda I + \sum_i \sigma(m_i)\sigma(-m_i)\,(e_{w_i} - e_{l_i})(e_{w_i} - e_{l_i})^\top$; each step solves for
 * $\delta$ and halves it until $J$ does not decrease.
 *
 * Options: `prior` $\lambda > 0$ (default 0.1, a prior standard deviation of about 3.2 reward units);
 * `maxIterations` an integer in $[1, 1000]$ (default 100); `tolerance` $> 0$ on the largest step (default $10^{-12}$).
 *
 * Edge cases: comparisons must fit the shape (`RangeError` naming `comparisons[i]…`); `prior`, `maxIterations`,
 * `tolerance` out of range throw `RangeError` naming the option.
 *
 * @example
 * const fit = fitTabularBradleyTerryMap([2], [{ prompt: 0, chosen: 0, rejected: 1 }], { prior: 1 });
 * fit.rewards[0]; // ≈ [0.337416, -0.337416]: r₀ = −r₁ and σ(−2r₀) = r₀
 */
export function fitTabularBradleyTerryMap(
  shape: Shape,
  comparisons: readonly Pick<Comparison, 'prompt' | 'chosen' | 'rejected'>[],
  { prior = 0.1, maxIterations = 100, tolerance = 1e-12 }: { prior?: number; maxIterations?: number; tolerance?: number } = {},
): TabularBradleyTerryMapFit {
  checkComparisons(shape, comparisons);
  const lambda = assertPositive('prior', prior);
  assertInteger('maxIterations', maxIterations, 1, 1000);
  assertPositive('tolerance', tolerance);
  const counts = responseCounts(shape);
  // games[x][w][l]: how often w was chosen over l for prompt x.
  const games = counts.map((k) => Array.from({ length: k }, () => new Array<number>(k).fill(0)));
  for (const c of comparisons) games[c.prompt]![c.chosen]![c.rejected]! += 1;
  const rewards = counts.map((k) => new Array<number>(k).fill(0));
  const objective = (x: number, r: readonly number[]): number => {
    let j = 0;
    games[x]!.forEach((row, w) =>
      row.forEach((n, l) => {
        if (n > 0) j += n * logSigmoid(r[w]! - r[l]!);
      }),
    );
    for (const v of r) j -= (lambda / 2) * v * v;
    return j;
  };
  let converged = false;
  let iterations = 0;
  while (!converged && iterations < maxIterations) {
    iterations++;
    let largest = 0;
    rewards.forEach((r, x) => {
      const k = r.length;
      const gradient = r.map((v) => -lambda * v);
      const curvature = r.map((_, i) => r.map((__, j) => (i === j ? lambda : 0)));
      games[x]!.forEach((row, w) =>
        row.forEach((n, l) => {
          if (n === 0) return;
          const m = r[w]! - r[l]!;
          const push = n * sigmoid(-m);
          const h = n * sigmoid(m) * sigmoid(-m);
          gradient[w]! += push;
          gradient[l]! -= push;
          curvature[w]![w]! += h;
          curvature[l]![l]! += h;
          curvature[w]![l]! -= h;
          curvature[l]![w]! -= h;
        }),
      );
      const step = solveSpd(curvature, gradient);
      const before = objective(x, r);
      let t = 1;
      let next = r.map((v, y) => v + step[y]!);
      // Newton steps of a concave objective rarely overshoot; halve only on a real decrease (not on rounding near the top).
      while (objective(x, next) < before - 1e-12 * (1 + Math.abs(before)) && t > 1e-10) {
        t /= 2;
        next = r.map((v, y) => v + t * step[y]!);
      }
      for (let y = 0; y < k; y++) {
        largest = Math.max(largest, Math.abs(next[y]! - r[y]!));
        r[y] = next[y]!;
      }
    });
    converged = largest < tolerance;
  }
  return { rewards, converged, iterations };
}
