import { describe, expect, it } from 'vitest';
import { rmTrainingEquations } from '../../../src/widgets/rm-training/equations.ts';
import { rmTrainingDefaults, rmTrainingSchema } from '../../../src/widgets/rm-training/state.ts';
import { advanceRun, recordRmTrainingProgress, rmTrainingProblem, startRun } from '../../../src/widgets/rm-training/training.ts';

describe('rmTrainingEquations.values(state, owner)', () => {
  it('gives the run end at build time (weight 1/36 = 0.0278)', () => {
    expect(rmTrainingEquations.values(rmTrainingDefaults)).toEqual({
      k: '9', pairs: '36', weight: '0.0278', tau: '1', eta: '1', epoch: '4.0', 'pairs-val': '0.733', 'kwise-val': '0.677', gold: '0.533',
    });
  });
  it('follows the run its owner shows', () => {
    const owner = {};
    recordRmTrainingProgress(owner, advanceRun(startRun(rmTrainingProblem(rmTrainingDefaults)), 10));
    expect(rmTrainingEquations.values(rmTrainingDefaults, owner).epoch).toBe('1.0');
    expect(rmTrainingEquations.values(rmTrainingDefaults, owner)['pairs-val']).toBe('0.632');
  });
  it('names only keys of the schema', () => {
    for (const s of Object.values(rmTrainingEquations.symbols)) for (const k of s.keys) expect(Object.keys(rmTrainingSchema)).toContain(k);
  });
});
