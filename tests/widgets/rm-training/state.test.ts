import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rmTrainingDefaults, rmTrainingSchema } from '../../../src/widgets/rm-training/state.ts';
import { stateFromSearchParams, stateToSearchParams } from '../../../src/widgets/shared/schema.ts';
import { hostileString, validState } from '../shared/schema-arbitraries.ts';

describe('rmTrainingDefaults', () => {
  it('are K = 9, τ = 1, η = 1, seed 42, one tick per frame', () => {
    expect(rmTrainingDefaults).toEqual({ size: 9, noise: 1, rate: 1, seed: 42, speed: 1 });
  });
});

describe('rmTrainingSchema', () => {
  it('reads shareable URLs and clamps out-of-range values', () => {
    expect(stateFromSearchParams(new URLSearchParams('size=20&noise=0&rate=1000&seed=-3&speed=99'), rmTrainingSchema)).toEqual({ size: 9, noise: 0.25, rate: 64, seed: 0, speed: 10 });
    expect(stateFromSearchParams(new URLSearchParams('size=1&noise=9'), rmTrainingSchema)).toEqual({ ...rmTrainingDefaults, size: 2, noise: 3 });
  });
  it('round-trips every valid state through the URL', () => {
    fc.assert(
      fc.property(validState(rmTrainingSchema), (state) => {
        const back = stateFromSearchParams(stateToSearchParams(state, rmTrainingSchema), rmTrainingSchema);
        expect(back.size).toBe(state.size);
        expect(back.seed).toBe(state.seed);
        expect(back.noise).toBeCloseTo(state.noise, 12);
        expect(back.rate).toBeCloseTo(state.rate, 12);
      }),
      { numRuns: 200 },
    );
  });
  it('turns garbage into a state inside the ranges', () => {
    fc.assert(
      fc.property(hostileString, hostileString, hostileString, (size, noise, rate) => {
        const s = stateFromSearchParams(new URLSearchParams({ size, noise, rate }), rmTrainingSchema);
        expect(Number.isInteger(s.size) && s.size >= 2 && s.size <= 9).toBe(true);
        expect(s.noise >= 0.25 && s.noise <= 3).toBe(true);
        expect(s.rate >= 0.25 && s.rate <= 64).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
