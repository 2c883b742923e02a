import { describe, expect, it } from 'vitest';
import {
  advanceDpoGradientRun,
  completedDpoGradientRun,
  createDpoGradientRun,
  dpoGradientRun,
  recordDpoGradientRun,
  RUN_STEPS,
  runMatches,
  trainedSteps,
} from '../../../src/widgets/dpo-gradient/run.ts';
import { dpoGradientDefaults } from '../../../src/widgets/dpo-gradient/state.ts';

describe('createDpoGradientRun(key) / advanceDpoGradientRun(run, count)', () => {
  it('starts at π_ref with every weight σ(0) = 1/2 and every KL 0, and grows one step per call, up to RUN_STEPS', () => {
    const run = createDpoGradientRun(dpoGradientDefaults);
    expect(trainedSteps(run)).toBe(0);
    expect(run.terms[0]!.every((term) => term.weight === 0.5 && term.margin === 0)).toBe(true);
    expect(run.kls[0]!.every((kl) => Math.abs(kl) < 1e-15)).toBe(true);
    expect(advanceDpoGradientRun(run, 7)).toBe(7);
    expect(trainedSteps(run)).toBe(7);
    expect(advanceDpoGradientRun(run, Number.POSITIVE_INFINITY)).toBe(RUN_STEPS - 7);
    expect(advanceDpoGradientRun(run, 5)).toBe(0);
    expect(run.logProbs).toHaveLength(RUN_STEPS + 1);
  });

  it('draws 200 comparisons of the toy world: 81 distinct labelled pairs, 9 of them on prompt 1 (numpy recount)', () => {
    const run = createDpoGradientRun(dpoGradientDefaults);
    expect(run.terms[0]).toHaveLength(81);
    expect(run.terms[0]!.filter((t) => t.prompt === 0)).toHaveLength(9);
    expect(run.trainer.learningRate).toBe(10); // 10/β² at β = 1
  });

  it('trains in slices to exactly the run trained at once', () => {
    const sliced = createDpoGradientRun({ ...dpoGradientDefaults, loss: 'unweighted', beta: 0.3 });
    while (advanceDpoGradientRun(sliced, 13) > 0);
    const once = completedDpoGradientRun({ ...dpoGradientDefaults, loss: 'unweighted', beta: 0.3 });
    expect(sliced.logProbs).toEqual(once.logProbs);
    expect(sliced.terms).toEqual(once.terms);
  });
});

describe('dpoGradientRun(state, owner)', () => {
  it('reads the run an element recorded for the same key, and the completed run otherwise', () => {
    const owner = {};
    const partial = createDpoGradientRun(dpoGradientDefaults);
    advanceDpoGradientRun(partial, 3);
    recordDpoGradientRun(owner, partial);
    expect(dpoGradientRun(dpoGradientDefaults, owner)).toBe(partial);
    const viewed = { ...dpoGradientDefaults, step: 50, prompt: 4 };
    expect(trainedSteps(dpoGradientRun(viewed, owner))).toBe(3); // view keys share the run
    const other = dpoGradientRun({ ...dpoGradientDefaults, beta: 2 }, owner);
    expect(runMatches(other, { ...dpoGradientDefaults, beta: 2 })).toBe(true);
    expect(trainedSteps(other)).toBe(RUN_STEPS);
    expect(trainedSteps(dpoGradientRun(dpoGradientDefaults))).toBe(RUN_STEPS);
  });
});
