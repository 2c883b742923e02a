import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveRewardbench, summarizeRewardbench } from '../../../src/widgets/rewardbench/model.ts';
import { rewardbenchDefaults, rewardbenchSchema } from '../../../src/widgets/rewardbench/state.ts';
import { stateFromSearchParams, stateToSearchParams } from '../../../src/widgets/shared/schema.ts';
import { hostileString, validState } from '../shared/schema-arbitraries.ts';

describe('rewardbenchDefaults', () => {
  it('score the length-biased model on 30 prompts of seed 42 with 1000 resamples at 95 %', () => {
    expect(rewardbenchDefaults).toEqual({ model: 'length', tieHalf: false, prompts: 30, seed: 42, resamples: 1000, level: 0.95 });
  });
});

describe('rewardbenchSchema', () => {
  it('reads shareable URLs (kebab-case keys), clamps numbers and ignores unknown models', () => {
    const state = stateFromSearchParams(new URLSearchParams('model=<b>&tie-half=true&prompts=500&seed=-3&resamples=5&level=2'), rewardbenchSchema);
    expect(state).toEqual({ model: 'length', tieHalf: true, prompts: 100, seed: 0, resamples: 100, level: 0.99 });
  });
  it('round-trips every valid state through the URL', () => {
    fc.assert(
      fc.property(validState(rewardbenchSchema), (state) => {
        const back = stateFromSearchParams(stateToSearchParams(state, rewardbenchSchema), rewardbenchSchema);
        expect({ ...back, level: 0 }).toEqual({ ...state, level: 0 });
        expect(back.level).toBeCloseTo(state.level, 12);
      }),
      { numRuns: 200 },
    );
  });
  it('turns garbage into a valid state that the model can draw', () => {
    fc.assert(
      fc.property(hostileString, hostileString, hostileString, hostileString, (model, prompts, resamples, level) => {
        const state = stateFromSearchParams(new URLSearchParams({ model, prompts, resamples, level, 'tie-half': model }), rewardbenchSchema);
        expect(['gold', 'length', 'helpful', 'rounded']).toContain(state.model);
        expect(Number.isInteger(state.prompts) && state.prompts >= 20 && state.prompts <= 100).toBe(true);
        expect(Number.isInteger(state.resamples) && state.resamples >= 100 && state.resamples <= 2000).toBe(true);
        expect(state.level).toBeGreaterThanOrEqual(0.5);
        expect(state.level).toBeLessThanOrEqual(0.99);
        expect(summarizeRewardbench({ ...state, resamples: 100 }, deriveRewardbench({ ...state, resamples: 100 })).length).toBeGreaterThan(0);
      }),
      { numRuns: 30 },
    );
  });
});
