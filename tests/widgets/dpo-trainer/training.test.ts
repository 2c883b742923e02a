import { describe, expect, it } from 'vitest';
import {
  advanceRun,
  dpoTrainerProblem,
  dpoTrainerRun,
  knownEnd,
  problemKey,
  recordDpoTrainerProgress,
  RUN_STEPS,
  startRun,
  trainedRun,
} from '../../../src/widgets/dpo-trainer/training.ts';
import { dpoTrainerDefaults } from '../../../src/widgets/dpo-trainer/state.ts';

describe('problemKey(state)', () => {
  it('depends on policy, β and (tabular only) the seed, never on the plot or the speed', () => {
    expect(problemKey(dpoTrainerDefaults)).toBe('tabular|0.1|42');
    expect(problemKey({ ...dpoTrainerDefaults, plot: 'logp', speed: 3 })).toBe('tabular|0.1|42');
    expect(problemKey({ ...dpoTrainerDefaults, policy: 'bigram', seed: 7 })).toBe(problemKey({ ...dpoTrainerDefaults, policy: 'bigram' }));
  });
});

describe('advanceRun(run, steps)', () => {
  it('in slices gives exactly the run trained at once, and stops at the last step', () => {
    for (const policy of ['tabular', 'bigram'] as const) {
      const state = { ...dpoTrainerDefaults, policy, beta: 0.37 };
      let run = startRun(dpoTrainerProblem(state));
      while (run.state.step < RUN_STEPS) run = advanceRun(run, 7);
      const once = trainedRun(state);
      expect(run.state).toEqual(once.state);
      expect(run.history).toEqual(once.history);
      expect(run.history).toHaveLength(RUN_STEPS + 1);
      expect(advanceRun(run, 5).state.step).toBe(RUN_STEPS);
    }
  });
});

describe('dpoTrainerRun(state, owner) and recordDpoTrainerProgress(owner, run)', () => {
  it('gives each owner the run it shows, and the end of the run to anyone else', () => {
    const state = { ...dpoTrainerDefaults, beta: 0.77 };
    const owner = {};
    const partial = advanceRun(startRun(dpoTrainerProblem(state)), 12);
    recordDpoTrainerProgress(owner, partial);
    expect(dpoTrainerRun(state, owner).state.step).toBe(12);
    expect(dpoTrainerRun(state, {}).state.step).toBe(RUN_STEPS);
    expect(dpoTrainerRun({ ...state, beta: 0.78 }, owner).state.step).toBe(RUN_STEPS);
  });

  it('remembers a finished run for knownEnd', () => {
    const state = { ...dpoTrainerDefaults, seed: 4321 };
    expect(knownEnd(state)).toBeNull();
    const run = advanceRun(startRun(dpoTrainerProblem(state)), RUN_STEPS);
    recordDpoTrainerProgress({}, run);
    expect(knownEnd(state)).toBe(run);
  });
});
