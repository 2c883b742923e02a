/**
 * Expected values: numpy 2.4 (float64), from an independent implementation of the bigram model written for these
 * tests (/tmp-free: the script is reproduced in the comments of each value): vocabulary = sorted distinct words,
 * rows = [start] + words, columns = words + [end], reference = log((counts + 0.5) / row sums).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bigramCountPolicy,
  bigramLogProbability,
  bigramLogProbabilityGradient,
  bigramTransitions,
  bigramVocabulary,
} from '../../../src/math/trainers/bigram-policy.ts';
import { SENTENCE_PAIRS } from '../../../src/widgets/shared/sentence-pairs.ts';

const sentences = SENTENCE_PAIRS.flatMap((p) => [p.chosen, p.rejected]);
const words = bigramVocabulary(sentences);
const size = words.length + 1;
const reference = bigramCountPolicy(words, sentences, 0.5);
/** A test point away from the reference: reference + 0.3 sin(k), k = 0 … size² − 1 row by row (numpy: ref + 0.3*np.sin(np.arange(S*S).reshape(S,S))). */
const x = reference.map((row, a) => row.map((v, b) => v + 0.3 * Math.sin(a * size + b)));

describe('bigramVocabulary(sentences)', () => {
  it('is the sorted distinct words: 23 for the widget’s twelve sentences (numpy: sorted(set(...)))', () => {
    expect(words).toEqual([',', '.', 'can', 'check', 'do', 'for', 'happy', 'help', 'i', 'is', 'know', 'no', 'not', 'possible', 'sorry', 'sure', 'thank', 'that', 'to', 'will', 'with', 'you', 'yourself']);
  });

  it('rejects an empty list and a sentence without words, naming it', () => {
    expect(() => bigramVocabulary([])).toThrow(/sentences/);
    expect(() => bigramVocabulary(['a b', '  '])).toThrow(/sentences\[1\]/);
  });
});

describe('bigramTransitions(vocabulary, sentence)', () => {
  it('goes start → words → end as (row, column) indices', () => {
    expect(bigramTransitions(['.', 'no'], 'no .')).toEqual([
      [0, 1],
      [2, 0],
      [1, 2],
    ]);
  });

  it('rejects a word outside the vocabulary and an empty sentence, naming the sentence', () => {
    expect(() => bigramTransitions(words, 'hello .')).toThrow(/sentence.*hello/);
    expect(() => bigramTransitions(words, '')).toThrow(RangeError);
  });
});

describe('bigramCountPolicy(vocabulary, sentences, smoothing)', () => {
  it('is log((n + α)/Σ(n + α)) row by row (numpy: row 0 starts −3.871201010907891 ×3, −2.772588722239781)', () => {
    expect(reference[0]!.slice(0, 4)).toEqual([-3.871201010907891, -3.871201010907891, -3.871201010907891, -2.772588722239781].map((v) => expect.closeTo(v, 13)));
    for (const row of reference) expect(row.reduce((s, v) => s + Math.exp(v), 0)).toBeCloseTo(1, 13);
  });

  it('rejects a smoothing that is not > 0, naming it', () => {
    expect(() => bigramCountPolicy(words, sentences, 0)).toThrow(/smoothing/);
  });
});

describe('bigramLogProbability(logits, transitions)', () => {
  it('is the sum of the token log-probabilities (numpy: −14.320407152820012 mean over the chosen sentences, −18.525774581974478 for sentence 1 at the test point)', () => {
    const mean = SENTENCE_PAIRS.reduce((s, p) => s + bigramLogProbability(reference, bigramTransitions(words, p.chosen)), 0) / SENTENCE_PAIRS.length;
    expect(mean).toBeCloseTo(-14.320407152820012, 12);
    expect(bigramLogProbability(x, bigramTransitions(words, SENTENCE_PAIRS[0]!.chosen))).toBeCloseTo(-18.525774581974478, 12);
  });

  it('gives answers up to 6 words the mass 1 − P(no end within 6 words) of a two-word model (property of a proper sequence model)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 9, maxLength: 9 }), (flat) => {
        const logits = [flat.slice(0, 3), flat.slice(3, 6), flat.slice(6, 9)];
        let total = 0;
        const grow = (prefix: string[]) => {
          if (prefix.length > 0) total += Math.exp(bigramLogProbability(logits, bigramTransitions(['a', 'b'], prefix.join(' '))));
          if (prefix.length < 6) for (const w of ['a', 'b']) grow([...prefix, w]);
        };
        grow([]);
        // independently: push the start's mass through 6 word steps of the softmax rows; what is left after 7 words is P(length ≥ 7)
        const soft = logits.map((row) => {
          const e = row.map(Math.exp);
          const z = e.reduce((s, v) => s + v, 0);
          return e.map((v) => v / z);
        });
        let mass = [1, 0, 0]; // at the start, after 'a', after 'b'
        for (let t = 0; t < 7; t++) {
          const next = [0, 0, 0];
          mass.forEach((m, c) => {
            next[1]! += m * soft[c]![0]!;
            next[2]! += m * soft[c]![1]!;
          });
          mass = next;
        }
        const start = soft[0]!;
        expect(total).toBeCloseTo(1 - (mass[1]! + mass[2]!) - start[2]!, 12);
      }),
      { numRuns: 30 },
    );
  });
});

describe('bigramLogProbabilityGradient(logits, transitions, scale, into)', () => {
  it('matches central finite differences of bigramLogProbability', () => {
    const t = bigramTransitions(words, SENTENCE_PAIRS[4]!.chosen);
    const g = bigramLogProbabilityGradient(x, t);
    const h = 1e-6;
    for (const [a, b] of [[0, 8], [9, 2], [9, 12], [3, 17], [5, 5], [18, 23]] as const) {
      const plus = x.map((r) => [...r]);
      const minus = x.map((r) => [...r]);
      plus[a]![b]! += h;
      minus[a]![b]! -= h;
      const numeric = (bigramLogProbability(plus, t) - bigramLogProbability(minus, t)) / (2 * h);
      expect(g[a]![b], `[${String(a)}][${String(b)}]`).toBeCloseTo(numeric, 7);
    }
  });

  it('is 1[b = y_t] − softmax(θ_a)_b on a one-step answer and 0 on rows it never visits', () => {
    expect(bigramLogProbabilityGradient([[0, 0], [0, 0]], [[0, 1]])).toEqual([[-0.5, 0.5], [0, 0]]);
  });

  it('scales and accumulates into a given table', () => {
    const into = [[1, 1], [1, 1]];
    bigramLogProbabilityGradient([[0, 0], [0, 0]], [[0, 1]], -2, into);
    expect(into).toEqual([[2, 0], [1, 1]]);
  });
});
