/**
 * Expected values: numpy 2.4 (float64) with np.linalg.solve for the visit counts (an independent route), and the
 * direct sum over answers for a one-word model.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigramSequenceKl } from '../../../src/math/trainers/bigram-kl.ts';
import { bigramCountPolicy, bigramVocabulary } from '../../../src/math/trainers/bigram-policy.ts';
import { SENTENCE_PAIRS } from '../../../src/widgets/shared/sentence-pairs.ts';

const sentences = SENTENCE_PAIRS.flatMap((p) => [p.chosen, p.rejected]);
const words = bigramVocabulary(sentences);
const size = words.length + 1;
const reference = bigramCountPolicy(words, sentences, 0.5);

/** KL over the answers a^k, k ≥ 0, of a one-word model, summed directly (rows [start, a], columns [a, end]). */
function oneWordKl(p: [number, number], q: [number, number]): number {
  // log P(a^k) = log(1 − p0) for k = 0 and log p0 + (k − 1) log p1 + log(1 − p1) for k ≥ 1, with p0 = P(a | start),
  // p1 = P(a | a); in logs, so that no term underflows to 0 before its weight does
  const logProb = ([s, c]: [number, number], k: number) => (k === 0 ? Math.log(1 - s) : Math.log(s) + (k - 1) * Math.log(c) + Math.log(1 - c));
  let kl = 0;
  for (let k = 0; k < 2000; k++) kl += Math.exp(logProb(p, k)) * (logProb(p, k) - logProb(q, k));
  return kl;
}
const logits = (s: number, c: number) => [[Math.log(s), Math.log(1 - s)], [Math.log(c), Math.log(1 - c)]];

describe('bigramSequenceKl(logits, reference)', () => {
  it('is 2 KL((½, ½) ‖ (0.1, 0.9)) ≈ 1.0216512 for the one-word model of the example (direct sum over answers)', () => {
    expect(bigramSequenceKl([[0, 0], [0, 0]], [[0, Math.log(9)], [0, Math.log(9)]])).toBeCloseTo(oneWordKl([0.5, 0.5], [0.1, 0.1]), 10);
    expect(bigramSequenceKl([[0, 0], [0, 0]], [[0, Math.log(9)], [0, Math.log(9)]])).toBeCloseTo(1.0216512475319814, 12);
  });

  it('equals the direct sum over answers for any one-word models (property)', () => {
    const p = fc.double({ min: 0.05, max: 0.9, noNaN: true });
    fc.assert(
      fc.property(p, p, p, p, (s, c, s2, c2) => {
        expect(bigramSequenceKl(logits(s, c), logits(s2, c2))).toBeCloseTo(oneWordKl([s, c], [s2, c2]), 8);
      }),
      { numRuns: 50 },
    );
  });

  it('is 0.31612697700088155 for the sentence model at a test point (numpy, np.linalg.solve) and 0 at the reference', () => {
    const x = reference.map((row, a) => row.map((v, b) => v + 0.3 * Math.sin(a * size + b)));
    expect(bigramSequenceKl(x, reference)).toBeCloseTo(0.31612697700088155, 11);
    expect(bigramSequenceKl(reference, reference)).toBe(0);
  });

  it('rejects tables of the wrong shape or with non-finite logits, naming the argument', () => {
    expect(() => bigramSequenceKl([[0]], [[0]])).toThrow(/logits/);
    expect(() => bigramSequenceKl([[0, 0], [0, 0]], [[0, 0]])).toThrow(/reference/);
    expect(() => bigramSequenceKl([[0, NaN], [0, 0]], [[0, 0], [0, 0]])).toThrow(/logits\[0\]/);
  });
});
