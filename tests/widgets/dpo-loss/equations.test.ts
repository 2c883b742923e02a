/**
 * The live values of the DPO section's equations are the widget's own numbers: its table's u, and for the
 * sigmoid loss its loss and gradient-weight columns (seed notebook: pair 1 has u = 0.14, −log σ(0.14) = 0.6256,
 * σ(−0.14) = 0.4651; DPO loss = 0.6509).
 */
import { describe, expect, it } from 'vitest';
import { deriveDpoLoss, dpoLossTable } from '../../../src/widgets/dpo-loss/model';
import { dpoLossEquations } from '../../../src/widgets/dpo-loss/equations';
import { dpoLossDefaults, dpoLossSchema } from '../../../src/widgets/dpo-loss/state';

describe('dpoLossEquations.values(state)', () => {
  it('gives the seed numbers at the default state', () => {
    const values = dpoLossEquations.values(dpoLossDefaults);
    expect(values).toMatchObject({ beta: '0.1', n: '4', 'delta-1': '1.40', 'u-1': '0.140', 'dpo-loss-1': '0.6256', 'dpo-weight-1': '0.4651', 'dpo-loss-mean': '0.6509' });
    expect(values['u-3']).toBe('\u22120.010');
  });

  it.each([0.01, 0.37, 1, 10])('equals the widget table at β = %s (sigmoid loss)', (beta) => {
    const state = { ...dpoLossDefaults, beta };
    const values = dpoLossEquations.values(state);
    const rows = dpoLossTable(deriveDpoLoss(state)).rows;
    rows.forEach((row, index) => {
      expect([values[`u-${index + 1}`], values[`dpo-loss-${index + 1}`], values[`dpo-weight-${index + 1}`]]).toEqual([row[3], row[4], row[5]]);
    });
  });
});

describe('dpoLossEquations.symbols', () => {
  it('stand for keys of the schema', () => {
    for (const [name, symbol] of Object.entries(dpoLossEquations.symbols)) {
      for (const key of symbol.keys) expect(Object.keys(dpoLossSchema), `${name} → ${key}`).toContain(key);
    }
  });
});
