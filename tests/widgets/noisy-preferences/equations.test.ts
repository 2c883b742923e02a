/**
 * The live values of the section's equations (content/chapter-1/noisy-preferences.mdx) are closed-form in the
 * state: at ε = 0.2, n = 200, 1 − 2ε = 0.6, (1 − 2ε)² = 0.36, n_eff = 72, and p_ε = 0.2 + 0.6 · 0.9 = 0.74.
 */
import { describe, expect, it } from 'vitest';
import { noisyPreferencesEquations } from '../../../src/widgets/noisy-preferences/equations.ts';
import { noisyPreferencesDefaults, noisyPreferencesSchema } from '../../../src/widgets/noisy-preferences/state.ts';

describe('noisyPreferencesEquations.values(state)', () => {
  it('gives the numbers worked out by hand at the default state', () => {
    expect(noisyPreferencesEquations.values(noisyPreferencesDefaults)).toEqual({
      epsilon: '0.2', n: '200', shrink: '0.6', 'shrink-squared': '0.36', 'n-eff': '72', 'p-noisy': '0.74',
    });
  });
  it('follows ε and n', () => {
    // ε = 0.35: 1 − 0.7 = 0.3, 0.09, 0.09 · 1000 = 90, 0.35 + 0.3 · 0.9 = 0.62
    expect(noisyPreferencesEquations.values({ ...noisyPreferencesDefaults, epsilon: 0.35, n: 1000 })).toEqual({
      epsilon: '0.35', n: '1000', shrink: '0.3', 'shrink-squared': '0.09', 'n-eff': '90', 'p-noisy': '0.62',
    });
  });
});

describe('noisyPreferencesEquations.symbols', () => {
  it('stand for keys of the schema', () => {
    for (const [name, symbol] of Object.entries(noisyPreferencesEquations.symbols)) {
      for (const key of symbol.keys) expect(Object.keys(noisyPreferencesSchema), `${name} → ${key}`).toContain(key);
    }
  });
});
