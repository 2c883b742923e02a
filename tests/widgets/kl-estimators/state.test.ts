import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveKlEstimators, summarizeKlEstimators } from '../../../src/widgets/kl-estimators/model.ts';
import { klEstimatorsDefaults, klEstimatorsSchema } from '../../../src/widgets/kl-estimators/state.ts';
import { stateFromSearchParams, stateToSearchParams } from '../../../src/widgets/shared/schema.ts';
import { hostileString, validState } from '../shared/schema-arbitraries.ts';

describe('klEstimatorsDefaults', () => {
  it('are drift μ = 1, batches of 16 samples, seed 42', () => {
    expect(klEstimatorsDefaults).toEqual({ mu: 1, samples: 16, seed: 42 });
  });
});

describe('klEstimatorsSchema', () => {
  it('reads shareable URLs and clamps out-of-range values', () => {
    const state = stateFromSearchParams(new URLSearchParams('mu=9&samples=0&seed=-5'), klEstimatorsSchema);
    expect(state).toEqual({ mu: 2, samples: 1, seed: 0 });
    expect(stateFromSearchParams(new URLSearchParams('mu=-1&samples=1e9'), klEstimatorsSchema)).toEqual({ mu: 0, samples: 256, seed: 42 });
  });
  it('round-trips every valid state through the URL', () => {
    fc.assert(
      fc.property(validState(klEstimatorsSchema), (state) => {
        const back = stateFromSearchParams(stateToSearchParams(state, klEstimatorsSchema), klEstimatorsSchema);
        expect(back.samples).toBe(state.samples);
        expect(back.seed).toBe(state.seed);
        expect(back.mu).toBeCloseTo(state.mu, 12);
      }),
      { numRuns: 200 },
    );
  });
  it('turns garbage into a valid state that the model can draw', () => {
    fc.assert(
      fc.property(hostileString, hostileString, hostileString, (mu, samples, seed) => {
        const state = stateFromSearchParams(new URLSearchParams({ mu, samples, seed }), klEstimatorsSchema);
        expect(state.mu >= 0 && state.mu <= 2).toBe(true);
        expect(Number.isInteger(state.samples) && state.samples >= 1 && state.samples <= 256).toBe(true);
        expect(Number.isInteger(state.seed) && state.seed >= 0).toBe(true);
        expect(summarizeKlEstimators(state, deriveKlEstimators(state)).length).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });
});
