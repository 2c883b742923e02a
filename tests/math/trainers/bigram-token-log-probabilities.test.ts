import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigramLogProbability, bigramTransitions, bigramVocabulary } from '../../../src/math/trainers/bigram-policy.ts';
import { bigramTokenLogProbabilities } from '../../../src/math/trainers/bigram-token-log-probabilities.ts';
import { expectAllClose } from '../expect-close.ts';

describe('bigramTokenLogProbabilities(logits, transitions)', () => {
  it('gives log softmax(θ_a)_b for each transition (numpy)', () => {
    // numpy: L = [[1,2,0],[0,0,0],[3,1,2]]; ls = L - log(exp(L).sum(1, keepdims=True)); ls[0,1], ls[2,1], ls[1,2]
    const logits = [[1, 2, 0], [0, 0, 0], [3, 1, 2]];
    expectAllClose(bigramTokenLogProbabilities(logits, [[0, 1], [2, 1], [1, 2]]), [-0.40760596444438013, -2.4076059644443806, -1.0986122886681098], 12);
  });
  it('sums to bigramLogProbability for any logits and sentence', () => {
    const vocabulary = bigramVocabulary(['sure , i can help .', 'no .']);
    const size = vocabulary.length + 1;
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: size, maxLength: size }), { minLength: size, maxLength: size }),
        fc.constantFrom('sure , i can help .', 'no .', 'i can help .', 'sure .'),
        (logits, sentence) => {
          const transitions = bigramTransitions(vocabulary, sentence);
          const tokens = bigramTokenLogProbabilities(logits, transitions);
          expect(tokens.length).toBe(transitions.length);
          expect(tokens.reduce((s, v) => s + v, 0)).toBeCloseTo(bigramLogProbability(logits, transitions), 10);
        },
      ),
    );
  });
  it('rejects a transition outside the logits, naming transitions', () => {
    expect(() => bigramTokenLogProbabilities([[0, 0], [0, 0]], [[2, 0]])).toThrow(/transitions/);
    expect(() => bigramTokenLogProbabilities([[0, 0], [0, 0]], [[0, 5]])).toThrow(/transitions/);
  });
});
