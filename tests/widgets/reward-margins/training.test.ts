import { describe, expect, it } from 'vitest';
import { createMarginRewardTrainer, createWorld, drawPreferences } from '../../../src/math/index.ts';
import { rewardMarginsDefaults } from '../../../src/widgets/reward-margins/state.ts';
import {
  advanceRun,
  knownEnd,
  problemKey,
  recordRewardMarginsProgress,
  rewardMarginsProblem,
  rewardMarginsRun,
  RUN_STEPS,
  startRun,
  trainedRun,
} from '../../../src/widgets/reward-margins/training.ts';

describe('problemKey(state)', () => {
  it('depends on the margin term and the seed, never on the speed', () => {
    expect(problemKey(rewardMarginsDefaults)).toBe('large|42');
    const faster = { ...rewardMarginsDefaults, speed: 7 };
    expect(problemKey(faster)).toBe('large|42');
    expect(problemKey({ ...rewardMarginsDefaults, margin: 'none', seed: 3 })).toBe('none|3');
  });
});

describe('advanceRun(run, steps)', () => {
  it('in slices gives exactly the run trained at once, and stops at the last step', () => {
    const state = { ...rewardMarginsDefaults, margin: 'small' as const, seed: 11 };
    let run = startRun(rewardMarginsProblem(state));
    while (run.states.length <= RUN_STEPS) run = advanceRun(run, 7);
    expect(run.states).toEqual(trainedRun(state).states);
    expect(run.states).toHaveLength(RUN_STEPS + 1);
    expect(advanceRun(run, 5).states).toHaveLength(RUN_STEPS + 1);
  });
});

describe('rewardMarginsRun(state, owner) and recordRewardMarginsProgress(owner, run)', () => {
  it('gives each owner the run it shows, and the end of the run to anyone else', () => {
    const state = { ...rewardMarginsDefaults, seed: 77 };
    const owner = {};
    recordRewardMarginsProgress(owner, advanceRun(startRun(rewardMarginsProblem(state)), 12));
    expect(rewardMarginsRun(state, owner).states).toHaveLength(13);
    expect(rewardMarginsRun(state, {}).states).toHaveLength(RUN_STEPS + 1);
    expect(rewardMarginsRun({ ...state, margin: 'none' }, owner).states).toHaveLength(RUN_STEPS + 1);
  });

  it('remembers a finished run for knownEnd', () => {
    const state = { ...rewardMarginsDefaults, seed: 4321 };
    expect(knownEnd(state)).toBeNull();
    const run = advanceRun(startRun(rewardMarginsProblem(state)), RUN_STEPS);
    recordRewardMarginsProgress({}, run);
    expect(knownEnd(state)).toBe(run);
  });
});

describe('rewardMarginsProblem(state)', () => {
  it('builds the world and labels of a seed once: the variants of the seed share them and differ only in m(r)', () => {
    const large = rewardMarginsProblem({ margin: 'large', seed: 123 });
    const none = rewardMarginsProblem({ margin: 'none', seed: 123 });
    expect(none.trainer.differences).toBe(large.trainer.differences);
    expect(none.trainer.ratings).toBe(large.trainer.ratings);
    // Independent value: the trainer built from scratch from the seed's world and 200 labels.
    const world = createWorld({ seed: 123 });
    const fresh = createMarginRewardTrainer(world, drawPreferences(world, { count: 200 }), { variant: 'none', learningRate: 0.5, steps: RUN_STEPS });
    expect(none.trainer).toEqual(fresh);
    expect(large.trainer.ratingMargins).toEqual(createMarginRewardTrainer(world, drawPreferences(world, { count: 200 }), { variant: 'large' }).ratingMargins);
    expect(rewardMarginsProblem({ margin: 'small', seed: 1234 }).trainer.differences).not.toBe(large.trainer.differences);
  });
});
