/**
 * The KL divergence between two bigram policies over whole responses (content/chapter-5/dpo-trainer.mdx), exactly,
 * without enumerating responses.
 *
 * @module
 */
import { logSoftmax } from '../stable.ts';
import { fail } from '../validate.ts';
import { checkBigramLogits } from './bigram-policy.ts';

/**
 * $\mathrm{KL}(\pi_\theta \,\|\, \pi_{\mathrm{ref}})$ over complete responses of two bigram policies (layout of
 * `bigram-policy.ts`: context 0 = start, output $V$ = end). By the chain rule of the KL divergence, a response
 * is a sequence of choices, each contributing the KL of the next-token distributions at its context, so
 * $$ \mathrm{KL}(\pi_\theta \,\|\, \pi_{\mathrm{ref}}) = \sum_a v_a\, \mathrm{KL}\big(\operatorname{softmax}(\theta_a) \,\|\, \operatorname{softmax}(\theta^{\mathrm{ref}}_a)\big), $$
 * where $v_a$ is the expected number of visits to context $a$ in a response drawn from $\pi_\theta$:
 * $v = e_0^\top (I - Q)^{-1}$, with $Q_{a,a'} = \pi_\theta(\text{word } a' - 1 \mid a)$ the transitions between
 * contexts (the end token leaves the chain). Every softmax probability is positive, so every context ends a
 * response with positive probability, $I - Q$ is invertible and $v$ is finite. Solved by Gaussian elimination
 * with partial pivoting, $O(V^3)$.
 *
 * Edge cases: both tables must be $(V+1) \times (V+1)$ finite logits, else `RangeError` naming the argument.
 *
 * @example
 * // one word 'a': from the start (and from 'a') emit 'a' or end; uniform vs end-with-0.9
 * bigramSequenceKl([[0, 0], [0, 0]], [[0, Math.log(9)], [0, Math.log(9)]]); // 2 · KL([½,½]‖[0.1,0.9]) ≈ 1.0217
 */
export function bigramSequenceKl(logits: readonly (readonly number[])[], reference: readonly (readonly number[])[]): number {
  const size = Array.isArray(logits) ? logits.length : 0;
  if (size < 2) fail('logits', 'a table of at least 2 × 2 finite logits', logits);
  const theta = checkBigramLogits('logits', logits, size);
  const ref = checkBigramLogits('reference', reference, size);
  const logp = theta.map((row) => logSoftmax(row));
  const logq = ref.map((row) => logSoftmax(row));
  // Solve (I − Q)^T v = e_0, where Q[a][a'] = p(word a' − 1 | a) for a' ≥ 1 (context 0 is never re-entered).
  const m = Array.from({ length: size }, (_, i) => {
    const row = new Float64Array(size + 1);
    for (let a = 0; a < size; a++) {
      const q = a === i ? 1 : 0;
      const transition = i === 0 ? 0 : Math.exp((logp[a] as Float64Array)[i - 1] as number);
      row[a] = q - transition;
    }
    row[size] = i === 0 ? 1 : 0;
    return row;
  });
  for (let c = 0; c < size; c++) {
    let pivot = c;
    for (let r = c + 1; r < size; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    const head = m[c]!;
    for (let r = 0; r < size; r++) {
      if (r === c) continue;
      const row = m[r]!;
      const factor = row[c]! / head[c]!;
      if (factor === 0) continue;
      for (let k = c; k <= size; k++) row[k] = row[k]! - factor * head[k]!;
    }
  }
  let kl = 0;
  for (let a = 0; a < size; a++) {
    const visits = m[a]![size]! / m[a]![a]!;
    const lp = logp[a] as Float64Array;
    const lq = logq[a] as Float64Array;
    let rowKl = 0;
    for (let b = 0; b < size; b++) rowKl += Math.exp(lp[b] as number) * ((lp[b] as number) - (lq[b] as number));
    kl += visits * rowKl;
  }
  return Math.max(0, kl);
}
