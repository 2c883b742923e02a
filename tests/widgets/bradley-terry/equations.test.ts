/**
 * The live values of the Bradley–Terry section's equations are the widget's own table numbers (seed notebook
 * rewards: pair 1 has m = 1.8, σ(1.8) = 0.858, −log σ(1.8) = 0.1530; mean loss 0.4998).
 */
import { describe, expect, it } from 'vitest';
import { bradleyTerryTable, deriveBradleyTerry } from '../../../src/widgets/bradley-terry/model';
import { bradleyTerryEquations } from '../../../src/widgets/bradley-terry/equations';
import { bradleyTerryDefaults, bradleyTerrySchema } from '../../../src/widgets/bradley-terry/state';

describe('bradleyTerryEquations.values(state)', () => {
  it('gives the seed numbers at the default state', () => {
    expect(bradleyTerryEquations.values(bradleyTerryDefaults)).toMatchObject({
      shift: '0', scale: '1', n: '4', 'rw-1': '2.10', 'rl-1': '0.30', 'm-1': '1.80', 'p-1': '0.858', 'loss-1': '0.1530', 'loss-mean': '0.4998',
    });
  });

  it.each([[0, 1], [-2.5, 1], [1, 2], [0, 0.5]])('equals the widget table at c = %s, s = %s', (shift, scale) => {
    const state = { ...bradleyTerryDefaults, shift, scale };
    const values = bradleyTerryEquations.values(state);
    bradleyTerryTable(deriveBradleyTerry(state)).rows.forEach((row, index) => {
      const i = index + 1;
      expect([values[`rw-${i}`], values[`rl-${i}`], values[`m-${i}`], values[`p-${i}`], values[`loss-${i}`]]).toEqual(row.slice(3));
    });
  });
});

describe('bradleyTerryEquations.symbols', () => {
  it('stand for keys of the schema', () => {
    for (const [name, symbol] of Object.entries(bradleyTerryEquations.symbols)) {
      for (const key of symbol.keys) expect(Object.keys(bradleyTerrySchema), `${name} → ${key}`).toContain(key);
    }
  });
});
