import { describe, expect, it } from 'vitest';
import { advanceRlhfVsDpoRun, completedRlhfVsDpoRun, createRlhfVsDpoRun, runMatches, trainedSteps } from '../../../src/widgets/rlhf-vs-dpo/run.ts';
import { rlhfVsDpoDefaults } from '../../../src/widgets/rlhf-vs-dpo/state.ts';

describe('createRlhfVsDpoRun(state)', () => {
  it('starts at step 0 with π_0 = π_ref on every prompt', () => {
    const run = createRlhfVsDpoRun(rlhfVsDpoDefaults);
    expect(trainedSteps(run)).toBe(0);
    run.policies[0]!.forEach((row, x) => row.forEach((p, y) => expect(p).toBeCloseTo(run.reference[x]![y]!, 14)));
    expect(run.losses[0]).toBeCloseTo(Math.LN2, 14);
    expect(runMatches(run, rlhfVsDpoDefaults)).toBe(true);
    expect(runMatches(run, { ...rlhfVsDpoDefaults, beta: 0.5 })).toBe(false);
  });
});

describe('advanceRlhfVsDpoRun(run, count, target)', () => {
  it('in slices of 7 steps gives exactly the run trained in one go', () => {
    const sliced = createRlhfVsDpoRun(rlhfVsDpoDefaults);
    const taken: number[] = [];
    while (trainedSteps(sliced) < 50) taken.push(advanceRlhfVsDpoRun(sliced, 7, 50));
    expect(taken).toEqual([7, 7, 7, 7, 7, 7, 7, 1]);
    const whole = completedRlhfVsDpoRun(rlhfVsDpoDefaults, 50);
    expect(sliced.distances).toEqual(whole.distances);
    expect(sliced.policies).toEqual(whole.policies);
  });

  it('never trains past the target, and takes nothing once there', () => {
    const run = completedRlhfVsDpoRun(rlhfVsDpoDefaults, 5);
    expect(advanceRlhfVsDpoRun(run, 10, 5)).toBe(0);
    expect(trainedSteps(run)).toBe(5);
    expect(run.distances).toHaveLength(6);
  });
});
