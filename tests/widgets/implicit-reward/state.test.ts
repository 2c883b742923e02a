import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveImplicitReward, summarizeImplicitReward } from '../../../src/widgets/implicit-reward/model.ts';
import { implicitRewardDefaults, implicitRewardSchema } from '../../../src/widgets/implicit-reward/state.ts';
import { stateFromSearchParams, stateToSearchParams } from '../../../src/widgets/shared/schema.ts';
import { hostileString, validState } from '../shared/schema-arbitraries.ts';

describe('implicitRewardDefaults', () => {
  it('are β = 1, π_θ = π* (T = 1), c = 0, prompt 1 of the seed-42 world', () => {
    expect(implicitRewardDefaults).toEqual({ beta: 1, temperature: 1, shift: 0, prompt: 1, seed: 42 });
  });
});

describe('implicitRewardSchema', () => {
  it('reads shareable URLs and clamps out-of-range values', () => {
    const state = stateFromSearchParams(new URLSearchParams('beta=1e-9&temperature=50&shift=-9&prompt=12&seed=-5'), implicitRewardSchema);
    expect(state).toEqual({ beta: 0.1, temperature: 10, shift: -5, prompt: 8, seed: 0 });
  });
  it('asks for logarithmic β and T sliders whose ranges contain 1 as a slider position (log10 range −1 … 1)', () => {
    expect(implicitRewardSchema.beta.scale).toBe('log');
    expect(implicitRewardSchema.temperature.scale).toBe('log');
    expect([implicitRewardSchema.temperature.min, implicitRewardSchema.temperature.max]).toEqual([0.1, 10]);
  });
  it('round-trips every valid state through the URL', () => {
    fc.assert(
      fc.property(validState(implicitRewardSchema), (state) => {
        expect(stateFromSearchParams(stateToSearchParams(state, implicitRewardSchema), implicitRewardSchema)).toEqual(state);
      }),
      { numRuns: 200 },
    );
  });
  it('turns garbage into a valid state that the model can draw', () => {
    fc.assert(
      fc.property(hostileString, hostileString, hostileString, hostileString, hostileString, (beta, temperature, shift, prompt, seed) => {
        const state = stateFromSearchParams(new URLSearchParams({ beta, temperature, shift, prompt, seed }), implicitRewardSchema);
        expect(state.beta).toBeGreaterThanOrEqual(0.1);
        expect(state.beta).toBeLessThanOrEqual(10);
        expect(state.temperature).toBeGreaterThanOrEqual(0.1);
        expect(state.temperature).toBeLessThanOrEqual(10);
        expect(Math.abs(state.shift)).toBeLessThanOrEqual(5);
        expect(Number.isInteger(state.prompt) && state.prompt >= 1 && state.prompt <= 8).toBe(true);
        expect(Number.isInteger(state.seed) && state.seed >= 0 && state.seed <= 9999).toBe(true);
        expect(summarizeImplicitReward(state, deriveImplicitReward(state)).length).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });
});
