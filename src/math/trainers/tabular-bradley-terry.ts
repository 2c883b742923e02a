/**
 * The tabular Bradley–Terry fit: one free reward per (prompt, response), fitted to comparisons by maximum
 * likelihood (content/chapter-1, section 1.4: the "fit rewards, then take the KL-optimal policy" path). Solved
 * with the minorisation–maximisation algorithm of Zermelo (1929) and Hunter (2004), *Ann. Statist.* 32(1),
 * which shares no code with the gradient-based trainers, so it can check them.
 *
 * @module
 */
import { assertInteger, assertPositive } from '../validate.ts';
import type { Comparison } from '../world/preferences.ts';
import { checkComparisons, responseCounts, type Shape } from './check-comparisons.ts';

/** Result of {@link fitTabularBradleyTerry}. */
export interface TabularBradleyTerryFit {
  /** `rewards[x][y]` $= \log\gamma_{x,y}$, centred to mean 0 over the responses of $x$ that were compared (others 0). */
  rewards: number[][];
  /**
   * Per prompt, whether the maximum-likelihood estimate exists: the "beats" graph of its compared responses is
   * strongly connected (Ford 1957). If not, some rewards run off to $\pm\infty$ and the returned values only grow
   * with more iterations.
   */
  exists: boolean[];
  /** Whether the largest change of a reward in the last iteration fell below the tolerance. */
  converged: boolean;
  iterations: number;
}

/** Whether every compared response of one prompt can reach every other along "beats" edges. */
function stronglyConnected(beats: boolean[][], seen: boolean[]): boolean {
  const nodes = seen.flatMap((s, i) => (s ? [i] : []));
  const k = beats.length;
  const reach = beats.map((row, i) => row.map((b, j) => b || i === j));
  for (let m = 0; m < k; m++) for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) if (reach[i]![m] && reach[m]![j]) reach[i]![j] = true;
  return nodes.every((i) => nodes.every((j) => reach[i]![j]));
}

/**
 * Maximum-likelihood Bradley–Terry rewards per prompt, $P(y_w \succ y_l \mid x) = \sigma(r_{x,w} - r_{x,l})$,
 * maximising $\sum_i \log\sigma(r_{x_i,w_i} - r_{x_i,l_i})$. With strengths $\gamma = e^{r}$, $W_y$ the wins of $y$
 * and $n_{yz}$ the comparisons between $y$ and $z$, each MM iteration sets
 * $$ \gamma_y \leftarrow \frac{W_y}{\sum_{z \ne y} n_{yz} / (\gamma_y + \gamma_z)} $$
 * and renormalises to geometric mean 1; the log-likelihood increases every iteration (Hunter 2004).
 *
 * Rewards are identified only up to a per-prompt constant (the shift invariance of Bradley–Terry,
 * content/chapter-2, section 2.3); they are centred. A response never compared keeps reward 0.
 *
 * Options: `maxIterations` an integer in $[1, 10^6]$ (default 10000); `tolerance` $> 0$ on the largest change of a
 * reward (default $10^{-12}$).
 *
 * Edge cases: comparisons must fit the shape (`RangeError` naming `comparisons[i]…`). When the MLE of a prompt
 * does not exist (`exists[x] = false`, e.g. a response that never wins) its rewards are finite but meaningless:
 * a response without wins is pinned at the floating-point floor ($\log$ of the smallest double, $\approx -744$
 * before centring), others drift apart for as long as the iterations run.
 *
 * @example
 * const fit = fitTabularBradleyTerry([2], [
 *   { prompt: 0, chosen: 0, rejected: 1 }, { prompt: 0, chosen: 0, rejected: 1 }, { prompt: 0, chosen: 1, rejected: 0 },
 * ]);
 * fit.rewards[0][0] - fit.rewards[0][1]; // ≈ 0.6931 (= log 2: won 2 of 3)
 */
export function fitTabularBradleyTerry(
  shape: Shape,
  comparisons: readonly Pick<Comparison, 'prompt' | 'chosen' | 'rejected'>[],
  { maxIterations = 10000, tolerance = 1e-12 }: { maxIterations?: number; tolerance?: number } = {},
): TabularBradleyTerryFit {
  checkComparisons(shape, comparisons);
  assertInteger('maxIterations', maxIterations, 1, 1e6);
  assertPositive('tolerance', tolerance);
  const counts = responseCounts(shape);
  const wins = counts.map((k) => new Array<number>(k).fill(0));
  const games = counts.map((k) => Array.from({ length: k }, () => new Array<number>(k).fill(0)));
  const beats = counts.map((k) => Array.from({ length: k }, () => new Array<boolean>(k).fill(false)));
  for (const c of comparisons) {
    wins[c.prompt]![c.chosen]! += 1;
    games[c.prompt]![c.chosen]![c.rejected]! += 1;
    games[c.prompt]![c.rejected]![c.chosen]! += 1;
    beats[c.prompt]![c.chosen]![c.rejected] = true;
  }
  const seen = games.map((g) => g.map((row) => row.some((n) => n > 0)));
  const exists = beats.map((b, x) => stronglyConnected(b, seen[x]!));
  const rewards = counts.map((k) => new Array<number>(k).fill(0));
  let converged = false;
  let iterations = 0;
  while (!converged && iterations < maxIterations) {
    iterations++;
    let change = 0;
    rewards.forEach((r, x) => {
      const gamma = r.map(Math.exp);
      const next = r.map((_, y) => {
        if (!seen[x]![y]) return 0;
        let denominator = 0;
        games[x]![y]!.forEach((n, z) => {
          if (n > 0) denominator += n / (gamma[y]! + gamma[z]!);
        });
        return Math.log(Math.max(wins[x]![y]!, Number.MIN_VALUE) / denominator);
      });
      const used = next.filter((_, y) => seen[x]![y]);
      const centre = used.reduce((s, v) => s + v, 0) / Math.max(1, used.length);
      next.forEach((v, y) => {
        const centred = seen[x]![y] ? v - centre : 0;
        change = Math.max(change, Math.abs(centred - r[y]!));
        r[y] = centred;
      });
    });
    converged = change < tolerance;
  }
  return { rewards, exists, converged, iterations };
}
