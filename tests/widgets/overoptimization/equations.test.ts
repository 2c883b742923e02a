/**
 * The live values of section 4.5's equations (content/chapter-4/overoptimization.mdx). Expected values: numpy
 * recomputation of the default state (KL 1.29, gains +0.75 and +0.01 at β = 0.1, reviews/overoptimization.py).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overoptimizationEquations } from '../../../src/widgets/overoptimization/equations.ts';
import { deriveOveroptimization, overoptimizationTable } from '../../../src/widgets/overoptimization/model.ts';
import { overoptimizationDefaults, overoptimizationSchema } from '../../../src/widgets/overoptimization/state.ts';
import { validState } from '../shared/schema-arbitraries.ts';
import { documentedResult } from '../tsdoc-example.ts';

describe('overoptimizationEquations.values(state)', () => {
  it('gives the numpy-checked numbers at the default state', () => {
    expect(overoptimizationEquations.values(overoptimizationDefaults)).toEqual({ beta: '0.10', kl: '1.29', 'proxy-gain': '0.75', 'gold-gain': '0.01' });
  });
  it('is what its TSDoc example says', () => {
    expect(overoptimizationEquations.values(overoptimizationDefaults)).toEqual(
      documentedResult(new URL('../../../src/widgets/overoptimization/equations.ts', import.meta.url), 'overoptimizationEquations.values(overoptimizationDefaults);'),
    );
  });
  it('shows the numbers the widget’s table shows for π_β, for every state (early stop or not) (property)', () => {
    fc.assert(
      fc.property(validState(overoptimizationSchema), (state) => {
        const values = overoptimizationEquations.values(state);
        const row = overoptimizationTable(deriveOveroptimization({ ...state, budget: 3 })).rows[2]!;
        expect(row[0]).toBe(`π_β at β = ${values['beta']!}`);
        expect([row[1], row[3]!.replace(/^\+/, ''), row[4]!.replace(/^\+/, '')]).toEqual([values['kl'], values['proxy-gain'], values['gold-gain']]);
      }),
      { numRuns: 30 },
    );
  });
  it('marks only symbols whose keys are schema keys', () => {
    for (const symbol of Object.values(overoptimizationEquations.symbols)) {
      for (const key of symbol.keys) expect(Object.keys(overoptimizationSchema)).toContain(key);
    }
  });
});
