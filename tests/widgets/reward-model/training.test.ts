import { describe, expect, it } from 'vitest';
import { rewardModelInitialState, rewardModelStep, trainingSlices } from '../../../src/math/index.ts';
import { rewardModelDefaults } from '../../../src/widgets/reward-model/state.ts';
import {
  knownEndState,
  problemKey,
  PROMPTS,
  recordRewardModelProgress,
  rewardModelRun,
  RESPONSES,
  rewardModelProblem,
  sliceSize,
  trainedRewardModel,
  TRAINING_FRAMES,
} from '../../../src/widgets/reward-model/training.ts';

describe('problemKey(state)', () => {
  it('is made of the keys that define a run, not the per-prompt constant', () => {
    expect(problemKey(rewardModelDefaults)).toBe('42|100|0.5|100');
    expect(problemKey({ ...rewardModelDefaults, offset: 2 })).toBe(problemKey(rewardModelDefaults));
    expect(problemKey({ ...rewardModelDefaults, steps: 99 })).not.toBe(problemKey(rewardModelDefaults));
  });
});

describe('rewardModelProblem(state)', () => {
  it('is a world of 5 prompts × 4 responses, N comparisons, and a full-batch trainer whose epochs are steps', () => {
    const problem = rewardModelProblem(rewardModelDefaults);
    expect(problem.world.prompts).toHaveLength(PROMPTS);
    expect(problem.world.prompts.every((p) => p.responses.length === RESPONSES)).toBe(true);
    expect(problem.comparisons).toHaveLength(100);
    expect(problem.trainer.batchSize).toBe(100);
    expect(problem.trainer.validationDifferences).toHaveLength(0);
    expect(problem.trainer.stepsPerEpoch).toBe(1);
    expect(problem.trainer.steps).toBe(100);
  });

  it('draws the comparisons numpy draws (np.random.seed([42, 1]), the documented order of src/math/world/preferences.ts)', () => {
    // python3 + numpy 2.4: per pair x = randint(0, 5), a = randint(0, 4), b = randint(0, 3) (+1 if ≥ a),
    // annotator = randint(0, 3), u, v = rand(), rand(); the first is prompt 4 (0-based), chosen 1, rejected 3,
    // annotator 2, flipped; 11 of 100 labels are flipped.
    const { comparisons } = rewardModelProblem(rewardModelDefaults);
    expect(comparisons[0]).toEqual({ prompt: 4, chosen: 1, rejected: 3, annotator: 2, flipped: true });
    expect(comparisons.filter((c) => c.flipped)).toHaveLength(11);
  });

  it('memoises on the run keys: the same object for the same run, a new one for another', () => {
    const a = rewardModelProblem(rewardModelDefaults);
    expect(rewardModelProblem({ ...rewardModelDefaults, offset: 1 })).toBe(a);
    expect(rewardModelProblem({ ...rewardModelDefaults, seed: 7 })).not.toBe(a);
  });
});

describe('trainedRewardModel(state)', () => {
  it('is the state after all T steps, and the slices the element runs end in the same state', () => {
    for (const state of [rewardModelDefaults, { ...rewardModelDefaults, steps: 7 }, { ...rewardModelDefaults, steps: 300, comparisons: 400 }]) {
      const end = trainedRewardModel(state);
      expect(end.step).toBe(state.steps);
      const problem = rewardModelProblem(state);
      const slices = trainingSlices(rewardModelStep, problem.trainer, rewardModelInitialState(problem.trainer), {
        steps: state.steps,
        stepsPerSlice: sliceSize(state.steps),
      });
      let count = 0;
      let result = slices.next();
      while (result.done !== true) {
        count += 1;
        result = slices.next();
      }
      expect(count + 1).toBeLessThanOrEqual(TRAINING_FRAMES);
      expect(result.value.weights).toEqual(end.weights);
    }
  });
});

describe('rewardModelRun(state, owner) and recordRewardModelProgress(owner, problem, state, done)', () => {
  it('gives the state a widget shows while it trains a run, then the end state it records, without training', () => {
    const widget = {};
    const state = { ...rewardModelDefaults, seed: 123, steps: 40 };
    const problem = rewardModelProblem(state);
    expect(knownEndState(state)).toBeNull();
    const start = rewardModelInitialState(problem.trainer);
    recordRewardModelProgress(widget, problem, start, false);
    expect(rewardModelRun(state, widget).state).toBe(start);
    expect(rewardModelRun({ ...state, offset: 2 }, widget).state).toBe(start);
    const end = trainedRewardModel(state);
    recordRewardModelProgress(widget, problem, end, true);
    expect(knownEndState(state)).toBe(end);
    expect(rewardModelRun(state, widget).state).toBe(end);
  });

  it('keeps each widget’s progress apart: two widgets on one page, on different runs or on the same run', () => {
    // A module-wide record let the second widget's run replace the first's: the first widget's equations then
    // trained its whole run at once (step 100 while the widget showed step 0).
    const [first, second, third] = [{}, {}, {}];
    const a = { ...rewardModelDefaults, seed: 11 };
    const b = { ...rewardModelDefaults, seed: 12 };
    const problemA = rewardModelProblem(a);
    const startA = rewardModelInitialState(problemA.trainer);
    recordRewardModelProgress(first, problemA, startA, false);
    const problemB = rewardModelProblem(b);
    const oneStepB = rewardModelStep(problemB.trainer, rewardModelInitialState(problemB.trainer));
    recordRewardModelProgress(second, problemB, oneStepB, false);
    expect(rewardModelRun(a, first).state).toBe(startA);
    expect(rewardModelRun(a, first).problem).toBe(problemA);
    expect(rewardModelRun(b, second).state).toBe(oneStepB);
    const oneStepA = rewardModelStep(problemA.trainer, startA);
    recordRewardModelProgress(third, problemA, oneStepA, false);
    expect(rewardModelRun(a, first).state.step).toBe(0);
    expect(rewardModelRun(a, third).state.step).toBe(1);
  });

  it('trains at once when no widget is training the run (build time, tests)', () => {
    const state = { ...rewardModelDefaults, seed: 321, steps: 5 };
    expect(rewardModelRun(state).state.step).toBe(5);
    expect(rewardModelRun(state, {}).state.step).toBe(5);
  });
});

describe('sliceSize(steps)', () => {
  it('spreads any run over at most 30 slices', () => {
    expect(sliceSize(1)).toBe(1);
    expect(sliceSize(30)).toBe(1);
    expect(sliceSize(31)).toBe(2);
    expect(sliceSize(100)).toBe(4);
    expect(sliceSize(300)).toBe(10);
    for (let steps = 1; steps <= 300; steps++) expect(Math.ceil(steps / sliceSize(steps))).toBeLessThanOrEqual(TRAINING_FRAMES);
  });
});
