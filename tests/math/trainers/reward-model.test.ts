import { describe, expect, it } from 'vitest';
import { kendallTau } from '../../../src/math/kendall-tau.ts';
import {
  createRewardModelTrainer,
  rewardModelInitialState,
  rewardModelRewards,
  rewardModelStep,
} from '../../../src/math/trainers/reward-model.ts';
import { runSteps } from '../../../src/math/trainers/run-steps.ts';
import { createWorld, type AnnotatorSpec } from '../../../src/math/world/create-world.ts';
import { drawPreferences } from '../../../src/math/world/preferences.ts';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Mean −log σ(θ·d) over difference vectors, written out independently of src/math. */
function meanLoss(weights: readonly number[], differences: readonly (readonly number[])[]): number {
  return differences.reduce((s, d) => s + Math.log1p(Math.exp(-d.reduce((m, v, j) => m + v * weights[j]!, 0))), 0) / differences.length;
}

const clean: AnnotatorSpec = { name: 'clean', noise: 0.5, flipRate: 0, lengthBias: 0 };

describe('createRewardModelTrainer(world, comparisons, options)', () => {
  const world = createWorld();
  const data = drawPreferences(world);

  it('holds out round(f·n) shuffled pairs for validation (numpy: np.random.seed([42, 4]).permutation(200))', () => {
    const trainer = createRewardModelTrainer(world, data);
    expect(trainer.validationIndices.slice(0, 8)).toEqual([77, 95, 125, 163, 134, 181, 39, 133]); // printed by numpy 2.4
    expect(trainer.validationIndices).toHaveLength(40);
    expect(trainer.trainIndices).toHaveLength(160);
    expect(new Set([...trainer.trainIndices, ...trainer.validationIndices]).size).toBe(200);
    expect(trainer.stepsPerEpoch).toBe(10);
    expect(trainer.steps).toBe(100);
  });
  it('stores φ(x, y_w) − φ(x, y_l) for each training pair', () => {
    const trainer = createRewardModelTrainer(world, data);
    const c = data[trainer.trainIndices[0]!]!;
    const f = (y: number) => world.prompts[c.prompt]!.responses[y]!.features;
    expect(trainer.trainDifferences[0]).toEqual(f(c.chosen).map((v, j) => v - f(c.rejected)[j]!));
  });
  it.each([
    [{ learningRate: 0 }, 'learningRate'],
    [{ batchSize: 0 }, 'batchSize'],
    [{ validationFraction: 0.95 }, 'validationFraction'],
    [{ l2: -1 }, 'l2'],
    [{ epochs: 0 }, 'epochs'],
    [{ seed: -1 }, 'seed'],
  ])('rejects %j with a RangeError naming %s', (options, name) => {
    expect(() => createRewardModelTrainer(world, data, options)).toThrow(new RegExp(`^${name} must be`));
  });
  it('rejects comparisons outside the world and a split with no training pair', () => {
    expect(() => createRewardModelTrainer(world, [{ prompt: 8, chosen: 0, rejected: 1, annotator: 0, flipped: false }])).toThrow(/^comparisons\[0\]\.prompt must be/);
    expect(() => createRewardModelTrainer(world, [])).toThrow(/^comparisons must be/);
    expect(() => createRewardModelTrainer(world, data.slice(0, 1), { validationFraction: 0.9 })).toThrow(/^validationFraction must be/);
  });
});

