/**
 * Kendall's rank correlation, used to ask whether a learned reward orders responses like the gold reward
 * (content/chapter-1, section 1.2).
 *
 * @module
 */
import { assertSameLength, fail, toFiniteVector } from './validate.ts';

/**
 * Kendall's $\tau_b$ (Kendall 1945), which handles ties: over all pairs $i < j$, with $n_c$ concordant and $n_d$
 * discordant pairs and $t_x$, $t_y$ the pairs tied only in $x$ or only in $y$,
 * $$ \tau_b = \frac{n_c - n_d}{\sqrt{(n_c + n_d + t_x)(n_c + n_d + t_y)}} \in [-1, 1]. $$
 * Without ties it is Kendall's $\tau_a = (n_c - n_d)/\binom{n}{2}$ (scipy's `kendalltau` default, variant `'b'`).
 * $O(n^2)$, meant for the few hundred points of a widget.
 *
 * Edge cases: `x` and `y` finite, of equal length $\ge 2$; when every pair is tied in $x$ or in $y$ (a constant
 * ranking) $\tau_b$ is undefined and a `RangeError` is thrown. Otherwise `RangeError` naming the argument.
 *
 * @example
 * kendallTau([1, 2, 3, 4], [10, 20, 30, 40]); // 1
 * kendallTau([1, 2, 3], [3, 1, 2]); // -0.3333333333333333
 */
export function kendallTau(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const xs = toFiniteVector('x', x);
  const ys = toFiniteVector('y', y);
  const n = assertSameLength('x', xs, 'y', ys);
  if (n < 2) fail('x', 'an array of at least 2 numbers', x);
  let concordant = 0;
  let discordant = 0;
  let tiedX = 0;
  let tiedY = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = Math.sign((xs[j] as number) - (xs[i] as number));
      const dy = Math.sign((ys[j] as number) - (ys[i] as number));
      if (dx === 0 && dy === 0) continue;
      if (dx === 0) tiedX++;
      else if (dy === 0) tiedY++;
      else if (dx === dy) concordant++;
      else discordant++;
    }
  }
  const denominator = Math.sqrt((concordant + discordant + tiedX) * (concordant + discordant + tiedY));
  if (denominator === 0) throw new RangeError('x and y must not be constant rankings: Kendall tau is undefined (received a constant ranking)');
  return (concordant - discordant) / denominator;
}
