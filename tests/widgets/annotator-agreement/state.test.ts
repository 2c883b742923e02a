import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveAnnotatorAgreement, summarizeAnnotatorAgreement } from '../../../src/widgets/annotator-agreement/model.ts';
import { annotatorAgreementDefaults, annotatorAgreementSchema } from '../../../src/widgets/annotator-agreement/state.ts';
import { stateFromSearchParams, stateToSearchParams } from '../../../src/widgets/shared/schema.ts';
import { hostileString, validState } from '../shared/schema-arbitraries.ts';

describe('annotatorAgreementDefaults', () => {
  it('are the seed notebook’s reviewer demo: 2 annotators, base rate 0.3, flip rate 0.12, n = 300, seed 42', () => {
    expect(annotatorAgreementDefaults).toEqual({ annotators: 2, baseRate: 0.3, flipRate: 0.12, n: 300, seed: 42 });
  });
});

describe('annotatorAgreementSchema', () => {
  it('reads shareable URLs (kebab-case keys) and clamps out-of-range values', () => {
    const state = stateFromSearchParams(new URLSearchParams('annotators=12&base-rate=0&flip-rate=0.9&n=5&seed=-3'), annotatorAgreementSchema);
    expect(state).toEqual({ annotators: 7, baseRate: 0.01, flipRate: 0.5, n: 20, seed: 0 });
  });
  it('round-trips every valid state through the URL', () => {
    fc.assert(
      fc.property(validState(annotatorAgreementSchema), (state) => {
        const back = stateFromSearchParams(stateToSearchParams(state, annotatorAgreementSchema), annotatorAgreementSchema);
        expect(back.annotators).toBe(state.annotators);
        expect(back.n).toBe(state.n);
        expect(back.seed).toBe(state.seed);
        expect(back.baseRate).toBeCloseTo(state.baseRate, 12);
        expect(back.flipRate).toBeCloseTo(state.flipRate, 12);
      }),
      { numRuns: 200 },
    );
  });
  it('turns garbage into a valid state that the model can draw', () => {
    fc.assert(
      fc.property(hostileString, hostileString, hostileString, hostileString, hostileString, (annotators, baseRate, flipRate, n, seed) => {
        const state = stateFromSearchParams(
          new URLSearchParams({ annotators, 'base-rate': baseRate, 'flip-rate': flipRate, n, seed }),
          annotatorAgreementSchema,
        );
        expect(Number.isInteger(state.annotators) && state.annotators >= 2 && state.annotators <= 7).toBe(true);
        expect(state.baseRate).toBeGreaterThanOrEqual(0.01);
        expect(state.baseRate).toBeLessThanOrEqual(0.99);
        expect(state.flipRate).toBeGreaterThanOrEqual(0);
        expect(state.flipRate).toBeLessThanOrEqual(0.5);
        expect(Number.isInteger(state.n) && state.n >= 20 && state.n <= 2000).toBe(true);
        expect(summarizeAnnotatorAgreement(state, deriveAnnotatorAgreement(state)).length).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });
});
