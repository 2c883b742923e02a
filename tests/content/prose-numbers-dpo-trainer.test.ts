/**
 * The numbers and facts the prose of section 5.4 (content/chapter-5/dpo-trainer.mdx) states, recomputed with
 * `src/math`. The section computes its numbers in MDX expressions at build time (its live ones are `\val`, which
 * the build checks against the widget); this test checks the facts its sentences state in words, the numbers it
 * writes by hand (log 2 ≈ 0.6931 and the win rate 0.75), and sweeps the prose for any other decimal number.
 */
import { describe, expect, it } from 'vitest';
import { sectionProse } from './section-prose';
import { bigramTransitions, bigramVocabulary } from '../../src/math/index';
import { deriveDpoTrainer } from '../../src/widgets/dpo-trainer/model';
import { SENTENCE_PAIRS } from '../../src/widgets/dpo-trainer/sentence-pairs';
import { dpoTrainerDefaults, type DpoTrainerState } from '../../src/widgets/dpo-trainer/state';

const at = (changes: Partial<DpoTrainerState>) => deriveDpoTrainer({ ...dpoTrainerDefaults, ...changes });

describe('content/chapter-5/dpo-trainer.mdx', () => {
  const text = sectionProse('chapter-5/dpo-trainer.mdx');

  it('states no decimal number that is neither an input nor checked here', () => {
    // Inputs: the exercises' β and probabilities (0.1, 0.5, 0.9), the slider setting β = 0.05 and the section number
    // in "5.1's words"; checked below: 0.6931 (log 2) and 0.75 (3 wins of 4).
    const inputs = new Set(['0.1', '0.5', '0.9', '0.05', '5.1', '0.6931', '0.75']);
    const unchecked = [...text.matchAll(/\d+\.\d+|\d+%/g)].map((m) => m[0]).filter((token) => !inputs.has(token));
    expect([...new Set(unchecked)]).toEqual([]);
  });

  it('log 2 ≈ 0.6931 is the loss at step 0, and 0.75 the win rate of exercise dt-1', () => {
    expect(text).toContain('\\log 2 \\approx 0.6931');
    expect(Math.LN2.toFixed(4)).toBe('0.6931');
    expect(at({}).history[0]!.loss).toBeCloseTo(Math.LN2, 14);
    expect(3 / 4).toBe(0.75);
  });

  it('the sentence facts: pairs 3 and 6 differ only by "sorry ,", "i can" opens rejected 1 and chosen 5, "not" is in four rejected and two chosen answers', () => {
    const p = SENTENCE_PAIRS;
    expect(p[2]!.chosen).toBe(`sorry , ${p[2]!.rejected}`);
    expect(p[5]!.chosen).toBe(`sorry , ${p[5]!.rejected}`);
    expect(p[0]!.rejected.startsWith('i can ')).toBe(true);
    expect(p[4]!.chosen.startsWith('i can ')).toBe(true);
    const has = (s: string) => s.split(' ').includes('not');
    expect(p.filter((q) => has(q.rejected))).toHaveLength(4);
    expect(p.filter((q) => has(q.chosen))).toHaveLength(2);
    expect(bigramVocabulary(p.flatMap((q) => [q.chosen, q.rejected]))).toHaveLength(23);
    expect(text).toContain('Pairs 3 and 6 differ only by the opening “sorry ,”');
    // every sentence of the widget is in the vocabulary and ends with "."
    for (const q of p) for (const s of [q.chosen, q.rejected]) expect(bigramTransitions(bigramVocabulary([s]), s).length).toBe(s.split(' ').length + 1);
  });

  it('the sweep: loss, accuracy and margin do not move with β, the KL and log π of the chosen answers do', () => {
    const runs = [0.05, 0.1, 0.2, 0.5, 1, 2].map((beta) => at({ beta }));
    expect(new Set(runs.map((r) => r.metrics.loss.toFixed(4))).size).toBe(1);
    expect(new Set(runs.map((r) => r.metrics.accuracy.toFixed(2))).size).toBe(1);
    expect(new Set(runs.map((r) => r.metrics.margin.toFixed(3))).size).toBe(1);
    expect(new Set(runs.map((r) => r.metrics.kl.toFixed(3))).size).toBe(6);
    expect(runs.every((r) => r.optimum!.meanTv < 5e-7)).toBe(true); // "to six decimals"
    expect(text).toContain('The first three columns are the same in every row');
  });

  it('what to notice: β = 1 on the bigram rises for the whole run; seed 0 has one prompt whose answer never wins', () => {
    const gentle = at({ policy: 'bigram', beta: 1 });
    expect(gentle.peakChosen.step).toBe(300);
    expect(gentle.metrics.logpChosen).toBeGreaterThan(gentle.start.logpChosen);
    const seed0 = at({ seed: 0 });
    expect(seed0.optimum!.missing).toBe(1);
    // at β = 0.05 the π* plot piles up at 0 and 1, at β = 1 it spreads out: more responses strictly between 0.05 and 0.95
    const inner = (beta: number) => at({ beta }).optimum!.rows.flatMap((r) => r.optimum!).filter((q) => q > 0.05 && q < 0.95).length;
    expect(inner(1)).toBeGreaterThan(inner(0.05));
  });

  it('the bigram run: the loss improves at every step while log π of the chosen sentences ends below its start', () => {
    const big = at({ policy: 'bigram' });
    expect(big.history[1]!.accuracy).toBe(1);
    expect(big.metrics.logpChosen).toBeLessThan(big.start.logpChosen);
    expect(big.metrics.logpRejected).toBeLessThan(big.metrics.logpChosen);
  });
});
