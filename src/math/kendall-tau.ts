/**
 * Kendall's rank correlation, used to ask whether a learned reward orders responses like the gold reward
 * (content/chapter-1, section 1.2).
 *
 * @module
 */
import { assertSameLength, fail, toFiniteVector } from './validate.ts';

/** The pair counts behind Kendall's τ, from {@link kendallPairCounts}. */
export interface KendallPairCounts {
  /** All pairs $n_0 = \binom{n}{2}$. */
  pairs: number;
  /** $n_c$: pairs ordered the same way by `x` and `y` (neither tied). */
  concordant: number;
  /** $n_d$: pairs ordered oppositely (neither tied). */
  discordant: number;
  /** $n_x$: pairs tied in `x` (whether or not also tied in `y`). */
  tiedX: number;
  /** $n_y$: pairs tied in `y` (whether or not also tied in `x`). */
  tiedY: number;
  /** Pairs tied in both. */
  tiedBoth: number;
}

/**
 * Counts, over all pairs $i < j$, the concordant pairs ($x_i - x_j$ and $y_i - y_j$ of the same sign), the
 * discordant ones (opposite signs) and the ties, so that $n_0 = n_c + n_d + n_x + n_y - n_{xy}$. $O(n^2)$, meant
 * for the few hundred points of a widget.
 *
 * Edge cases: `x` and `y` finite, of equal length $\ge 2$; otherwise `RangeError` naming the argument.
 *
 * @example
 * kendallPairCounts([1, 2, 2, 3], [1, 3, 2, 4]);
 * // { pairs: 6, concordant: 5, discordant: 0, tiedX: 1, tiedY: 0, tiedBoth: 0 }
 */
export function kendallPairCounts(x: ArrayLike<number>, y: ArrayLike<number>): KendallPairCounts {
  const xs = toFiniteVector('x', x);
  const ys = toFiniteVector('y', y);
  const n = assertSameLength('x', xs, 'y', ys);
  if (n < 2) fail('x', 'an array of at least 2 numbers', x);
  let concordant = 0;
  let discordant = 0;
  let tiedX = 0;
  let tiedY = 0;
  let tiedBoth = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = Math.sign((xs[j] as number) - (xs[i] as number));
      const dy = Math.sign((ys[j] as number) - (ys[i] as number));
      if (dx === 0) tiedX++;
      if (dy === 0) tiedY++;
      if (dx === 0 && dy === 0) tiedBoth++;
      else if (dx !== 0 && dy !== 0) {
        if (dx === dy) concordant++;
        else discordant++;
      }
    }
  }
  return { pairs: (n * (n - 1)) / 2, concordant, discordant, tiedX, tiedY, tiedBoth };
}

/**
 * Kendall's $\tau_b$ (Kendall 1945), which handles ties: with $n_c$ concordant and $n_d$ discordant pairs among
 * $n_0 = \binom{n}{2}$, and $n_x$, $n_y$ the pairs tied in $x$ and in $y$ ({@link kendallPairCounts}),
 * $$ \tau_b = \frac{n_c - n_d}{\sqrt{(n_0 - n_x)(n_0 - n_y)}} \in [-1, 1]. $$
 * Without ties it is Kendall's $\tau_a = (n_c - n_d)/n_0$, and $(1 + \tau_a)/2$ is the share of pairs the two
 * orderings agree on. This is scipy's `kendalltau` default (variant `'b'`).
 *
 * Edge cases: `x` and `y` finite, of equal length $\ge 2$; when every pair is tied in $x$ or every pair in $y$ (a
 * constant ranking) $\tau_b$ is undefined and a `RangeError` is thrown. Otherwise `RangeError` naming the argument.
 *
 * @example
 * kendallTau([1, 2, 3, 4], [10, 20, 30, 40]); // 1
 * kendallTau([1, 2, 3], [3, 1, 2]); // -0.3333333333333333
 */
export function kendallTau(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const { pairs, concordant, discordant, tiedX, tiedY } = kendallPairCounts(x, y);
  const denominator = Math.sqrt((pairs - tiedX) * (pairs - tiedY));
  if (denominator === 0) throw new RangeError('x and y must not be constant rankings: Kendall tau is undefined (received a constant ranking)');
  return (concordant - discordant) / denominator;
}
