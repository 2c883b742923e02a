import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noisyPreferencesDefaults, noisyPreferencesSchema } from '../../../src/widgets/noisy-preferences/state.ts';
import { simulationJobs } from '../../../src/widgets/noisy-preferences/simulation.ts';
import { stateFromSearchParams, stateToSearchParams } from '../../../src/widgets/shared/schema.ts';
import { hostileString, validState } from '../shared/schema-arbitraries.ts';

describe('noisyPreferencesDefaults', () => {
  it('are the learning curves at ε = 0.2, n = 200, with m = 50 and β = 0.5 for the rounds, seed 42', () => {
    expect(noisyPreferencesDefaults).toEqual({ view: 'curves', epsilon: 0.2, n: 200, perRound: 50, beta: 0.5, seed: 42 });
  });
});

describe('noisyPreferencesSchema', () => {
  it('reads shareable URLs (per-round is the kebab-case key) and clamps out-of-range values', () => {
    const state = stateFromSearchParams(new URLSearchParams('view=ROUNDS&epsilon=0.9&n=5&per-round=1000&beta=0&seed=-3'), noisyPreferencesSchema);
    expect(state).toEqual({ view: 'rounds', epsilon: 0.5, n: 10, perRound: 200, beta: 0.1, seed: 0 });
  });
  it('round-trips every valid state through the URL', () => {
    fc.assert(
      fc.property(validState(noisyPreferencesSchema), (state) => {
        const back = stateFromSearchParams(stateToSearchParams(state, noisyPreferencesSchema), noisyPreferencesSchema);
        expect(back.view).toBe(state.view);
        expect(back.n).toBe(state.n);
        expect(back.perRound).toBe(state.perRound);
        expect(back.seed).toBe(state.seed);
        expect(back.epsilon).toBeCloseTo(state.epsilon, 12);
        expect(back.beta).toBeCloseTo(state.beta, 12);
      }),
      { numRuns: 200 },
    );
  });
  it('turns garbage into a valid state whose simulation jobs can be planned', () => {
    fc.assert(
      fc.property(hostileString, hostileString, hostileString, hostileString, hostileString, hostileString, (view, epsilon, n, perRound, beta, seed) => {
        const state = stateFromSearchParams(new URLSearchParams({ view, epsilon, n, 'per-round': perRound, beta, seed }), noisyPreferencesSchema);
        expect(['curves', 'rounds']).toContain(state.view);
        expect(state.epsilon >= 0 && state.epsilon <= 0.5).toBe(true);
        expect(Number.isInteger(state.n) && state.n >= 10 && state.n <= 2000).toBe(true);
        expect(Number.isInteger(state.perRound) && state.perRound >= 10 && state.perRound <= 200).toBe(true);
        expect(state.beta >= 0.1 && state.beta <= 2).toBe(true);
        expect(simulationJobs(state).length).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });
});
