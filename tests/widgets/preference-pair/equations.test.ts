/**
 * The live values of section 2.1's equations (content/chapter-2/preference-pair.mdx) are the widget's own table
 * cells, in the order the widget shows. Expected values at the default state (record 1, 3 DPO steps) come from the
 * independent python3/numpy/scipy fit quoted in tests/widgets/preference-pair/toy-scores.test.ts: rewards
 * 1.633848 and 0 of the sky-is-blue answers A and B, log-ratios 1.098608 and −11.258002 after 3 steps, β = 0.1.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { preferencePairEquations } from '../../../src/widgets/preference-pair/equations.ts';
import { derivePreferencePair, preferencePairTable } from '../../../src/widgets/preference-pair/model.ts';
import { preferencePairDefaults, preferencePairSchema, type PreferencePairState } from '../../../src/widgets/preference-pair/state.ts';
import { validState } from '../shared/schema-arbitraries.ts';
import { documentedResult } from '../tsdoc-example.ts';

/** scipy / numpy, as in tests/widgets/preference-pair/toy-scores.test.ts. */
const SKY = { rewardA: 1.633848, rewardB: 0, logRatioA: 1.098608, logRatioB: -11.258002, beta: 0.1 };
/** −log σ(z) = log(1 + e^{−z}), written out. */
const pairLoss = (z: number) => Math.log(1 + Math.exp(-z));
const fixed = (value: number) => value.toFixed(3).replace('-', '\u2212');

const withState = (changes: Partial<PreferencePairState>): PreferencePairState => ({ ...preferencePairDefaults, ...changes });

describe('preferencePairEquations.values(state)', () => {
  const m = SKY.rewardA - SKY.rewardB;
  const delta = SKY.logRatioA - SKY.logRatioB;
  const u = SKY.beta * delta;

  it('gives the independently computed numbers of record 1 at the default state', () => {
    expect(preferencePairEquations.values(preferencePairDefaults)).toEqual({
      nw: '4',
      nl: '1',
      steps: '3',
      rw: fixed(SKY.rewardA),
      rl: fixed(SKY.rewardB),
      m: fixed(m),
      'rm-loss': fixed(pairLoss(m)),
      'rm-loss-swapped': fixed(pairLoss(-m)),
      hw: fixed(SKY.logRatioA),
      hl: fixed(SKY.logRatioB),
      delta: fixed(delta),
      u: fixed(u),
      'dpo-loss': fixed(pairLoss(u)),
      'dpo-loss-swapped': fixed(pairLoss(-u)),
    });
  });

  it('is what its TSDoc example says', () => {
    expect(preferencePairEquations.values(preferencePairDefaults)).toMatchObject(
      documentedResult(new URL('../../../src/widgets/preference-pair/equations.ts', import.meta.url), 'preferencePairEquations.values(preferencePairDefaults);') as object,
    );
  });

  it('follows the swap: the order shown changes, and the swapped losses are the recorded ones', () => {
    const recorded = preferencePairEquations.values(preferencePairDefaults);
    const swapped = preferencePairEquations.values(withState({ swapped: true }));
    expect(swapped).toMatchObject({ nw: '1', nl: '4', m: fixed(-m), u: fixed(-u), rw: recorded['rl'], rl: recorded['rw'] });
    expect([swapped['rm-loss'], swapped['rm-loss-swapped'], swapped['dpo-loss'], swapped['dpo-loss-swapped']]).toEqual([
      recorded['rm-loss-swapped'],
      recorded['rm-loss'],
      recorded['dpo-loss-swapped'],
      recorded['dpo-loss'],
    ]);
  });

  it('equals the column of the order shown in the widget table, for any valid state', () => {
    fc.assert(
      fc.property(validState(preferencePairSchema), (state) => {
        const values = preferencePairEquations.values(state);
        const table = preferencePairTable(derivePreferencePair(state));
        const [shown, other] = state.swapped ? [2, 1] : [1, 2];
        const cell = (row: number, column: number) => table.rows[row]![column];
        expect(`${values['nw']!} : ${values['nl']!}`).toBe(cell(0, shown));
        expect([values['rw'], values['rl'], values['m'], values['rm-loss'], values['hw'], values['hl'], values['u'], values['dpo-loss']]).toEqual(
          [1, 2, 3, 4, 5, 6, 7, 8].map((row) => cell(row, shown)),
        );
        expect([values['rm-loss-swapped'], values['dpo-loss-swapped']]).toEqual([cell(4, other), cell(8, other)]);
      }),
      { numRuns: 50 },
    );
  });

  it('makes the swap instance hold: loss after the swap minus loss as shown is the margin, to the last digit', () => {
    // softplus(z) − softplus(−z) = z; each number is rounded on its own, so the shown digits may differ by 0.001.
    fc.assert(
      fc.property(validState(preferencePairSchema), (state) => {
        const values = preferencePairEquations.values(state);
        const num = (name: string) => Number(values[name]!.replace('\u2212', '-'));
        expect(Math.abs(num('rm-loss-swapped') - num('rm-loss') - num('m'))).toBeLessThanOrEqual(0.0015);
        expect(Math.abs(num('dpo-loss-swapped') - num('dpo-loss') - num('u'))).toBeLessThanOrEqual(0.0015);
      }),
      { numRuns: 50 },
    );
  });
});

describe('preferencePairEquations.symbols', () => {
  it('stand for keys of the schema', () => {
    for (const [name, symbol] of Object.entries(preferencePairEquations.symbols)) {
      expect(symbol.keys.length, name).toBeGreaterThan(0);
      for (const key of symbol.keys) expect(Object.keys(preferencePairSchema), `${name} → ${key}`).toContain(key);
    }
  });
});
