import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairwiseLossDefaults, pairwiseLossSchema } from '../../../src/widgets/pairwise-loss/state.ts';
import { stateFromSearchParams, stateToSearchParams } from '../../../src/widgets/shared/schema.ts';
import { hostileString, validState } from '../shared/schema-arbitraries.ts';

describe('pairwiseLossDefaults', () => {
  it('are seed 42, K = 3 and the logistic loss (content/chapter-3/pairwise-loss.mdx works its example on these)', () => {
    expect(pairwiseLossDefaults).toEqual({ seed: 42, k: 3, loss: 'logistic' });
  });
});

describe('pairwiseLossSchema', () => {
  it('reads shareable URLs: K clamped to [2, 4] and rounded, unknown losses dropped', () => {
    expect(stateFromSearchParams(new URLSearchParams('k=9&loss=squared&seed=10000'), pairwiseLossSchema)).toEqual({ seed: 9999, k: 4, loss: 'squared' });
    expect(stateFromSearchParams(new URLSearchParams('k=1&loss=ipo&seed=7'), pairwiseLossSchema)).toEqual({ seed: 7, k: 2, loss: 'logistic' });
  });

  it('ignores garbage and markup, giving the defaults', () => {
    expect(stateFromSearchParams(new URLSearchParams('k=<b>3</b>&loss=<script>&seed=NaN'), pairwiseLossSchema)).toEqual(pairwiseLossDefaults);
  });

  it('round-trips every valid state through the URL (property)', () => {
    fc.assert(
      fc.property(validState(pairwiseLossSchema), (s) => {
        expect(stateFromSearchParams(stateToSearchParams(s, pairwiseLossSchema), pairwiseLossSchema)).toEqual(s);
      }),
    );
  });

  it('turns any string in any key into a valid state (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('seed', 'k', 'loss'), fc.oneof(hostileString, fc.string())), (raw) => {
        const s = stateFromSearchParams(new URLSearchParams(raw), pairwiseLossSchema);
        expect(Number.isInteger(s.seed) && s.seed >= 0 && s.seed <= 9999).toBe(true);
        expect([2, 3, 4]).toContain(s.k);
        expect(['logistic', 'hinge', 'squared']).toContain(s.loss);
      }),
    );
  });
});
