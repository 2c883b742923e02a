/**
 * The exact policy of best-of-$n$ sampling over a finite set of responses (Nakano et al. 2021; Stiennon et al.
 * 2020): draw $n$ responses independently from $\pi_{\mathrm{ref}}$ and keep the one with the highest reward.
 *
 * @module
 */
import { assertInteger, assertSameLength, toFiniteVector, toProbabilityVector } from './validate.ts';

/**
 * The distribution of the response best-of-$n$ keeps. Sort the responses by reward; with $F_<(y)$ the
 * $\pi_{\mathrm{ref}}$-mass of responses with a lower reward than $y$ and $m(y)$ the mass of those with the same
 * reward as $y$ (including $y$), the kept response has a reward at most $r(y)$ exactly when all $n$ draws do, so
 * $$ \pi_{\mathrm{bo}n}(y) = \frac{\pi_{\mathrm{ref}}(y)}{m(y)} \Big[ \big(F_<(y) + m(y)\big)^n - F_<(y)^n \Big], $$
 * where a tie is broken uniformly among the tied draws (so tied responses share their group's mass in proportion
 * to $\pi_{\mathrm{ref}}$). Without ties this is $(F_<(y) + \pi_{\mathrm{ref}}(y))^n - F_<(y)^n$.
 *
 * Its KL from $\pi_{\mathrm{ref}}$ is at most $\log n - (n-1)/n$ (`bestOfNKl`), with equality only in the
 * continuous limit (Beirami et al. 2024); on a finite set it is also at most $-\log \pi_{\mathrm{ref}}(y_{\max})$.
 *
 * Edge cases: `referenceProbs` a probability vector, `rewards` finite of the same length, `n` an integer
 * $\ge 1$; otherwise `RangeError` naming the argument. $n = 1$ returns $\pi_{\mathrm{ref}}$; responses with
 * $\pi_{\mathrm{ref}} = 0$ get 0.
 *
 * @example
 * bestOfNPolicy([0.5, 0.5], [0, 1], 2); // Float64Array [0.25, 0.75] (the better one unless both draws miss it)
 * bestOfNPolicy([0.25, 0.25, 0.25, 0.25], [3, 1, 2, 0], 2); // Float64Array [0.4375, 0.1875, 0.3125, 0.0625]
 */
export function bestOfNPolicy(referenceProbs: ArrayLike<number>, rewards: ArrayLike<number>, n: number): Float64Array<ArrayBuffer> {
  const ref = toProbabilityVector('referenceProbs', referenceProbs);
  const r = toFiniteVector('rewards', rewards);
  assertSameLength('referenceProbs', ref, 'rewards', r);
  assertInteger('n', n, 1);
  const order = Array.from(r.keys()).sort((a, b) => (r[a] as number) - (r[b] as number));
  const out = new Float64Array(r.length);
  let below = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    let mass = 0;
    while (end < order.length && r[order[end] as number] === r[order[start] as number]) {
      mass += ref[order[end] as number] as number;
      end++;
    }
    const top = Math.min(1, below + mass);
    const groupMass = top ** n - below ** n;
    if (mass > 0) for (let k = start; k < end; k++) out[order[k] as number] = (groupMass * (ref[order[k] as number] as number)) / mass;
    below = top;
    start = end;
  }
  return out;
}
