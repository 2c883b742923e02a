import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sftInitDefaults, sftInitSchema } from '../../../src/widgets/sft-init/state.ts';
import { stateFromSearchParams, stateToSearchParams } from '../../../src/widgets/shared/schema.ts';
import { validState } from '../shared/schema-arbitraries.ts';

describe('sftInitDefaults', () => {
  it('are seed 216, 10 demonstrations, no smoothing and β = 0.5 (content/chapter-4/sft-init.mdx)', () => {
    expect(sftInitDefaults).toEqual({ seed: 216, demonstrations: 10, smoothing: 0, beta: 0.5 });
  });
});

describe('sftInitSchema', () => {
  it('reads shareable URLs, clamping out-of-range values and rounding integers', () => {
    const state = stateFromSearchParams(new URLSearchParams('seed=-3&demonstrations=13.6&smoothing=5&beta=0.001'), sftInitSchema);
    expect(state).toEqual({ seed: 0, demonstrations: 14, smoothing: 1, beta: 0.05 });
  });

  it('ignores garbage: every value falls back to its default', () => {
    const state = stateFromSearchParams(new URLSearchParams('seed=x&demonstrations=NaN&smoothing=<b>&beta=1e400'), sftInitSchema);
    expect(state).toEqual(sftInitDefaults);
  });

  it('round-trips every valid state through the URL', () => {
    fc.assert(
      fc.property(validState(sftInitSchema), (state) => {
        expect(stateFromSearchParams(stateToSearchParams(state, sftInitSchema), sftInitSchema)).toEqual(state);
      }),
    );
  });

  it('turns any string into a valid state', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('seed', 'demonstrations', 'smoothing', 'beta'), fc.string()), (raw) => {
        const state = stateFromSearchParams(new URLSearchParams(raw), sftInitSchema);
        expect(Number.isInteger(state.seed) && state.seed >= 0 && state.seed <= 9999).toBe(true);
        expect(Number.isInteger(state.demonstrations) && state.demonstrations >= 1 && state.demonstrations <= 200).toBe(true);
        expect(state.smoothing).toBeGreaterThanOrEqual(0);
        expect(state.smoothing).toBeLessThanOrEqual(1);
        expect(state.beta).toBeGreaterThanOrEqual(0.05);
        expect(state.beta).toBeLessThanOrEqual(10);
      }),
    );
  });
});
