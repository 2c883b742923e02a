/**
 * The live values of section 3.3's equations (content/chapter-3/annotator-agreement.mdx) are the widget's own
 * numbers. Expected values at the default state: the seed notebook's printed output and the numpy computation
 * quoted in tests/widgets/annotator-agreement/model.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotatorAgreementEquations } from '../../../src/widgets/annotator-agreement/equations.ts';
import { annotatorAgreementTable, deriveAnnotatorAgreement, summarizeAnnotatorAgreement } from '../../../src/widgets/annotator-agreement/model.ts';
import { annotatorAgreementDefaults, annotatorAgreementSchema } from '../../../src/widgets/annotator-agreement/state.ts';
import { validState } from '../shared/schema-arbitraries.ts';

describe('annotatorAgreementEquations.values(state)', () => {
  it('gives the seed notebook’s 0.840 and 0.633 at the default state', () => {
    expect(annotatorAgreementEquations.values(annotatorAgreementDefaults)).toEqual({
      'base-rate': '0.30',
      'flip-rate': '0.12',
      agreement: '0.840',
      chance: '0.564',
      kappa: '0.633',
      'expected-kappa': '0.727',
    });
  });
  it('equals the widget’s table and summary for any valid state', () => {
    fc.assert(
      fc.property(validState(annotatorAgreementSchema), (state) => {
        const values = annotatorAgreementEquations.values(state);
        const derived = deriveAnnotatorAgreement(state);
        const rows = annotatorAgreementTable(derived).rows;
        expect([values['agreement'], values['chance'], values['kappa'], values['expected-kappa']]).toEqual([rows[0]![1], rows[1]![1], rows[2]![1], rows[2]![2]]);
        expect(summarizeAnnotatorAgreement(state, derived)).toContain(`base rate ${values['base-rate']!}, flip rate ${values['flip-rate']!}`);
      }),
      { numRuns: 50 },
    );
  });
  it('names only state keys in its symbols', () => {
    const keys = Object.keys(annotatorAgreementSchema);
    for (const symbol of Object.values(annotatorAgreementEquations.symbols)) for (const key of symbol.keys) expect(keys).toContain(key);
  });
});
