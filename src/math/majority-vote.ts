/**
 * Majority-vote labels from several binary (0/1) annotators, and how often the majority is right
 * (content/chapter-3/annotator-agreement.mdx). A tie (an even number of voters split evenly) is settled by a fair
 * coin, so it counts as half right: no extra randomness is drawn.
 *
 * @module
 */
import { assertInInterval, assertInteger, assertNonEmpty, assertSameLength, fail } from './validate.ts';

/**
 * Fraction of items on which the majority of `voters` gives the label `truth` has, a tie counting ½:
 * $$ \mathrm{acc} = \frac{1}{n}\sum_{i=1}^{n} \Big(\mathbf{1}[\text{majority}_i = t_i] + \tfrac12\,\mathbf{1}[\text{tie}_i]\Big). $$
 *
 * Edge cases: every label must be 0 or 1; `voters` a non-empty list of label arrays, each as long as `truth`
 * (non-empty); otherwise `RangeError` naming the argument.
 *
 * @example
 * majorityVoteAccuracy([[1, 0, 1], [1, 1, 0], [0, 0, 1]], [1, 0, 0]); // 0.6666666666666666 (majorities 1, 0, 1)
 * majorityVoteAccuracy([[1, 0], [0, 0]], [1, 0]); // 0.75 (item 1 is a tie)
 */
export function majorityVoteAccuracy(voters: ArrayLike<ArrayLike<number>>, truth: ArrayLike<number>): number {
  const k = assertNonEmpty('voters', voters);
  const n = assertNonEmpty('truth', truth);
  const yes = new Float64Array(n);
  for (let j = 0; j < k; j++) {
    const row = voters[j] as ArrayLike<number>;
    assertSameLength(`voters[${String(j)}]`, row, 'truth', truth);
    for (let i = 0; i < n; i++) {
      const v = row[i];
      if (v !== 0 && v !== 1) fail(`voters[${String(j)}][${String(i)}]`, '0 or 1', v);
      yes[i] = (yes[i] as number) + v;
    }
  }
  let right = 0;
  for (let i = 0; i < n; i++) {
    const t = truth[i];
    if (t !== 0 && t !== 1) fail(`truth[${String(i)}]`, '0 or 1', t);
    const twice = 2 * (yes[i] as number);
    if (twice === k) right += 0.5;
    else if ((twice > k ? 1 : 0) === t) right += 1;
  }
  return right / n;
}

/**
 * Probability that the majority of $k$ independent voters, each wrong with probability $f$, is right (a tie
 * counting ½; Condorcet's jury theorem in its binomial form):
 * $$ P_k = \sum_{j > k/2} \binom{k}{j} (1-f)^j f^{k-j} \;+\; \tfrac12 \binom{k}{k/2} \big((1-f)f\big)^{k/2}\,\mathbf{1}[k \text{ even}]. $$
 * For $f < \tfrac12$ it rises toward 1 as $k$ grows; an even $k$ is no better than $k - 1$.
 *
 * Edge cases: `voters` an integer in $[1, 1000]$, `flipRate` in $[0, 1]$; otherwise `RangeError` naming it.
 *
 * @example
 * majorityAccuracy(1, 0.12); // 0.88
 * majorityAccuracy(3, 0.12); // 0.960256
 * majorityAccuracy(2, 0.12); // 0.88 (same as 1 voter)
 */
export function majorityAccuracy(voters: number, flipRate: number): number {
  const k = assertInteger('voters', voters, 1, 1000);
  const f = assertInInterval('flipRate', flipRate, 0, 1);
  let total = 0;
  let binomial = 1; // C(k, j), updated from j − 1
  for (let j = 0; j <= k; j++) {
    if (j > 0) binomial = (binomial * (k - j + 1)) / j;
    const term = binomial * (1 - f) ** j * f ** (k - j);
    if (2 * j > k) total += term;
    else if (2 * j === k) total += term / 2;
  }
  return total;
}
