import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rlhfVsDpoDefaults, rlhfVsDpoSchema } from '../../../src/widgets/rlhf-vs-dpo/state.ts';
import { stateFromSearchParams, stateToSearchParams } from '../../../src/widgets/shared/schema.ts';
import { hostileString, validState } from '../shared/schema-arbitraries.ts';

describe('rlhfVsDpoDefaults', () => {
  it('are β = 1, N = 200, t = 200, prompt 1, seed 42 (content/chapter-1/rlhf-vs-dpo.mdx works its example on these)', () => {
    expect(rlhfVsDpoDefaults).toEqual({ beta: 1, comparisons: 200, steps: 200, prompt: 1, seed: 42 });
  });
});

describe('rlhfVsDpoSchema', () => {
  it('reads shareable URLs, clamps out-of-range values and rounds counts', () => {
    const state = stateFromSearchParams(new URLSearchParams('beta=50&comparisons=10.4&steps=9999&prompt=0&seed=-3'), rlhfVsDpoSchema);
    expect(state).toEqual({ beta: 10, comparisons: 50, steps: 500, prompt: 1, seed: 0 });
  });

  it('ignores garbage and markup, giving the defaults', () => {
    const state = stateFromSearchParams(new URLSearchParams('beta=<b>1</b>&comparisons=NaN&steps=1e400&prompt=x&seed=%22%3E'), rlhfVsDpoSchema);
    expect(state).toEqual(rlhfVsDpoDefaults);
  });

  it('round-trips every valid state through the URL (property)', () => {
    fc.assert(
      fc.property(validState(rlhfVsDpoSchema), (s) => {
        expect(stateFromSearchParams(stateToSearchParams(s, rlhfVsDpoSchema), rlhfVsDpoSchema)).toEqual(s);
      }),
    );
  });

  it('turns any string in any key into a valid state (property)', () => {
    const keys = Object.keys(rlhfVsDpoSchema);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), fc.oneof(fc.string(), hostileString)), (raw) => {
        const s = stateFromSearchParams(new URLSearchParams(raw), rlhfVsDpoSchema);
        expect(s.beta).toBeGreaterThanOrEqual(0.05);
        expect(s.beta).toBeLessThanOrEqual(10);
        expect(Number.isInteger(s.comparisons) && s.comparisons >= 50 && s.comparisons <= 2000).toBe(true);
        expect(Number.isInteger(s.steps) && s.steps >= 0 && s.steps <= 500).toBe(true);
        expect(Number.isInteger(s.prompt) && s.prompt >= 1 && s.prompt <= 8).toBe(true);
        expect(Number.isInteger(s.seed) && s.seed >= 0 && s.seed <= 9999).toBe(true);
      }),
    );
  });
});
