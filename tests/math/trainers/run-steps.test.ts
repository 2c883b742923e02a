import { describe, expect, it } from 'vitest';
import { createRewardModelTrainer, rewardModelInitialState, rewardModelStep } from '../../../src/math/trainers/reward-model.ts';
import { runSteps, stepsPerSlice, trainingSlices } from '../../../src/math/trainers/run-steps.ts';
import { createWorld } from '../../../src/math/world/create-world.ts';
import { drawPreferences } from '../../../src/math/world/preferences.ts';

const count = (_: null, s: number) => s + 1;

describe('runSteps(step, trainer, state, count, onState)', () => {
  it('applies the step count times and reports every state', () => {
    const seen: number[] = [];
    expect(runSteps(count, null, 10, 3, (s) => seen.push(s))).toBe(13);
    expect(seen).toEqual([11, 12, 13]);
    expect(runSteps(count, null, 10, 0)).toBe(10);
  });
  it('rejects a count that is not an integer in [0, 1e6]', () => {
    expect(() => runSteps(count, null, 0, -1)).toThrow(/^count must be/);
    expect(() => runSteps(count, null, 0, 1.5)).toThrow(/^count must be/);
  });
});

describe('trainingSlices(step, trainer, state, { steps, stepsPerSlice })', () => {
  it('yields the state after each slice and returns the final one', () => {
    const slices = trainingSlices(count, null, 0, { steps: 5, stepsPerSlice: 2 });
    expect(slices.next()).toEqual({ value: 2, done: false });
    expect(slices.next()).toEqual({ value: 4, done: false });
    expect(slices.next()).toEqual({ value: 5, done: true });
    expect([...trainingSlices(count, null, 0, { steps: 4, stepsPerSlice: 2 })]).toEqual([2]);
  });
  it('ends where an uninterrupted run ends (a real trainer, 100 steps in slices of 7)', () => {
    const world = createWorld();
    const trainer = createRewardModelTrainer(world, drawPreferences(world));
    const start = rewardModelInitialState(trainer);
    const slices = trainingSlices(rewardModelStep, trainer, start, { steps: trainer.steps, stepsPerSlice: 7 });
    let result = slices.next();
    let calls = 1;
    while (!result.done) {
      result = slices.next();
      calls++;
    }
    expect(calls).toBe(Math.ceil(100 / 7));
    expect(result.value).toEqual(runSteps(rewardModelStep, trainer, start, trainer.steps));
  });
  it('rejects bad slicing options', () => {
    expect(() => trainingSlices(count, null, 0, { steps: 5, stepsPerSlice: 0 }).next()).toThrow(/^stepsPerSlice must be/);
    expect(() => trainingSlices(count, null, 0, { steps: -5, stepsPerSlice: 1 }).next()).toThrow(/^steps must be/);
  });
});

describe('stepsPerSlice(stepMs, budgetMs)', () => {
  it('is ⌊budget / step⌋, at least 1', () => {
    expect(stepsPerSlice(0.05)).toBe(160);
    expect(stepsPerSlice(3, 10)).toBe(3);
    expect(stepsPerSlice(20, 8)).toBe(1);
  });
  it('rejects non-positive times', () => {
    expect(() => stepsPerSlice(0)).toThrow(/^stepMs must be/);
    expect(() => stepsPerSlice(1, -1)).toThrow(/^budgetMs must be/);
  });
});
