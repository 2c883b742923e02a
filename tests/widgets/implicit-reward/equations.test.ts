/**
 * The live values of section 5.2's equations (content/chapter-5/implicit-reward.mdx) are the widget's own numbers.
 * Expected values at the default state come from the numpy computation quoted in tests/widgets/implicit-reward/model.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { implicitRewardEquations } from '../../../src/widgets/implicit-reward/equations.ts';
import { deriveImplicitReward, implicitRewardTable, summarizeImplicitReward } from '../../../src/widgets/implicit-reward/model.ts';
import { implicitRewardDefaults, implicitRewardSchema } from '../../../src/widgets/implicit-reward/state.ts';
import { validState } from '../shared/schema-arbitraries.ts';

describe('implicitRewardEquations.values(state)', () => {
  it('gives the independently computed numbers at the default state (numpy)', () => {
    expect(implicitRewardEquations.values(implicitRewardDefaults)).toMatchObject({
      beta: '1',
      temperature: '1',
      shift: '0',
      'log-z': '1.4427',
      tau: '1.000',
      'shift-change': '0.000000',
      'r-1': '0.4276',
      'ref-1': '0.2143',
      'pistar-1': '0.0777',
      'pitheta-1': '0.0777',
      'rhat-1': '−1.0151',
      'rhatstar-1': '−1.0151',
      'offset-1': '1.4427',
      'rhat-3': '0.5203',
    });
  });

  it('equals the widget table and summary for any valid state', () => {
    fc.assert(
      fc.property(validState(implicitRewardSchema), (state) => {
        const values = implicitRewardEquations.values(state);
        const derived = deriveImplicitReward(state);
        for (const row of implicitRewardTable(derived).rows) {
          const y = row[0]!;
          expect([values[`r-${y}`], values[`ref-${y}`], values[`pistar-${y}`], values[`pitheta-${y}`], values[`rhat-${y}`], values[`offset-${y}`]]).toEqual([
            row[1],
            row[2],
            row[4],
            row[5],
            row[6],
            row[7],
          ]);
        }
        const summary = summarizeImplicitReward(state, derived);
        expect(summary).toContain(`β = ${values['beta']!}, T = ${values['temperature']!}, c = ${values['shift']!}:`);
        expect(summary).toContain(`Kendall τ = ${values['tau']!}`);
        expect(summary).toContain(`max |Δπ*| = ${values['shift-change']!}`);
      }),
      { numRuns: 50 },
    );
  });
});

describe('implicitRewardEquations.symbols', () => {
  it('stand for keys of the schema', () => {
    for (const [name, symbol] of Object.entries(implicitRewardEquations.symbols)) {
      expect(symbol.keys.length, name).toBeGreaterThan(0);
      for (const key of symbol.keys) expect(Object.keys(implicitRewardSchema), `${name} → ${key}`).toContain(key);
    }
  });
});
