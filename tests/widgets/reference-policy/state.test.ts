import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referencePolicyDefaults, referencePolicySchema } from '../../../src/widgets/reference-policy/state.ts';
import { stateFromSearchParams, stateToSearchParams } from '../../../src/widgets/shared/schema.ts';

describe('referencePolicyDefaults', () => {
  it('are seed 42, 20 demonstrations, T = 0.5 and no mix (content/chapter-2/reference-policy.mdx)', () => {
    expect(referencePolicyDefaults).toEqual({ seed: 42, demonstrations: 20, temperature: 0.5, mix: 0 });
  });
});

describe('referencePolicySchema', () => {
  it('reads shareable URLs, clamping out-of-range values and rounding integers', () => {
    const state = stateFromSearchParams(new URLSearchParams('seed=-3&demonstrations=7.6&temperature=99&mix=2'), referencePolicySchema);
    expect(state).toEqual({ seed: 0, demonstrations: 8, temperature: 10, mix: 1 });
  });

  it('ignores garbage: every value falls back to its default', () => {
    const state = stateFromSearchParams(new URLSearchParams('seed=x&demonstrations=NaN&temperature=1e400&mix=<b>'), referencePolicySchema);
    expect(state).toEqual(referencePolicyDefaults);
  });

  it('round-trips every valid state through the URL', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 0, max: 9999 }),
          demonstrations: fc.integer({ min: 1, max: 500 }),
          temperature: fc.double({ min: 0.1, max: 10, noNaN: true }),
          mix: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
        (state) => {
          const clean = { ...state, mix: state.mix + 0 }; // −0 → 0
          expect(stateFromSearchParams(stateToSearchParams(clean, referencePolicySchema), referencePolicySchema)).toEqual(clean);
        },
      ),
    );
  });

  it('turns any string into a valid state', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('seed', 'demonstrations', 'temperature', 'mix'), fc.string()), (raw) => {
        const state = stateFromSearchParams(new URLSearchParams(raw), referencePolicySchema);
        expect(Number.isInteger(state.seed) && state.seed >= 0 && state.seed <= 9999).toBe(true);
        expect(Number.isInteger(state.demonstrations) && state.demonstrations >= 1 && state.demonstrations <= 500).toBe(true);
        expect(state.temperature).toBeGreaterThanOrEqual(0.1);
        expect(state.temperature).toBeLessThanOrEqual(10);
        expect(state.mix).toBeGreaterThanOrEqual(0);
        expect(state.mix).toBeLessThanOrEqual(1);
      }),
    );
  });
});
