import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveOptimalPolicy, summarizeOptimalPolicy } from '../../../src/widgets/optimal-policy/model.ts';
import { optimalPolicyDefaults, optimalPolicySchema } from '../../../src/widgets/optimal-policy/state.ts';
import { stateFromSearchParams, stateToSearchParams } from '../../../src/widgets/shared/schema.ts';
import { hostileString, validState } from '../shared/schema-arbitraries.ts';

describe('optimalPolicyDefaults', () => {
  it('are β = 1 on prompt 1 of the seed-42 world, response 3 raised by ε = 1, custom offsets (1, −1, 0, 0)', () => {
    expect(optimalPolicyDefaults).toEqual({ beta: 1, prompt: 1, direction: 'y3', step: 1, d1: 1, d2: -1, d3: 0, d4: 0, seed: 42 });
  });
});

describe('optimalPolicySchema', () => {
  it('reads shareable URLs and clamps out-of-range values', () => {
    const state = stateFromSearchParams(new URLSearchParams('beta=1e-9&prompt=12&direction=REWARD&step=-40&d1=9&d3=-0.5&d4=x&seed=-5'), optimalPolicySchema);
    expect(state).toEqual({ beta: 0.1, prompt: 8, direction: 'reward', step: -3, d1: 2, d2: -1, d3: -0.5, d4: 0, seed: 0 });
    expect(stateFromSearchParams(new URLSearchParams('beta=5000&direction=y9'), optimalPolicySchema)).toMatchObject({ beta: 10, direction: 'y3' });
  });
  it('asks for a logarithmic β slider', () => {
    expect(optimalPolicySchema.beta.scale).toBe('log');
  });
  it('round-trips every valid state through the URL', () => {
    fc.assert(
      fc.property(validState(optimalPolicySchema), (state) => {
        expect(stateFromSearchParams(stateToSearchParams(state, optimalPolicySchema), optimalPolicySchema)).toEqual(state);
      }),
      { numRuns: 200 },
    );
  });
  it('turns garbage into a valid state that the model can draw', () => {
    fc.assert(
      fc.property(hostileString, hostileString, hostileString, hostileString, hostileString, (beta, prompt, direction, step, seed) => {
        const state = stateFromSearchParams(new URLSearchParams({ beta, prompt, direction, step, seed }), optimalPolicySchema);
        expect(state.beta).toBeGreaterThanOrEqual(0.1);
        expect(state.beta).toBeLessThanOrEqual(10);
        expect(Number.isInteger(state.prompt) && state.prompt >= 1 && state.prompt <= 8).toBe(true);
        expect(optimalPolicySchema.direction.values).toContain(state.direction);
        expect(state.step).toBeGreaterThanOrEqual(-3);
        expect(state.step).toBeLessThanOrEqual(3);
        expect(summarizeOptimalPolicy(state, deriveOptimalPolicy({ ...state, seed: state.seed % 50 })).length).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });
});
