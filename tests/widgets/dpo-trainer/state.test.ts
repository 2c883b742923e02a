import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dpoTrainerDefaults, dpoTrainerSchema } from '../../../src/widgets/dpo-trainer/state.ts';
import { stateFromSearchParams, stateToSearchParams } from '../../../src/widgets/shared/schema.ts';
import { validState } from '../shared/schema-arbitraries.ts';

describe('dpoTrainerDefaults', () => {
  it('are the tabular policy, the loss plot, β = 0.1, seed 42, 10 steps a frame (content/chapter-5/dpo-trainer.mdx works its example on these)', () => {
    expect(dpoTrainerDefaults).toEqual({ policy: 'tabular', plot: 'loss', beta: 0.1, seed: 42, speed: 10 });
  });
});

describe('dpoTrainerSchema', () => {
  it('reads shareable URLs, clamps out-of-range values and matches enum values case-insensitively', () => {
    const state = stateFromSearchParams(new URLSearchParams('policy=BIGRAM&plot=logp&beta=50&seed=-3&speed=99'), dpoTrainerSchema);
    expect(state).toEqual({ policy: 'bigram', plot: 'logp', beta: 2, seed: 0, speed: 20 });
  });

  it('ignores garbage and markup, giving the defaults', () => {
    const state = stateFromSearchParams(new URLSearchParams('policy=<script>&plot=x&beta=NaN&seed=1e400&speed=<b>'), dpoTrainerSchema);
    expect(state).toEqual(dpoTrainerDefaults);
  });

  it('round-trips every valid state through the URL (property)', () => {
    fc.assert(
      fc.property(validState(dpoTrainerSchema), (s) => {
        expect(stateFromSearchParams(stateToSearchParams(s, dpoTrainerSchema), dpoTrainerSchema)).toEqual(s);
      }),
    );
  });

  it('turns any string in any key into a valid state (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('policy', 'plot', 'beta', 'seed', 'speed'), fc.string()), (raw) => {
        const s = stateFromSearchParams(new URLSearchParams(raw), dpoTrainerSchema);
        expect(['tabular', 'bigram']).toContain(s.policy);
        expect(['loss', 'logp', 'margin', 'optimum']).toContain(s.plot);
        expect(s.beta >= 0.05 && s.beta <= 2).toBe(true);
        expect(Number.isInteger(s.seed) && s.seed >= 0 && s.seed <= 9999).toBe(true);
        expect(Number.isInteger(s.speed) && s.speed >= 1 && s.speed <= 20).toBe(true);
      }),
    );
  });
});
