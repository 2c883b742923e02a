import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dpoGradientDefaults, dpoGradientSchema } from '../../../src/widgets/dpo-gradient/state.ts';
import { stateFromSearchParams, stateToSearchParams } from '../../../src/widgets/shared/schema.ts';
import { hostileString, validState } from '../shared/schema-arbitraries.ts';

describe('dpoGradientDefaults', () => {
  it('are β = 1, the DPO loss, step 10, prompt 1, the weights chart, seed 42 (content/chapter-5/dpo-gradient.mdx works its example on these)', () => {
    expect(dpoGradientDefaults).toEqual({ beta: 1, loss: 'sigmoid', step: 10, prompt: 1, view: 'weights', seed: 42 });
  });
});

describe('dpoGradientSchema', () => {
  it('reads shareable URLs, clamps out-of-range values and matches enum values case-insensitively', () => {
    const state = stateFromSearchParams(new URLSearchParams('beta=50&loss=UNWEIGHTED&step=9999&prompt=0&view=Log-Probs&seed=-3'), dpoGradientSchema);
    expect(state).toEqual({ beta: 10, loss: 'unweighted', step: 200, prompt: 1, view: 'log-probs', seed: 0 });
  });

  it('ignores garbage and markup, giving the defaults', () => {
    const state = stateFromSearchParams(new URLSearchParams('beta=<b>1</b>&loss=<script>&step=NaN&prompt=x&view=%22%3E&seed=1e400'), dpoGradientSchema);
    expect(state).toEqual(dpoGradientDefaults);
  });

  it('round-trips every valid state through the URL (property)', () => {
    fc.assert(
      fc.property(validState(dpoGradientSchema), (s) => {
        expect(stateFromSearchParams(stateToSearchParams(s, dpoGradientSchema), dpoGradientSchema)).toEqual(s);
      }),
    );
  });

  it('turns any string in any key into a valid state (property)', () => {
    const keys = Object.keys(dpoGradientSchema);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), fc.oneof(fc.string(), hostileString)), (raw) => {
        const s = stateFromSearchParams(new URLSearchParams(raw), dpoGradientSchema);
        expect(s.beta >= 0.05 && s.beta <= 10).toBe(true);
        expect(['sigmoid', 'unweighted']).toContain(s.loss);
        expect(Number.isInteger(s.step) && s.step >= 0 && s.step <= 200).toBe(true);
        expect(Number.isInteger(s.prompt) && s.prompt >= 1 && s.prompt <= 8).toBe(true);
        expect(['weights', 'log-probs']).toContain(s.view);
        expect(Number.isInteger(s.seed) && s.seed >= 0 && s.seed <= 9999).toBe(true);
      }),
    );
  });
});
