/**
 * The numbers and facts the prose of section 5.4 (content/chapter-5/dpo-trainer.mdx) states, recomputed with
 * `src/math`. The section computes its numbers in MDX expressions at build time (its live ones are `\val`, which
 * the build checks against the widget); this test checks the facts its sentences state in words, the numbers it
 * writes by hand (log 2 ≈ 0.6931 and the win rate 0.75), and sweeps the prose for any other decimal number.
 */
import { describe, expect, it } from 'vitest';
import { sectionProse } from './section-prose';
import { bigramCountPolicy, bigramTransitions, bigramVocabulary, createBigramDpoTrainer, createTabularDpoTrainer, createWorld, drawPreferences } from '../../src/math/index';
import { deriveDpoTrainer } from '../../src/widgets/dpo-trainer/model';
import { REFERENCE_SMOOTHING, SENTENCE_PAIRS } from '../../src/widgets/shared/sentence-pairs';
import { dpoTrainerDefaults, type DpoTrainerState } from '../../src/widgets/dpo-trainer/state';

const at = (changes: Partial<DpoTrainerState>) => deriveDpoTrainer({ ...dpoTrainerDefaults, ...changes });

describe('content/chapter-5/dpo-trainer.mdx', () => {
  const text = sectionProse('chapter-5/dpo-trainer.mdx');

  it('states no decimal number that is neither an input nor checked here', () => {
    // Inputs: the exercises' β and probabilities (0.1, 0.5, 0.9), the slider setting β = 0.05 and the section number
    // in "5.1's words", the theorem number "Theorem 2.5.3" of Cover and Thomas; checked below: 0.6931 (log 2) and
    // 0.75 (3 wins of 4).
    const inputs = new Set(['0.1', '0.5', '0.9', '0.05', '5.1', '2.5', '0.6931', '0.75']);
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

  it('the step sizes it states (η = 10/β² tabular, 1/β² bigram) are the trainers\' defaults the widget uses, and they make the tabular curves the same for every β at every step', () => {
    expect(text).toContain('\\eta = 10/\\beta^2');
    expect(text).toContain('\\eta = 1/\\beta^2');
    const world = createWorld({ seed: 42 });
    const comparisons = drawPreferences(world, { count: 200 });
    const sentences = SENTENCE_PAIRS.flatMap((q) => [q.chosen, q.rejected]);
    const vocabulary = bigramVocabulary(sentences);
    const reference = bigramCountPolicy(vocabulary, sentences, REFERENCE_SMOOTHING);
    for (const beta of [0.05, 0.3, 2]) {
      expect(createTabularDpoTrainer(world, comparisons, { beta }).learningRate).toBeCloseTo(10 / beta ** 2, 9);
      expect(createBigramDpoTrainer(vocabulary, SENTENCE_PAIRS, reference, { beta }).learningRate).toBeCloseTo(1 / beta ** 2, 9);
    }
    // "the same for every β at every step": gradient descent on β·h with a fixed step, whatever β
    const [a, b] = [at({ beta: 0.05 }), at({ beta: 2 })];
    a.history.forEach((m, t) => {
      const n = b.history[t]!;
      expect(m.loss).toBeCloseTo(n.loss, 10);
      expect(m.accuracy).toBe(n.accuracy);
      expect(m.margin).toBeCloseTo(n.margin, 10);
    });
    expect(a.history[10]!.kl).not.toBeCloseTo(b.history[10]!.kl, 2); // what β does change
  });

  it('the accuracy at the defaults: 0.67 at step 1, then at its end value to two decimals from the step the prose computes (2)', () => {
    const d = at({});
    expect(d.history[1]!.accuracy.toFixed(2)).toBe('0.67');
    expect(d.history.slice(2).every((m) => m.accuracy.toFixed(2) === '0.68')).toBe(true);
    expect(d.history.slice(1).filter((m) => m.accuracy.toFixed(2) !== '0.68')).toHaveLength(1);
  });

  it('the bigram run: the loss improves at every step while log π of the chosen sentences ends below its start', () => {
    const big = at({ policy: 'bigram' });
    expect(big.history[1]!.accuracy).toBe(1);
    expect(big.metrics.logpChosen).toBeLessThan(big.start.logpChosen);
    expect(big.metrics.logpRejected).toBeLessThan(big.metrics.logpChosen);
  });
});
