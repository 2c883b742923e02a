/** The live values of the DPO trainer section's equations are the widget's own numbers (model.test.ts). */
import { describe, expect, it } from 'vitest';
import { dpoTrainerEquations } from '../../../src/widgets/dpo-trainer/equations.ts';
import { deriveDpoTrainer, summarizeDpoTrainer } from '../../../src/widgets/dpo-trainer/model.ts';
import { dpoTrainerDefaults, dpoTrainerSchema } from '../../../src/widgets/dpo-trainer/state.ts';
import { advanceRun, dpoTrainerProblem, recordDpoTrainerProgress, startRun } from '../../../src/widgets/dpo-trainer/training.ts';

describe('dpoTrainerEquations.values(state, owner)', () => {
  it('gives the end of the default run', () => {
    expect(dpoTrainerEquations.values(dpoTrainerDefaults)).toEqual({ beta: '0.1', step: '300', loss: '0.5911', accuracy: '0.68', 'logp-chosen': '−6.53' });
  });

  it.each([{ beta: 0.5 }, { policy: 'bigram' as const }, { seed: 0, beta: 1 }])('agrees with the summary at %j', (changes) => {
    const state = { ...dpoTrainerDefaults, ...changes };
    const values = dpoTrainerEquations.values(state);
    const summary = summarizeDpoTrainer(state, deriveDpoTrainer(state));
    expect(summary).toContain(`β = ${values['beta']!}, step ${values['step']!} of 300: loss ${values['loss']!}, reward accuracy ${values['accuracy']!},`);
  });

  it('follows the step its owner widget shows', () => {
    const owner = {};
    recordDpoTrainerProgress(owner, advanceRun(startRun(dpoTrainerProblem(dpoTrainerDefaults)), 3));
    expect(dpoTrainerEquations.values(dpoTrainerDefaults, owner)).toMatchObject({ step: '3', loss: '0.6213' });
  });
});

describe('dpoTrainerEquations.symbols', () => {
  it('stand for keys of the schema', () => {
    for (const [name, symbol] of Object.entries(dpoTrainerEquations.symbols)) {
      expect(symbol.keys.length, name).toBeGreaterThan(0);
      for (const key of symbol.keys) expect(Object.keys(dpoTrainerSchema), `${name} → ${key}`).toContain(key);
    }
  });
});
