/**
 * Expected values: numpy 2.4 (float64), an independent implementation of the bigram model and of DPO on it
 * (log-softmax rows, log π of a sentence as a sum of token log-probabilities, the loss −log σ(βΔ) with
 * np.logaddexp, the KL over whole answers with np.linalg.solve for the visit counts, gradient steps
 * θ ← θ − ∇/β² from the chain rule written out per transition), and central finite differences (h = 1e-6) of its
 * loss for the gradient.
 */
import { describe, expect, it } from 'vitest';
import { runSteps } from '../../../src/math/trainers/run-steps.ts';
import {
  bigramDpoGradient,
  bigramDpoInitialState,
  bigramDpoMetrics,
  bigramDpoStep,
  createBigramDpoTrainer,
} from '../../../src/math/trainers/bigram-dpo.ts';
import { bigramCountPolicy, bigramVocabulary } from '../../../src/math/trainers/bigram-policy.ts';
import { logSigmoid } from '../../../src/math/stable.ts';
import { SENTENCE_PAIRS } from '../../../src/widgets/shared/sentence-pairs.ts';

const sentences = SENTENCE_PAIRS.flatMap((p) => [p.chosen, p.rejected]);
const words = bigramVocabulary(sentences);
const size = words.length + 1;
const reference = bigramCountPolicy(words, sentences, 0.5);
const x = reference.map((row, a) => row.map((v, b) => v + 0.3 * Math.sin(a * size + b)));
const row = (word: string) => words.indexOf(word) + 1;
const col = (word: string) => words.indexOf(word);

/** The mean DPO loss written out here: log π of a sentence by walking its words through the softmax rows. */
function loss(theta: number[][], beta: number): number {
  const logp = (t: number[][], s: string) => {
    let prev = 0;
    let total = 0;
    for (const w of [...s.split(' '), null]) {
      const r = t[prev]!;
      const z = Math.log(r.reduce((acc, v) => acc + Math.exp(v), 0));
      const next = w === null ? words.length : col(w);
      total += r[next]! - z;
      prev = w === null ? 0 : row(w);
    }
    return total;
  };
  return (
    SENTENCE_PAIRS.reduce((acc, p) => {
      const delta = logp(theta, p.chosen) - logp(reference, p.chosen) - (logp(theta, p.rejected) - logp(reference, p.rejected));
      return acc - logSigmoid(beta * delta);
    }, 0) / SENTENCE_PAIRS.length
  );
}

describe('bigramDpoGradient(trainer, logits)', () => {
  const trainer = createBigramDpoTrainer(words, SENTENCE_PAIRS, reference, { beta: 0.3 });
  const g = bigramDpoGradient(trainer, x);

  it('matches central finite differences of the DPO loss written out independently (β = 0.3), at every entry', () => {
    const h = 1e-6;
    for (let a = 0; a < size; a++) {
      for (let b = 0; b < size; b++) {
        const plus = x.map((r) => [...r]);
        const minus = x.map((r) => [...r]);
        plus[a]![b]! += h;
        minus[a]![b]! -= h;
        expect(g[a]![b], `[${String(a)}][${String(b)}]`).toBeCloseTo((loss(plus, 0.3) - loss(minus, 0.3)) / (2 * h), 7);
      }
    }
  });

  it('matches numpy’s finite differences: start row 0, 0, 0, 0.0252154, row “i” 0.000826701, 0.000626532, −0.0216758, 0.000529271; Σ|g| = 1.3336815', () => {
    expect(g[0]!.slice(0, 4)).toEqual([0, 0, 0, 0.025215445287329885].map((v) => expect.closeTo(v, 8)));
    expect(g[row('i')]!.slice(0, 4)).toEqual([0.0008267005968676244, 0.0006265324370424707, -0.021675813977051206, 0.0005292710714144278].map((v) => expect.closeTo(v, 8)));
    expect(g.flat().reduce((s, v) => s + Math.abs(v), 0)).toBeCloseTo(1.333681517279306, 7);
  });

  it('is zero on every transition a pair’s two sentences share, for that pair alone', () => {
    // pair 3: "sorry , i do not know ." over "i do not know .": only start→sorry, sorry→",", ","→i and start→i differ
    const one = createBigramDpoTrainer(words, [SENTENCE_PAIRS[2]!], reference);
    const grad = bigramDpoGradient(one, reference);
    for (const [a, b] of [[row('i'), col('do')], [row('do'), col('not')], [row('not'), col('know')]] as const) expect(grad[a]![b]).toBeCloseTo(0, 14);
    expect(grad[0]![col('sorry')]).toBeLessThan(0); // pushed up (gradient descent)
    expect(grad[0]![col('i')]).toBeGreaterThan(0); // pushed down
  });
});

