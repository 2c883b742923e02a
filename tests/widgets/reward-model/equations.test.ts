/**
 * The live values of the reward-model section's equations are the widget's own numbers, as its table and summary
 * show them (defaults: w = (1.17, 0.45, 0.05), loss 0.5798, numpy in model.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { rewardModelEquations } from '../../../src/widgets/reward-model/equations.ts';
import { deriveRewardModel, rewardModelTable, summarizeRewardModel } from '../../../src/widgets/reward-model/model.ts';
import { rewardModelDefaults, rewardModelSchema } from '../../../src/widgets/reward-model/state.ts';

describe('rewardModelEquations.values(state)', () => {
  it('gives the trained model’s numbers at the default state', () => {
    expect(rewardModelEquations.values(rewardModelDefaults)).toEqual({
      eta: '0.5', n: '100', steps: '100', c: '0', 'w-1': '1.17', 'w-2': '0.45', 'w-3': '0.05',
      loss: '0.5798', 'loss-shifted': '0.5798', 'p-1': '0.364', 'p-1-shifted': '0.364',
    });
  });

  it.each([{ learningRate: 0.05 }, { comparisons: 400, offset: -1.5 }, { steps: 3, seed: 7 }])('equals the widget’s table and summary at %j', (changes) => {
    const state = { ...rewardModelDefaults, ...changes };
    const values = rewardModelEquations.values(state);
    const derived = deriveRewardModel(state);
    expect(rewardModelTable(derived).rows[1]!.slice(1, 4)).toEqual([values['w-1'], values['w-2'], values['w-3']]);
    const summary = summarizeRewardModel(state, derived);
    expect(summary).toContain(`loss ${values['loss']!},`);
    expect(summary).toContain(`c = ${values['c']!}, loss ${values['loss-shifted']!}.`);
    expect(summary).toContain(`(η = ${values['eta']!}, N = ${values['n']!})`);
  });
});

describe('rewardModelEquations.symbols', () => {
  it('stand for keys of the schema', () => {
    for (const [name, symbol] of Object.entries(rewardModelEquations.symbols)) {
      expect(symbol.keys.length, name).toBeGreaterThan(0);
      for (const key of symbol.keys) expect(Object.keys(rewardModelSchema), `${name} → ${key}`).toContain(key);
    }
  });
});
