/**
 * The live values of section 4.4's equations (content/chapter-4/kl-estimators.mdx): exact numbers of the Gaussian
 * example, formatted as the widget shows them. Expected values: scipy quad (tests/math/gaussian-kl-estimators.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { klEstimatorsEquations } from '../../../src/widgets/kl-estimators/equations.ts';
import { klEstimatorsTable, deriveKlEstimators } from '../../../src/widgets/kl-estimators/model.ts';
import { klEstimatorsDefaults, klEstimatorsSchema } from '../../../src/widgets/kl-estimators/state.ts';
import { validState } from '../shared/schema-arbitraries.ts';
import { documentedResult } from '../tsdoc-example.ts';

describe('klEstimatorsEquations.values(state)', () => {
  it('gives the scipy-checked exact numbers at the default state', () => {
    expect(klEstimatorsEquations.values(klEstimatorsDefaults)).toEqual({
      mu: '1.00',
      samples: '16',
      kl: '0.500',
      'k2-mean': '0.625',
      'k2-bias': '0.125',
      'k1-sd': '0.250',
      'k3-sd': (0.8475150904019617 / 4).toFixed(3),
    });
  });
  it('is what its TSDoc example says', () => {
    expect(klEstimatorsEquations.values(klEstimatorsDefaults)).toEqual(
      documentedResult(new URL('../../../src/widgets/kl-estimators/equations.ts', import.meta.url), 'klEstimatorsEquations.values(klEstimatorsDefaults);'),
    );
  });
  it('shows the numbers the widget’s table shows, for every state (property)', () => {
    fc.assert(
      fc.property(validState(klEstimatorsSchema), (state) => {
        const values = klEstimatorsEquations.values({ ...state, samples: Math.min(state.samples, 16) });
        const table = klEstimatorsTable(deriveKlEstimators({ ...state, samples: Math.min(state.samples, 16) }));
        expect(table.rows[0]![2]).toBe(`${values['kl']} ± ${values['k1-sd']}`);
        expect(table.rows[1]![2]!.startsWith(`${values['k2-mean']} ± `)).toBe(true);
        expect(table.rows[2]![2]).toBe(`${values['kl']} ± ${values['k3-sd']}`);
      }),
      { numRuns: 40 },
    );
  });
  it('marks only symbols whose keys are schema keys', () => {
    for (const symbol of Object.values(klEstimatorsEquations.symbols)) {
      for (const key of symbol.keys) expect(Object.keys(klEstimatorsSchema)).toContain(key);
    }
  });
});
