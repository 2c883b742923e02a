/**
 * K-wise rankings as pairwise comparisons (content/chapter-3/pairwise-loss.mdx; Ouyang et al. 2022, §3.5):
 * a labeller's ranking of $K$ answers to one prompt yields all $\binom{K}{2}$ ordered pairs, and the reward-model
 * loss of that prompt averages the pairwise logistic loss over them, so every prompt counts once whatever its $K$.
 *
 * @module
 */
import { softplus } from './stable.ts';
import { assertInteger, assertNonEmpty, fail, toFiniteVector } from './validate.ts';

/** One pair expanded from a ranking. */
export interface RankingPair {
  /** Index of the better-ranked answer $y_w$. */
  chosen: number;
  /** Index of the worse-ranked answer $y_l$. */
  rejected: number;
  /** Its weight $1/\binom{K}{2}$ in the prompt's loss. */
  weight: number;
}

/**
 * The number of pairs a ranking of $K$ answers yields, $\binom{K}{2} = K(K-1)/2$.
 *
 * Edge cases: `k` must be an integer $\ge 2$ (at most 1000), else `RangeError` naming `k`.
 *
 * @example
 * rankingPairCount(4); // 6
 * rankingPairCount(9); // 36 (InstructGPT's largest rankings)
 */
export function rankingPairCount(k: number): number {
  const n = assertInteger('k', k, 2, 1000);
  return (n * (n - 1)) / 2;
}

/**
 * Expands a ranking (answer indices, best first) into its $\binom{K}{2}$ pairs: for positions $i \lt j$ the
 * answer at $i$ is chosen over the answer at $j$, each pair with weight $1/\binom{K}{2}$. Pairs come in the order
 * $(0,1), (0,2), \dots, (0,K-1), (1,2), \dots$ of positions.
 *
 * Edge cases: `ranking` must hold at least 2 distinct non-negative integers (at most 1000), else `RangeError`
 * naming `ranking`.
 *
 * @example
 * rankingPairs([2, 0, 1]);
 * // → [{ chosen: 2, rejected: 0, weight: 1/3 }, { chosen: 2, rejected: 1, weight: 1/3 }, { chosen: 0, rejected: 1, weight: 1/3 }]
 */
export function rankingPairs(ranking: ArrayLike<number>): RankingPair[] {
  const k = checkRanking(ranking);
  const weight = 1 / rankingPairCount(k);
  const pairs: RankingPair[] = [];
  for (let i = 0; i < k; i++) {
    for (let j = i + 1; j < k; j++) pairs.push({ chosen: ranking[i] as number, rejected: ranking[j] as number, weight });
  }
  return pairs;
}

/**
 * The reward-model loss of one ranked prompt (Ouyang et al. 2022, eq. 1 without the expectation):
 * $$ \ell_K = \frac{1}{\binom{K}{2}} \sum_{i \lt j} -\log\sigma\big(r(y_{(i)}) - r(y_{(j)})\big), $$
 * where $y_{(i)}$ is the answer ranked $i$-th and `rewards[y]` is $r(x, y)$. Computed as a sum of
 * $\operatorname{softplus}(-m)$ over the pairs, stable for any finite margin $m$.
 *
 * Edge cases: `rewards` must be finite; `ranking` as in {@link rankingPairs}, and every index must be a valid
 * index of `rewards` (`RangeError` naming the argument).
 *
 * @example
 * rankingLoss([0, 1, 2], [2, 1, 0]); // ≈ 0.251150 (= (2·softplus(−1) + softplus(−2))/3)
 * rankingLoss([0.7, 0.3], [0, 1]);   // ≈ 0.513015 (= −log σ(0.4): K = 2 is the pairwise loss)
 */
export function rankingLoss(rewards: ArrayLike<number>, ranking: ArrayLike<number>): number {
  const r = toFiniteVector('rewards', rewards);
  const pairs = rankingPairs(ranking);
  let total = 0;
  for (const pair of pairs) {
    if (pair.chosen >= r.length || pair.rejected >= r.length) {
      fail('ranking', `indices of rewards (0 to ${String(r.length - 1)})`, Array.from(ranking));
    }
    total += pair.weight * softplus(-((r[pair.chosen] as number) - (r[pair.rejected] as number)));
  }
  return total;
}

function checkRanking(ranking: ArrayLike<number>): number {
  const k = assertNonEmpty('ranking', ranking);
  const values = Array.from(ranking);
  const valid = k >= 2 && k <= 1000 && values.every((v) => Number.isSafeInteger(v) && v >= 0) && new Set(values).size === k;
  if (!valid) fail('ranking', 'an array of 2 to 1000 distinct non-negative integers', values);
  return k;
}
