/**
 * The live values of section 4.1's equations (content/chapter-4/sft-init.mdx) are the widget's own numbers: its
 * table's rows and last row, and n, α and β as its summary writes them. Expected values at the default state come
 * from the independent numpy computation quoted in tests/widgets/sft-init/model.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sftInitEquations } from '../../../src/widgets/sft-init/equations.ts';
import { deriveSftInit, sftInitTable, summarizeSftInit } from '../../../src/widgets/sft-init/model.ts';
import { sftInitDefaults, sftInitSchema } from '../../../src/widgets/sft-init/state.ts';
import { validState } from '../shared/schema-arbitraries.ts';
import { documentedResult } from '../tsdoc-example.ts';

describe('sftInitEquations.values(state)', () => {
  it('gives the independently computed numbers at the default state (numpy)', () => {
    expect(sftInitEquations.values(sftInitDefaults)).toMatchObject({
      demonstrations: '10',
      smoothing: '0',
      beta: '0.5',
      best: '7',
      'count-7': '0',
      'gold-7': (1.5970383896926932).toFixed(2),
      'sft-7': '0.000',
      'opt-7': '0.000',
      'count-4': '5',
      'sft-4': '0.500',
      'opt-4': (0.49514561472672647).toFixed(3),
      'value-sft': (0.4752871627818076).toFixed(2),
      'value-opt': (0.724770564291037).toFixed(2),
    });
  });

  it('is what its TSDoc example says', () => {
    expect(sftInitEquations.values(sftInitDefaults)).toMatchObject(
      documentedResult(new URL('../../../src/widgets/sft-init/equations.ts', import.meta.url), 'sftInitEquations.values(sftInitDefaults);') as object,
    );
  });

  it('equals the widget table and summary for any valid state', () => {
    fc.assert(
      fc.property(validState(sftInitSchema), (state) => {
        const values = sftInitEquations.values(state);
        const derived = deriveSftInit(state);
        const rows = sftInitTable(derived).rows;
        rows.slice(0, 8).forEach((row, i) => {
          const y = i + 1;
          expect([values[`gold-${y}`], values[`count-${y}`], values[`sft-${y}`], values[`opt-${y}`]]).toEqual(row.slice(1));
        });
        expect([values['value-sft'], values['value-opt']]).toEqual(rows[8]!.slice(3));
        const summary = summarizeSftInit(state, derived);
        expect(summary).toContain(`from ${values['demonstrations']!} demonstration`);
        expect(summary).toContain(`(α = ${values['smoothing']!})`);
        expect(summary).toContain(`With β = ${values['beta']!},`);
      }),
      { numRuns: 50 },
    );
  });
});

describe('sftInitEquations.symbols', () => {
  it('stand for keys of the schema', () => {
    for (const [name, symbol] of Object.entries(sftInitEquations.symbols)) {
      expect(symbol.keys.length, name).toBeGreaterThan(0);
      for (const key of symbol.keys) expect(Object.keys(sftInitSchema), `${name} → ${key}`).toContain(key);
    }
  });
});
