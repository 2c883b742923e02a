import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rewardMarginsDefaults, rewardMarginsSchema } from '../../../src/widgets/reward-margins/state.ts';
import { stateFromSearchParams, stateToSearchParams } from '../../../src/widgets/shared/schema.ts';
import { validState } from '../shared/schema-arbitraries.ts';

describe('rewardMarginsDefaults', () => {
  it("are Llama 2's large margins, seed 42, 2 steps a frame (content/chapter-3/reward-margins.mdx works its example on these)", () => {
    expect(rewardMarginsDefaults).toEqual({ margin: 'large', seed: 42, speed: 2 });
  });
});

describe('rewardMarginsSchema', () => {
  it('reads shareable URLs, clamps out-of-range values and matches enum values case-insensitively', () => {
    expect(stateFromSearchParams(new URLSearchParams('margin=SMALL&seed=-3&speed=99'), rewardMarginsSchema)).toEqual({ margin: 'small', seed: 0, speed: 10 });
  });

  it('ignores garbage and markup, giving the defaults', () => {
    expect(stateFromSearchParams(new URLSearchParams('margin=<script>&seed=1e400&speed=<b>'), rewardMarginsSchema)).toEqual(rewardMarginsDefaults);
  });

  it('round-trips every valid state through the URL (property)', () => {
    fc.assert(
      fc.property(validState(rewardMarginsSchema), (s) => {
        expect(stateFromSearchParams(stateToSearchParams(s, rewardMarginsSchema), rewardMarginsSchema)).toEqual(s);
      }),
    );
  });

  it('turns any string in any key into a valid state (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('margin', 'seed', 'speed'), fc.string()), (raw) => {
        const s = stateFromSearchParams(new URLSearchParams(raw), rewardMarginsSchema);
        expect(['none', 'small', 'large']).toContain(s.margin);
        expect(Number.isInteger(s.seed) && s.seed >= 0 && s.seed <= 9999).toBe(true);
        expect(Number.isInteger(s.speed) && s.speed >= 1 && s.speed <= 10).toBe(true);
      }),
    );
  });
});
