/**
 * Scoring a reward model the way RewardBench does (Lambert et al. 2024): per-example accuracy with ties counted
 * wrong, a section's score as the example-weighted mean of its subsets' accuracies, and the overall score as a
 * weighted mean of section scores (content/chapter-3/rewardbench.mdx).
 *
 * @module
 */
import { assertInInterval, fail, toFiniteVector } from './validate.ts';

/**
 * Per-example correctness of a reward model on (prompt, chosen, rejected) triples:
 * $$ c_i = \begin{cases} 1 & r(x_i, y_{c,i}) > r(x_i, y_{r,i}) \\ t & r(x_i, y_{c,i}) = r(x_i, y_{r,i}) \\ 0 & \text{otherwise,} \end{cases} $$
 * with tie credit $t = 0$ by default, RewardBench's and TRL's convention (a tie counts as wrong). The accuracy is
 * the mean of $c_i$.
 *
 * Edge cases: both arrays non-empty, finite and of equal length; `tieCredit` in $[0, 1]$; otherwise `RangeError`
 * naming the argument.
 *
 * @example
 * pairwiseCorrect([2, 1, 0.5], [1, 1, 0.7]); // Float64Array [1, 0, 0]
 * pairwiseCorrect([2, 1, 0.5], [1, 1, 0.7], 0.5); // Float64Array [1, 0.5, 0]
 */
export function pairwiseCorrect(chosen: ArrayLike<number>, rejected: ArrayLike<number>, tieCredit = 0): Float64Array<ArrayBuffer> {
  const c = toFiniteVector('chosen', chosen);
  const r = toFiniteVector('rejected', rejected);
  if (c.length !== r.length) fail('rejected', `an array of ${String(c.length)} numbers (as many as chosen)`, rejected);
  const t = assertInInterval('tieCredit', tieCredit, 0, 1);
  return c.map((ci, i) => (ci > (r[i] as number) ? 1 : ci === r[i] ? t : 0));
}

/**
 * A weighted mean $\sum_k w_k a_k / \sum_k w_k$ of accuracies. RewardBench uses it twice: a core section's
 * score (Chat, Chat Hard, Safety, Reasoning) weights its subsets' accuracies $a_k$ by their example counts
 * $w_k = n_k$ (in Reasoning the math subset's count is raised to the code subsets' total so math and code count
 * equally; Prior Sets is the plain mean of its four test sets, $w_k = 1$), and the overall score weights the
 * section scores (in Lambert et al. 2024: Chat, Chat Hard, Safety and Reasoning 1 each, Prior Sets 0.5).
 *
 * Edge cases: `accuracies` non-empty with entries in $[0, 1]$; `weights` one finite number $\ge 0$ per accuracy,
 * not all 0; otherwise `RangeError` naming the argument.
 *
 * @example
 * weightedScore([0.9, 0.5], [100, 300]); // 0.6 (example-weighted)
 * weightedScore([0.9, 0.5, 0.7, 0.8], [1, 1, 1, 1]); // 0.725 (category-weighted)
 */
export function weightedScore(accuracies: ArrayLike<number>, weights: ArrayLike<number>): number {
  const a = toFiniteVector('accuracies', accuracies);
  a.forEach((v, i) => assertInInterval(`accuracies[${String(i)}]`, v, 0, 1));
  const w = toFiniteVector('weights', weights);
  if (w.length !== a.length) fail('weights', `${String(a.length)} numbers, one per accuracy`, weights);
  let sum = 0;
  let total = 0;
  w.forEach((wi, i) => {
    if (wi < 0) fail(`weights[${String(i)}]`, 'a number >= 0', wi);
    sum += wi * (a[i] as number);
    total += wi;
  });
  if (!(total > 0)) fail('weights', 'weights with a positive sum', weights);
  return sum / total;
}
