import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveCalibration, summarizeCalibration } from '../../../src/widgets/calibration/model.ts';
import { calibrationDefaults, calibrationSchema } from '../../../src/widgets/calibration/state.ts';
import { stateFromSearchParams, stateToSearchParams } from '../../../src/widgets/shared/schema.ts';
import { hostileString, validState } from '../shared/schema-arbitraries.ts';

describe('calibrationDefaults', () => {
  it('are the model as trained (T = 1) on held-out labels twice as noisy as its training labels', () => {
    expect(calibrationDefaults).toEqual({ temperature: 1, heldOutNoise: 2, comparisons: 500, bins: 10, seed: 42 });
  });
});

describe('calibrationSchema', () => {
  it('reads shareable URLs (kebab-case keys) and clamps out-of-range values', () => {
    const state = stateFromSearchParams(new URLSearchParams('temperature=0&held-out-noise=99&comparisons=3&bins=1.4&seed=-3'), calibrationSchema);
    expect(state).toEqual({ temperature: 0.1, heldOutNoise: 4, comparisons: 20, bins: 2, seed: 0 });
  });
  it('round-trips every valid state through the URL', () => {
    fc.assert(
      fc.property(validState(calibrationSchema), (state) => {
        const back = stateFromSearchParams(stateToSearchParams(state, calibrationSchema), calibrationSchema);
        expect(back.comparisons).toBe(state.comparisons);
        expect(back.bins).toBe(state.bins);
        expect(back.seed).toBe(state.seed);
        expect(back.temperature).toBeCloseTo(state.temperature, 12);
        expect(back.heldOutNoise).toBeCloseTo(state.heldOutNoise, 12);
      }),
      { numRuns: 200 },
    );
  });
  it('turns garbage into a valid state that the model can draw', () => {
    fc.assert(
      fc.property(hostileString, hostileString, hostileString, hostileString, hostileString, (temperature, noise, comparisons, bins, seed) => {
        const state = stateFromSearchParams(
          new URLSearchParams({ temperature, 'held-out-noise': noise, comparisons, bins, seed }),
          calibrationSchema,
        );
        expect(state.temperature).toBeGreaterThanOrEqual(0.1);
        expect(state.temperature).toBeLessThanOrEqual(10);
        expect(state.heldOutNoise).toBeGreaterThanOrEqual(0.25);
        expect(state.heldOutNoise).toBeLessThanOrEqual(4);
        expect(Number.isInteger(state.comparisons) && state.comparisons >= 20 && state.comparisons <= 2000).toBe(true);
        expect(Number.isInteger(state.bins) && state.bins >= 2 && state.bins <= 20).toBe(true);
        expect(summarizeCalibration(state, deriveCalibration(state)).length).toBeGreaterThan(0);
      }),
      { numRuns: 30 },
    );
  });
});
