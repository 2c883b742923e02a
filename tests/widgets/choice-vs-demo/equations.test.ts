/**
 * The live values of section 1.1's equations (content/chapter-1/choice-vs-demo.mdx) are the widget's own numbers:
 * its table's rows, its summary's expected gold rewards, and the normalizer Z of π_pref. Expected values at the
 * default state come from the independent python3/numpy/scipy recomputation of the whole pipeline quoted in
 * tests/widgets/choice-vs-demo/model.test.ts (counts, fitted rewards, π_pref, expected gold rewards).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choiceVsDemoEquations, formatNormalizer } from '../../../src/widgets/choice-vs-demo/equations.ts';
import { choiceVsDemoTable, deriveChoiceVsDemo, summarizeChoiceVsDemo } from '../../../src/widgets/choice-vs-demo/model.ts';
import { choiceVsDemoDefaults, choiceVsDemoSchema, type ChoiceVsDemoState } from '../../../src/widgets/choice-vs-demo/state.ts';
import { validState } from '../shared/schema-arbitraries.ts';
import { documentedResult } from '../tsdoc-example.ts';

/** python3 + numpy + scipy, as in tests/widgets/choice-vs-demo/model.test.ts (β = 1). */
const PYTHON = {
  counts: [7, 34, 46, 8, 3, 2],
  fitted: [0.1384549122854283, 0.9028232434840441, 2.44836064316293, -0.3051996341924802, -1.4206830280713936, -1.7637561366685277],
  pref: [0.012739724198204565, 0.13289292226105787, 0.8433330690959029, 0.009342761268405445, 0.0011483075935872604, 0.0005432155828419007],
  sftValue: 1.3929563989474545,
  demonstratorValue: 1.344559963718553,
  prefValue: 1.849195437521518,
};
/** Z = Σ_y π_SFT(y) e^{r̂(y)/β} at β = 1, from the python counts and fitted rewards. */
const PYTHON_Z = PYTHON.counts.reduce((z, c, y) => z + (c / 100) * Math.exp(PYTHON.fitted[y]!), 0);

const withState = (changes: Partial<ChoiceVsDemoState>): ChoiceVsDemoState => ({ ...choiceVsDemoDefaults, ...changes });

describe('choiceVsDemoEquations.values(state)', () => {
  it('gives the independently computed numbers at the default state', () => {
    const values = choiceVsDemoEquations.values(choiceVsDemoDefaults);
    expect(values).toMatchObject({ beta: '1', temperature: '1', comparisons: '100' });
    PYTHON.counts.forEach((count, index) => {
      const i = index + 1;
      expect(values[`demos-${i}`]).toBe(String(count));
      expect(values[`sft-${i}`]).toBe((count / 100).toFixed(2));
      expect(values[`rhat-${i}`]).toBe(PYTHON.fitted[index]!.toFixed(2).replace('-', '\u2212'));
      expect(values[`pref-${i}`]).toBe(PYTHON.pref[index]!.toFixed(2));
    });
    expect(values['z']).toBe(PYTHON_Z.toFixed(2));
    expect([values['sft-value'], values['demo-value'], values['pref-value']]).toEqual(
      [PYTHON.sftValue, PYTHON.demonstratorValue, PYTHON.prefValue].map((v) => v.toFixed(2)),
    );
  });

  it('is what its TSDoc example says', () => {
    expect(choiceVsDemoEquations.values(choiceVsDemoDefaults)).toMatchObject(
      documentedResult(new URL('../../../src/widgets/choice-vs-demo/equations.ts', import.meta.url), 'choiceVsDemoEquations.values(choiceVsDemoDefaults);') as object,
    );
  });

  it('makes the instance under π_pref = π_SFT e^{r̂/β}/Z hold: Z normalizes π_pref at every β', () => {
    for (const beta of [0.05, 0.3, 1, 10]) {
      const derived = deriveChoiceVsDemo(withState({ beta }));
      const z = derived.responses.reduce((sum, r) => sum + r.sft * Math.exp(r.fitted / beta), 0);
      expect(choiceVsDemoEquations.values(withState({ beta }))['z']).toBe(formatNormalizer(z));
      derived.responses.forEach((r) => expect((r.sft * Math.exp(r.fitted / beta)) / z).toBeCloseTo(r.pref, 12));
    }
  });

  it('equals the widget table and summary for any valid state', () => {
    fc.assert(
      fc.property(validState(choiceVsDemoSchema), (state) => {
        const values = choiceVsDemoEquations.values(state);
        const derived = deriveChoiceVsDemo(state);
        choiceVsDemoTable(derived).rows.slice(0, 6).forEach((row, index) => {
          const i = index + 1;
          expect([values[`gold-${i}`], values[`demos-${i}`], values[`sft-${i}`], values[`rhat-${i}`], values[`pref-${i}`]]).toEqual([row[1], row[2], row[3], row[5], row[6]]);
        });
        const summary = summarizeChoiceVsDemo(state, derived);
        expect(summary).toContain(`β = ${values['beta']!}:`);
        expect(summary).toContain(`T = ${values['temperature']!},`);
        expect(summary).toContain(`expected gold reward ${values['sft-value']!} for π_SFT (the demonstrator's is ${values['demo-value']!}), ${values['pref-value']!} for π_pref`);
      }),
      { numRuns: 20 },
    );
  });
});

describe('formatNormalizer(value)', () => {
  it('writes two decimals below 1000, else three significant digits times a power of ten', () => {
    expect([formatNormalizer(6.3106), formatNormalizer(999.994), formatNormalizer(1000), formatNormalizer(186556.91), formatNormalizer(8.4908e20)]).toEqual([
      '6.31',
      '999.99',
      '1.00×10³',
      '1.87×10⁵',
      '8.49×10²⁰',
    ]);
  });

  it('is what its TSDoc example says', () => {
    const source = new URL('../../../src/widgets/choice-vs-demo/equations.ts', import.meta.url);
    expect(formatNormalizer(8.4908e20)).toBe(documentedResult(source, 'formatNormalizer(8.4908e20);'));
  });
});

describe('choiceVsDemoEquations.symbols', () => {
  it('stand for keys of the schema', () => {
    for (const [name, symbol] of Object.entries(choiceVsDemoEquations.symbols)) {
      expect(symbol.keys.length, name).toBeGreaterThan(0);
      for (const key of symbol.keys) expect(Object.keys(choiceVsDemoSchema), `${name} → ${key}`).toContain(key);
    }
  });
});
