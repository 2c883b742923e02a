import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proxyRewardDefaults, proxyRewardSchema } from '../../../src/widgets/proxy-reward/state.ts';
import { stateFromSearchParams, stateToSearchParams } from '../../../src/widgets/shared/schema.ts';
import { hostileString, validState } from '../shared/schema-arbitraries.ts';

describe('proxyRewardDefaults', () => {
  it('are N = 200, τ = 1, λ = 0.5 and seed 42 (content/chapter-1/proxy-reward.mdx works its example on these)', () => {
    expect(proxyRewardDefaults).toEqual({ comparisons: 200, noise: 1, lengthBias: 0.5, seed: 42 });
  });
});

describe('proxyRewardSchema', () => {
  it('reads shareable URLs (length-bias in kebab-case), clamps out-of-range values and rounds counts', () => {
    const state = stateFromSearchParams(new URLSearchParams('comparisons=99999.6&noise=0&length-bias=-7&seed=10000'), proxyRewardSchema);
    expect(state).toEqual({ comparisons: 2000, noise: 0.1, lengthBias: -1, seed: 9999 });
    expect(stateFromSearchParams(new URLSearchParams('comparisons=12.4&length-bias=1.5'), proxyRewardSchema)).toMatchObject({ comparisons: 12, lengthBias: 1.5 });
  });

  it('ignores garbage and markup, giving the defaults', () => {
    const state = stateFromSearchParams(new URLSearchParams('comparisons=<b>1</b>&noise=NaN&length-bias=1e400&seed=x'), proxyRewardSchema);
    expect(state).toEqual(proxyRewardDefaults);
  });

  it('round-trips every valid state through the URL (property)', () => {
    fc.assert(
      fc.property(validState(proxyRewardSchema), (s) => {
        expect(stateFromSearchParams(stateToSearchParams(s, proxyRewardSchema), proxyRewardSchema)).toEqual(s);
      }),
    );
  });

  it('turns any string in any key into a valid state (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('comparisons', 'noise', 'length-bias', 'seed'), fc.oneof(hostileString, fc.string())), (raw) => {
        const s = stateFromSearchParams(new URLSearchParams(raw), proxyRewardSchema);
        expect(Number.isInteger(s.comparisons) && s.comparisons >= 10 && s.comparisons <= 2000).toBe(true);
        expect(s.noise).toBeGreaterThanOrEqual(0.1);
        expect(s.noise).toBeLessThanOrEqual(5);
        expect(s.lengthBias).toBeGreaterThanOrEqual(-1);
        expect(s.lengthBias).toBeLessThanOrEqual(2);
        expect(Number.isInteger(s.seed) && s.seed >= 0 && s.seed <= 9999).toBe(true);
      }),
    );
  });
});
