import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveBetaTemperature, summarizeBetaTemperature } from '../../../src/widgets/beta-temperature/model.ts';
import { betaTemperatureDefaults, betaTemperatureSchema } from '../../../src/widgets/beta-temperature/state.ts';
import { stateFromSearchParams, stateToSearchParams } from '../../../src/widgets/shared/schema.ts';
import { hostileString, validState } from '../shared/schema-arbitraries.ts';

describe('betaTemperatureDefaults', () => {
  it('are β = 1 on prompt 1 of the seed-42 world, without the tie', () => {
    expect(betaTemperatureDefaults).toEqual({ beta: 1, prompt: 1, tie: false, seed: 42 });
  });
});

describe('betaTemperatureSchema', () => {
  it('reads shareable URLs and clamps out-of-range values', () => {
    const state = stateFromSearchParams(new URLSearchParams('beta=1e-9&prompt=12&tie=yes&seed=-5'), betaTemperatureSchema);
    expect(state).toEqual({ beta: 0.01, prompt: 8, tie: true, seed: 0 });
    expect(stateFromSearchParams(new URLSearchParams('beta=5000'), betaTemperatureSchema).beta).toBe(100);
  });
  it('asks for a logarithmic β slider', () => {
    expect(betaTemperatureSchema.beta.scale).toBe('log');
  });
  it('round-trips every valid state through the URL', () => {
    fc.assert(
      fc.property(validState(betaTemperatureSchema), (state) => {
        expect(stateFromSearchParams(stateToSearchParams(state, betaTemperatureSchema), betaTemperatureSchema)).toEqual(state);
      }),
      { numRuns: 200 },
    );
  });
  it('turns garbage into a valid state that the model can draw', () => {
    fc.assert(
      fc.property(hostileString, hostileString, hostileString, hostileString, (beta, prompt, tie, seed) => {
        const state = stateFromSearchParams(new URLSearchParams({ beta, prompt, tie, seed }), betaTemperatureSchema);
        expect(state.beta).toBeGreaterThanOrEqual(0.01);
        expect(state.beta).toBeLessThanOrEqual(100);
        expect(Number.isInteger(state.prompt) && state.prompt >= 1 && state.prompt <= 8).toBe(true);
        expect(typeof state.tie).toBe('boolean');
        expect(summarizeBetaTemperature(state, deriveBetaTemperature(state)).length).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });
});
