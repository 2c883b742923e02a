import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choiceVsDemoDefaults, choiceVsDemoSchema } from '../../../src/widgets/choice-vs-demo/state.ts';
import { stateFromSearchParams, stateToSearchParams } from '../../../src/widgets/shared/schema.ts';
import { validState } from '../shared/schema-arbitraries.ts';

describe('choiceVsDemoDefaults', () => {
  it('are T = 1, N = 100, β = 1 and seed 42 (content/chapter-1/choice-vs-demo.mdx works its example on these)', () => {
    expect(choiceVsDemoDefaults).toEqual({ temperature: 1, comparisons: 100, beta: 1, seed: 42 });
  });
});

describe('choiceVsDemoSchema', () => {
  it('reads shareable URLs, clamps out-of-range values and rounds counts', () => {
    const state = stateFromSearchParams(new URLSearchParams('temperature=50&comparisons=2.6&beta=0&seed=-3'), choiceVsDemoSchema);
    expect(state).toEqual({ temperature: 10, comparisons: 5, beta: 0.05, seed: 0 });
  });

  it('ignores garbage and markup, giving the defaults', () => {
    const state = stateFromSearchParams(new URLSearchParams('temperature=<b>1</b>&comparisons=NaN&beta=1e400&seed=x'), choiceVsDemoSchema);
    expect(state).toEqual(choiceVsDemoDefaults);
  });

  it('round-trips every valid state through the URL (property)', () => {
    const state = validState(choiceVsDemoSchema);
    fc.assert(
      fc.property(state, (s) => {
        expect(stateFromSearchParams(stateToSearchParams(s, choiceVsDemoSchema), choiceVsDemoSchema)).toEqual(s);
      }),
    );
  });

  it('turns any string in any key into a valid state (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('temperature', 'comparisons', 'beta', 'seed'), fc.string()), (raw) => {
        const s = stateFromSearchParams(new URLSearchParams(raw), choiceVsDemoSchema);
        expect(s.temperature).toBeGreaterThanOrEqual(0.1);
        expect(s.temperature).toBeLessThanOrEqual(10);
        expect(Number.isInteger(s.comparisons) && s.comparisons >= 5 && s.comparisons <= 500).toBe(true);
        expect(s.beta).toBeGreaterThanOrEqual(0.05);
        expect(s.beta).toBeLessThanOrEqual(10);
        expect(Number.isInteger(s.seed) && s.seed >= 0 && s.seed <= 9999).toBe(true);
      }),
    );
  });
});
