import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ppoClipDefaults, ppoClipSchema } from '../../../src/widgets/ppo-clip/state.ts';
import { stateFromSearchParams, stateToSearchParams } from '../../../src/widgets/shared/schema.ts';
import { hostileString, validState } from '../shared/schema-arbitraries.ts';

describe('ppoClipDefaults', () => {
  it('are the clip view at ε = 0.2, ρ = 1.3, A = +1, and β = 0.1, response 1, score 1 (content/chapter-4/ppo-clip.mdx works its example on these)', () => {
    expect(ppoClipDefaults).toEqual({ epsilon: 0.2, ratio: 1.3, sign: 'positive', beta: 0.1, response: 1, score: 1, view: 'clip' });
  });
});

describe('ppoClipSchema', () => {
  it('reads shareable URLs: numbers clamped, unknown views and signs dropped', () => {
    expect(stateFromSearchParams(new URLSearchParams('epsilon=0.9&ratio=-1&sign=negative&beta=5&response=20&score=-7&view=tokens'), ppoClipSchema)).toEqual({
      epsilon: 0.5,
      ratio: 0,
      sign: 'negative',
      beta: 1,
      response: 12,
      score: -3,
      view: 'tokens',
    });
    expect(stateFromSearchParams(new URLSearchParams('sign=zero&view=bars'), ppoClipSchema)).toEqual(ppoClipDefaults);
  });

  it('ignores garbage and markup, giving the defaults', () => {
    expect(stateFromSearchParams(new URLSearchParams('epsilon=<b>1</b>&view=<script>&beta=NaN&response=x'), ppoClipSchema)).toEqual(ppoClipDefaults);
  });

  it('round-trips every valid state through the URL (property)', () => {
    fc.assert(
      fc.property(validState(ppoClipSchema), (s) => {
        expect(stateFromSearchParams(stateToSearchParams(s, ppoClipSchema), ppoClipSchema)).toEqual(s);
      }),
    );
  });

  it('turns any string in any key into a valid state (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('epsilon', 'ratio', 'sign', 'beta', 'response', 'score', 'view'), fc.oneof(hostileString, fc.string())), (raw) => {
        const s = stateFromSearchParams(new URLSearchParams(raw), ppoClipSchema);
        expect(s.epsilon >= 0.05 && s.epsilon <= 0.5).toBe(true);
        expect(s.ratio >= 0 && s.ratio <= 2).toBe(true);
        expect(s.beta >= 0.01 && s.beta <= 1).toBe(true);
        expect(Number.isInteger(s.response) && s.response >= 1 && s.response <= 12).toBe(true);
        expect(s.score >= -3 && s.score <= 3).toBe(true);
        expect(['positive', 'negative']).toContain(s.sign);
        expect(['clip', 'tokens']).toContain(s.view);
      }),
    );
  });
});
