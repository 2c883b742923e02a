/**
 * The live values of section 2.4's equations (content/chapter-2/reference-policy.mdx) are the widget's own
 * numbers: the sums row of its table, its rows, and T and α as its summary writes them. Expected values at the
 * default state come from the independent numpy/scipy computation quoted in
 * tests/widgets/reference-policy/model.test.ts (counts of 20 demonstrations with seed 42, rel_entr sums).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referencePolicyEquations } from '../../../src/widgets/reference-policy/equations.ts';
import { deriveReferencePolicy, referencePolicyTable, summarizeReferencePolicy } from '../../../src/widgets/reference-policy/model.ts';
import { referencePolicyDefaults, referencePolicySchema, type ReferencePolicyState } from '../../../src/widgets/reference-policy/state.ts';
import { validState } from '../shared/schema-arbitraries.ts';
import { documentedResult } from '../tsdoc-example.ts';

/** numpy / scipy, as in tests/widgets/reference-policy/model.test.ts. */
const NUMPY_COUNTS_42_20 = [3, 6, 7, 0, 0, 2, 0, 2];
const SCIPY_KL_PI_REF = 0.08924599201886567;
const SCIPY_KL_REF_PI = 0.10722286738029849;
const SCIPY_KL_REF_PI_MIXED = 0.03886950724314787; // T = 1, α = 0.1

const withState = (changes: Partial<ReferencePolicyState>): ReferencePolicyState => ({ ...referencePolicyDefaults, ...changes });

describe('referencePolicyEquations.values(state)', () => {
  it('gives the independently computed numbers at the default state', () => {
    const values = referencePolicyEquations.values(referencePolicyDefaults);
    expect(values).toMatchObject({
      temperature: '0.5',
      mix: '0',
      demonstrations: '20',
      'kl-pi-ref': SCIPY_KL_PI_REF.toFixed(4),
      'kl-ref-pi': SCIPY_KL_REF_PI.toFixed(4),
    });
    // π at T = 0.5 is π_ref² renormalized (numpy: t = r**2 / (r**2).sum()).
    const squares = NUMPY_COUNTS_42_20.map((c) => (c / 20) ** 2);
    const total = squares.reduce((a, b) => a + b, 0);
    NUMPY_COUNTS_42_20.forEach((count, index) => {
      const y = index + 1;
      expect(values[`count-${y}`]).toBe(String(count));
      expect(values[`ref-${y}`]).toBe((count / 20).toFixed(3));
      expect(values[`pi-${y}`]).toBe((squares[index]! / total).toFixed(3));
    });
  });

  it('is what its TSDoc example says', () => {
    expect(referencePolicyEquations.values(referencePolicyDefaults)).toMatchObject(
      documentedResult(new URL('../../../src/widgets/reference-policy/equations.ts', import.meta.url), 'referencePolicyEquations.values(referencePolicyDefaults);') as object,
    );
  });

  it('writes ∞ for KL(π‖π_ref) once π puts mass on a zero of π_ref (T = 1, α = 0.1), and the finite other direction', () => {
    expect(referencePolicyEquations.values(withState({ temperature: 1, mix: 0.1 }))).toMatchObject({
      mix: '0.1',
      'kl-pi-ref': '∞',
      'kl-ref-pi': SCIPY_KL_REF_PI_MIXED.toFixed(4),
      'term-pi-ref-4': '∞',
    });
  });

  it('equals the widget table and summary for any valid state', () => {
    fc.assert(
      fc.property(validState(referencePolicySchema), (state) => {
        const values = referencePolicyEquations.values(state);
        const derived = deriveReferencePolicy(state);
        const rows = referencePolicyTable(derived).rows;
        rows.slice(0, 8).forEach((row) => {
          const y = row[0]!;
          expect([values[`count-${y}`], values[`ref-${y}`], values[`pi-${y}`], values[`term-pi-ref-${y}`], values[`term-ref-pi-${y}`]]).toEqual(row.slice(1));
        });
        expect([values['kl-pi-ref'], values['kl-ref-pi']]).toEqual(rows[8]!.slice(4));
        expect(summarizeReferencePolicy(state, derived)).toContain(`π (T = ${values['temperature']!}, α = ${values['mix']!})`);
      }),
      { numRuns: 50 },
    );
  });
});

describe('referencePolicyEquations.symbols', () => {
  it('stand for keys of the schema', () => {
    for (const [name, symbol] of Object.entries(referencePolicyEquations.symbols)) {
      expect(symbol.keys.length, name).toBeGreaterThan(0);
      for (const key of symbol.keys) expect(Object.keys(referencePolicySchema), `${name} → ${key}`).toContain(key);
    }
  });
});