describe('rewardModelStep(trainer, state)', () => {
  const world = createWorld();
  const data = drawPreferences(world);

  it('starts at θ = 0 with loss log 2 and accuracy 0 (ties count as wrong)', () => {
    const s = rewardModelInitialState(createRewardModelTrainer(world, data));
    expect(s.trainLoss).toBeCloseTo(Math.LN2, 15);
    expect(s.validationLoss).toBeCloseTo(Math.LN2, 15);
    expect(s.trainAccuracy).toBe(0);
  });
  it('takes a full-batch step along minus the gradient (central finite differences of the loss, h = 1e-6)', () => {
    const trainer = createRewardModelTrainer(world, data, { batchSize: 1000, learningRate: 0.1, l2: 0.01 });
    const start = { ...rewardModelInitialState(trainer), weights: [0.3, -0.2, 0.5] };
    const next = rewardModelStep(trainer, start);
    const objective = (w: number[]) => meanLoss(w, trainer.trainDifferences) + (0.01 / 2) * w.reduce((s, v) => s + v * v, 0);
    start.weights.forEach((w, j) => {
      const plus = [...start.weights];
      const minus = [...start.weights];
      plus[j] = w + 1e-6;
      minus[j] = w - 1e-6;
      const gradient = (objective(plus) - objective(minus)) / 2e-6;
      expect(next.weights[j]).toBeCloseTo(w - 0.1 * gradient, 8);
    });
    expect(next.trainLoss).toBeCloseTo(meanLoss(next.weights, trainer.trainDifferences), 12);
  });
  it('never mutates its inputs and is deterministic (frozen trainer and state)', () => {
    const trainer = deepFreeze(createRewardModelTrainer(world, data));
    const state = deepFreeze(rewardModelInitialState(trainer));
    const a = runSteps(rewardModelStep, trainer, state, 25);
    expect(runSteps(rewardModelStep, trainer, state, 25)).toEqual(a);
    expect(state.step).toBe(0);
  });
  it('uses a different minibatch order for another seed', () => {
    const a = createRewardModelTrainer(world, data, { seed: 1, validationFraction: 0 });
    const b = createRewardModelTrainer(world, data, { seed: 2, validationFraction: 0 });
    expect(rewardModelStep(a, rewardModelInitialState(a)).weights).not.toEqual(rewardModelStep(b, rewardModelInitialState(b)).weights);
  });
  it('reports null validation metrics without a split', () => {
    const trainer = createRewardModelTrainer(world, data, { validationFraction: 0 });
    expect(rewardModelInitialState(trainer).validationLoss).toBeNull();
  });
  it('lowers the training loss over a default run', () => {
    const trainer = createRewardModelTrainer(world, data);
    const end = runSteps(rewardModelStep, trainer, rewardModelInitialState(trainer), trainer.steps);
    expect(end.step).toBe(100);
    expect(end.epoch).toBe(10);
    expect(end.trainLoss).toBeLessThan(Math.LN2 - 0.05);
    expect(end.validationAccuracy).toBeGreaterThan(0.55);
  });

  it('orders held-out responses like the gold reward on clean comparisons (Kendall τ > 0.9, seeds 42 and 7)', () => {
    // 1500 comparisons by one noise-0.5, flip-free, unbiased annotator on a 40-prompt world (seed 42), fitted full
    // batch; the held-out responses are a fresh 25 × 4 world (seed 7) with the same gold weights.
    const train = createWorld({ seed: 42, prompts: 40, annotators: [clean] });
    const trainer = createRewardModelTrainer(train, drawPreferences(train, { count: 1500 }), { epochs: 40, batchSize: 1500, learningRate: 2 });
    const end = runSteps(rewardModelStep, trainer, rewardModelInitialState(trainer), trainer.steps);
    const heldOut = createWorld({ seed: 7, prompts: 25 });
    const learned = rewardModelRewards(heldOut, end.weights).flat();
    const gold = heldOut.prompts.flatMap((p) => p.responses.map((r) => r.goldReward));
    expect(kendallTau(learned, gold)).toBeGreaterThan(0.9);
    // and a reward model from unit weights on length alone does not (the check can fail)
    expect(kendallTau(rewardModelRewards(heldOut, [0, 0, 1]).flat(), gold)).toBeLessThan(0.6);
  });

  it('learns an annotator’s length bias as if it were quality; an unbiased annotator’s data gives length little weight', () => {
    // Gold gives length weight 0; the biased annotator adds λ = 1 per unit of length, so its utility is
    // (1, 0.5, 1)·φ and the fit's length weight comes out comparable to its helpfulness weight (1.2 "proxy reward").
    const fit = (lengthBias: number) => {
      const world = createWorld({ seed: 42, prompts: 100, responsesPerPrompt: 6, annotators: [{ name: 'a', noise: 1, flipRate: 0.1, lengthBias }] });
      const trainer = createRewardModelTrainer(world, drawPreferences(world, { count: 1500 }), { epochs: 40, batchSize: 1500, learningRate: 2 });
      return runSteps(rewardModelStep, trainer, rewardModelInitialState(trainer), trainer.steps).weights as [number, number, number];
    };
    const [help, , length] = fit(1);
    expect(length / help).toBeGreaterThan(0.6);
    const [fairHelp, , fairLength] = fit(0);
    expect(Math.abs(fairLength / fairHelp)).toBeLessThan(0.25);
  });
});

describe('rewardModelRewards(world, weights)', () => {
  it('is θ·φ, equal to the gold reward for θ = w*', () => {
    const world = createWorld();
    const r = rewardModelRewards(world, world.goldWeights);
    world.prompts.forEach((p, x) => p.responses.forEach((y, i) => expect(r[x]![i]).toBeCloseTo(y.goldReward, 14)));
  });
});
