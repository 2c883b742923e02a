import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rewardModelDefaults, rewardModelSchema } from '../../../src/widgets/reward-model/state.ts';
import { stateFromSearchParams, stateToSearchParams } from '../../../src/widgets/shared/schema.ts';
import { validState } from '../shared/schema-arbitraries.ts';

describe('rewardModelDefaults', () => {
  it('are N = 100, η = 0.5, T = 100, seed 42, c = 0 (content/chapter-2/reward-model.mdx works its example on these)', () => {
    expect(rewardModelDefaults).toEqual({ comparisons: 100, learningRate: 0.5, steps: 100, seed: 42, offset: 0 });
  });
});

describe('rewardModelSchema', () => {
  it('reads shareable URLs (kebab-case keys), clamps out-of-range values and rounds counts', () => {
    const state = stateFromSearchParams(new URLSearchParams('comparisons=5000&learning-rate=0&steps=2.6&seed=-3&offset=9'), rewardModelSchema);
    expect(state).toEqual({ comparisons: 400, learningRate: 0.01, steps: 3, seed: 0, offset: 3 });
  });

  it('ignores garbage and markup, giving the defaults', () => {
    const state = stateFromSearchParams(new URLSearchParams('comparisons=<b>1</b>&learning-rate=NaN&steps=1e400&seed=x&offset=<script>'), rewardModelSchema);
    expect(state).toEqual(rewardModelDefaults);
  });

  it('round-trips every valid state through the URL (property)', () => {
    fc.assert(
      fc.property(validState(rewardModelSchema), (s) => {
        expect(stateFromSearchParams(stateToSearchParams(s, rewardModelSchema), rewardModelSchema)).toEqual(s);
      }),
    );
  });

  it('turns any string in any key into a valid state (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('comparisons', 'learning-rate', 'steps', 'seed', 'offset'), fc.string()), (raw) => {
        const s = stateFromSearchParams(new URLSearchParams(raw), rewardModelSchema);
        expect(Number.isInteger(s.comparisons) && s.comparisons >= 10 && s.comparisons <= 400).toBe(true);
        expect(s.learningRate).toBeGreaterThanOrEqual(0.01);
        expect(s.learningRate).toBeLessThanOrEqual(10);
        expect(Number.isInteger(s.steps) && s.steps >= 1 && s.steps <= 300).toBe(true);
        expect(Number.isInteger(s.seed) && s.seed >= 0 && s.seed <= 9999).toBe(true);
        expect(s.offset).toBeGreaterThanOrEqual(-3);
        expect(s.offset).toBeLessThanOrEqual(3);
      }),
    );
  });
});
