import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveKlBudget, summarizeKlBudget } from '../../../src/widgets/kl-budget/model.ts';
import { klBudgetDefaults, klBudgetSchema } from '../../../src/widgets/kl-budget/state.ts';
import { stateFromSearchParams, stateToSearchParams } from '../../../src/widgets/shared/schema.ts';
import { hostileString, validState } from '../shared/schema-arbitraries.ts';

describe('klBudgetDefaults', () => {
  it('are the frontier of prompt 1 of the seed-42 world at a budget of 0.2 nats', () => {
    expect(klBudgetDefaults).toEqual({ view: 'frontier', budget: 0.2, prompt: 1, seed: 42 });
  });
});

describe('klBudgetSchema', () => {
  it('reads shareable URLs and clamps out-of-range values', () => {
    const state = stateFromSearchParams(new URLSearchParams('view=SEED&budget=9&prompt=0&seed=-5'), klBudgetSchema);
    expect(state).toEqual({ view: 'seed', budget: 3, prompt: 1, seed: 0 });
  });
  it('round-trips every valid state through the URL', () => {
    fc.assert(
      fc.property(validState(klBudgetSchema), (state) => {
        const back = stateFromSearchParams(stateToSearchParams(state, klBudgetSchema), klBudgetSchema);
        expect(back.view).toBe(state.view);
        expect(back.prompt).toBe(state.prompt);
        expect(back.seed).toBe(state.seed);
        expect(back.budget).toBeCloseTo(state.budget, 12);
      }),
      { numRuns: 200 },
    );
  });
  it('turns garbage into a valid state that the model can draw', () => {
    fc.assert(
      fc.property(hostileString, hostileString, hostileString, hostileString, (view, budget, prompt, seed) => {
        const state = stateFromSearchParams(new URLSearchParams({ view, budget, prompt, seed }), klBudgetSchema);
        expect(['frontier', 'seed']).toContain(state.view);
        expect(state.budget).toBeGreaterThanOrEqual(0);
        expect(state.budget).toBeLessThanOrEqual(3);
        expect(Number.isInteger(state.prompt) && state.prompt >= 1 && state.prompt <= 8).toBe(true);
        expect(summarizeKlBudget(state, deriveKlBudget(state)).length).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });
});
