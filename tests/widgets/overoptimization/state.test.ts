import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveOveroptimization, summarizeOveroptimization } from '../../../src/widgets/overoptimization/model.ts';
import { overoptimizationDefaults, overoptimizationSchema } from '../../../src/widgets/overoptimization/state.ts';
import { stateFromSearchParams } from '../../../src/widgets/shared/schema.ts';
import { hostileString } from '../shared/schema-arbitraries.ts';

describe('overoptimizationDefaults', () => {
  it('are prompt 2, one reward model, no penalty, β = 0.1, no early stop', () => {
    expect(overoptimizationDefaults).toEqual({ prompt: 2, ensemble: 'single', lengthPenalty: 0, beta: 0.1, budget: 3 });
  });
});

describe('overoptimizationSchema', () => {
  it('reads shareable URLs and clamps out-of-range values', () => {
    const state = stateFromSearchParams(new URLSearchParams('prompt=99&ensemble=MIN&length-penalty=-4&beta=1e9&budget=-1'), overoptimizationSchema);
    expect(state).toEqual({ prompt: 8, ensemble: 'min', lengthPenalty: 0, beta: 10, budget: 0 });
  });
  it('turns garbage into a valid state that the model can draw', () => {
    fc.assert(
      fc.property(hostileString, hostileString, hostileString, hostileString, (prompt, ensemble, beta, budget) => {
        const state = stateFromSearchParams(new URLSearchParams({ prompt, ensemble, beta, budget }), overoptimizationSchema);
        expect(state.prompt >= 1 && state.prompt <= 8).toBe(true);
        expect(['single', 'mean', 'min']).toContain(state.ensemble);
        expect(state.beta >= 0.01 && state.beta <= 10).toBe(true);
        expect(summarizeOveroptimization(state, deriveOveroptimization(state))).not.toMatch(/NaN|undefined/);
      }),
      { numRuns: 40 },
    );
  });
});
