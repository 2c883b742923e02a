/**
 * Expected values from numpy, rebuilding the two bigram models from the twelve sentences of
 * src/widgets/shared/sentence-pairs.ts: counts of (previous word, word) transitions with a start context and
 * an end token, plus 0.5 (π_ref, all twelve) or 0.1 (π_θ, the six chosen answers), normalized per row.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PPO_RESPONSES, shapedResponse } from '../../../src/widgets/ppo-clip/responses.ts';
import { expectAllClose } from '../../math/expect-close.ts';

describe('shapedResponse(number, beta, score)', () => {
  it('gives numpy’s per-token log-probabilities and rewards for “sure , i can help with that .” at β = 0.1, r = 1', () => {
    const shaped = shapedResponse(1, 0.1, 1);
    expect(shaped.sentence).toBe('sure , i can help with that .');
    expect(shaped.tokens.map((t) => t.token)).toEqual(['sure', ',', 'i', 'can', 'help', 'with', 'that', '.', '⟨end⟩']);
    expectAllClose(shaped.tokens.map((t) => t.policyLogProb), [-2.03292153, -1.12846525, -0.72489588, -1.11436065, -1.38629436, -1.38629436, -1.12846525, -1.59108877, -0.31994293], 7);
    expectAllClose(shaped.tokens.map((t) => t.referenceLogProb), [-2.77258872, -2.15948425, -1.51982575, -1.69167601, -2.30258509, -2.30258509, -2.15948425, -2.42774824, -0.65232519], 7);
    expectAllClose(shaped.tokens.map((t) => t.reward), [-0.07396672, -0.1031019, -0.07949299, -0.05773154, -0.09162907, -0.09162907, -0.1031019, -0.08366595, 0.96676177], 7);
    expect(shaped.logRatio).toBeCloseTo(7.175573608470857, 10);
    expect(shaped.total).toBeCloseTo(0.28244263915291434, 10);
  });

  it('gives numpy’s numbers for a rejected answer (“no .”, β = 0.2, r = 0.5): positive penalties where π_θ < π_ref', () => {
    const shaped = shapedResponse(8, 0.2, 0.5);
    expect(shaped.chosen).toBe(false);
    expectAllClose(shaped.tokens.map((t) => t.reward), [0.33164562, 0.20371392, 0.43352355], 7);
    expect(shaped.logRatio).toBeCloseTo(-2.3444154062284186, 10);
  });

  it('sums to −β·log(π_θ(y)/π_ref(y)) + r computed from the sequence log-probabilities (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.double({ min: 0.01, max: 1, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), (n, beta, score) => {
        const shaped = shapedResponse(n, beta, score);
        expect(shaped.total).toBeCloseTo(shaped.sequenceCheck, 10);
        expect(shaped.tokens.at(-1)?.score).toBe(score);
        expect(shaped.tokens.slice(0, -1).every((t) => t.score === 0)).toBe(true);
      }),
    );
  });

  it('numbers the twelve answers chosen first within each pair', () => {
    expect(PPO_RESPONSES).toHaveLength(12);
    expect(PPO_RESPONSES[1]).toBe('i can not help .');
  });
});