describe('bigramDpoStep(trainer, state)', () => {
  const trainer = createBigramDpoTrainer(words, SENTENCE_PAIRS, reference); // β = 0.1, η = 1/β² = 100
  const start = bigramDpoInitialState(trainer);
  const after = (steps: number) => runSteps(bigramDpoStep, trainer, start, steps).metrics;

  it('starts at π_θ = π_ref: loss log 2, accuracy 0, KL 0, mean log π of chosen −14.3204072 and rejected −9.5858055 (numpy)', () => {
    expect(start.metrics.loss).toBeCloseTo(Math.LN2, 14);
    expect(start.metrics.accuracy).toBe(0);
    expect(start.metrics.kl).toBe(0);
    expect(start.metrics.logpChosen).toBeCloseTo(-14.320407152820012, 12);
    expect(start.metrics.logpRejected).toBeCloseTo(-9.585805490468312, 12);
  });

  it.each([
    [1, 0.46772932644482607, 0.5296144581963351, -11.592062554686654, -12.153605474298304, 1.5694764630462694],
    [10, 0.1366226300046609, 1.9634826921031798, -12.54438230424463, -27.44460756292473, 12.596517712785772],
    [300, 0.005583323523188377, 5.248197690924486, -25.945908937588044, -73.69328418448121, 19.466009789776827],
  ])('after %i steps: loss, margin, log π chosen and rejected, KL as numpy gives them', (steps, l, margin, lw, ll, kl) => {
    const m = after(steps);
    expect(m.loss).toBeCloseTo(l, 9);
    expect(m.margin).toBeCloseTo(margin, 9);
    expect(m.logpChosen).toBeCloseTo(lw, 8);
    expect(m.logpRejected).toBeCloseTo(ll, 8);
    expect(m.kl).toBeCloseTo(kl, 8);
    expect(m.accuracy).toBe(1);
  });

  it('lowers log π of the chosen sentences below the start while the loss falls (Pal et al. 2024; β = 0.1), and not at β = 1', () => {
    const end = after(300);
    expect(end.loss).toBeLessThan(0.01);
    expect(end.logpChosen).toBeLessThan(start.metrics.logpChosen - 10);
    const gentle = createBigramDpoTrainer(words, SENTENCE_PAIRS, reference, { beta: 1 });
    expect(runSteps(bigramDpoStep, gentle, bigramDpoInitialState(gentle), 300).metrics.logpChosen).toBeGreaterThan(start.metrics.logpChosen);
  });

  it('reports the metrics of its logits and never mutates the trainer or the state', () => {
    const copy = structuredClone(start);
    const next = bigramDpoStep(trainer, start);
    expect(start).toEqual(copy);
    expect(bigramDpoMetrics(trainer, next.logits)).toEqual(next.metrics);
    expect(next.step).toBe(1);
  });
});

describe('createBigramDpoTrainer(vocabulary, pairs, reference, options)', () => {
  it('defaults to β = 0.1, η = 1/β², 300 steps', () => {
    const t = createBigramDpoTrainer(words, SENTENCE_PAIRS, reference);
    expect([t.beta, t.steps]).toEqual([0.1, 300]);
    expect(t.learningRate).toBeCloseTo(100, 10);
  });

  it('rejects bad arguments, naming them', () => {
    expect(() => createBigramDpoTrainer(words, [], reference)).toThrow(/pairs/);
    expect(() => createBigramDpoTrainer(words, [{ chosen: 'hello .', rejected: 'no .' }], reference)).toThrow(/sentence/);
    expect(() => createBigramDpoTrainer(words, SENTENCE_PAIRS, [[0]])).toThrow(/reference/);
    expect(() => createBigramDpoTrainer(words, SENTENCE_PAIRS, reference, { beta: 0 })).toThrow(/beta/);
    expect(() => createBigramDpoTrainer(words, SENTENCE_PAIRS, reference, { learningRate: -1 })).toThrow(/learningRate/);
    expect(() => createBigramDpoTrainer(words, SENTENCE_PAIRS, reference, { steps: 0 })).toThrow(/steps/);
  });
});
