import { describe, expect, it } from 'vitest';
import { rankingLoss } from '../../../src/math/kwise-ranking.ts';
import {
  createRankingRewardTrainer,
  rankingFit,
  rankingRewardFits,
  rankingRewardInitialState,
  rankingRewardStep,
} from '../../../src/math/trainers/ranking-reward-model.ts';
import { runSteps } from '../../../src/math/trainers/run-steps.ts';
import { createWorld } from '../../../src/math/world/create-world.ts';
import { drawRankings } from '../../../src/math/world/rankings.ts';

/*
 * Reference values: a plain numpy 2.4 re-implementation (world from np.random.seed(42); randn(40*9*3), rankings by
 * Gumbel-max from np.random.seed([seed, 5]), validation from seed + 1, minibatch orders from
 * np.random.seed([seed, 3, e]).permutation(n), gradient steps written from the loss), printed to 16 digits.
 */
const world = createWorld({ prompts: 40, responsesPerPrompt: 9 });
const base = { size: 9, noise: 1, learningRate: 1, batchSize: 4, epochs: 4 } as const;

describe('createRankingRewardTrainer(world, options)', () => {
  it('K-wise: one element per prompt with weight 1/C(K,2); shuffled pairs: C(K,2) elements per prompt of weight 1', () => {
    const kwise = createRankingRewardTrainer(world, { ...base, batching: 'kwise' });
    const pairs = createRankingRewardTrainer(world, { ...base, batching: 'pairs' });
    expect(kwise.elements).toHaveLength(40);
    expect(kwise.elements[0]).toHaveLength(36);
    expect(kwise.elements[0]![0]!.weight).toBeCloseTo(1 / 36, 15);
    expect(pairs.elements).toHaveLength(1440);
    expect(pairs.elements.every((e) => e.length === 1 && e[0]!.weight === 1)).toBe(true);
    expect([kwise.stepsPerEpoch, pairs.stepsPerEpoch, kwise.steps, pairs.steps]).toEqual([10, 360, 40, 1440]);
  });

  it('draws the training rankings with the seed and the validation rankings with seed + 1', () => {
    const t = createRankingRewardTrainer(world, { ...base, seed: 7 });
    expect(t.trainRankings).toEqual(drawRankings(world, { size: 9, seed: 7 }));
    expect(t.validationRankings).toEqual(drawRankings(world, { size: 9, seed: 8 }));
    expect(t.validationRankings).not.toEqual(t.trainRankings);
    expect(createRankingRewardTrainer(world, { seed: 0xffffffff }).validationRankings).toEqual(drawRankings(world, { seed: 0 }));
  });

  it('rejects malformed options with a RangeError naming the option', () => {
    expect(() => createRankingRewardTrainer(world, { batching: 'all' as never })).toThrow(/batching/);
    expect(() => createRankingRewardTrainer(world, { size: 10 })).toThrow(/size/);
    expect(() => createRankingRewardTrainer(world, { size: 1 })).toThrow(RangeError);
    expect(() => createRankingRewardTrainer(world, { noise: 0 })).toThrow(/noise/);
    expect(() => createRankingRewardTrainer(world, { batchSize: 0 })).toThrow(/batchSize/);
    expect(() => createRankingRewardTrainer(world, { learningRate: -1 })).toThrow(/learningRate/);
    expect(() => createRankingRewardTrainer(world, { epochs: 0 })).toThrow(/epochs/);
    expect(() => createRankingRewardTrainer(world, { seed: -1 })).toThrow(/seed/);
  });
});

describe('rankingFit(rewards, rankings)', () => {
  it('is the mean over prompts of rankingLoss, and the share of pairs ordered strictly', () => {
    const rewards = [[1.2, 0.4, 0, -0.5], [0, 1, 2, 3]];
    const rankings = [[0, 1, 2, 3], [0, 3, 1, 2]];
    const fit = rankingFit(rewards, rankings);
    expect(fit.loss).toBeCloseTo((rankingLoss(rewards[0]!, rankings[0]!) + rankingLoss(rewards[1]!, rankings[1]!)) / 2, 14);
    // Prompt 2: pairs (0,3) (0,1) (0,2) wrong, (3,1) (3,2) right, (1,2) wrong → 2 right; prompt 1: 6 right.
    expect(fit.accuracy).toBe(8 / 12);
    expect(rankingFit([[0, 0]], [[0, 1]])).toEqual({ loss: Math.LN2, accuracy: 0 });
  });
});

describe('rankingRewardStep(trainer, state)', () => {
  it('one step from zero moves each pair member by η/b · c · ½ (σ(0) = ½), without mutating the state', () => {
    const t = createRankingRewardTrainer(world, { ...base, batching: 'kwise' });
    const s0 = rankingRewardInitialState(t);
    const s1 = rankingRewardStep(t, s0);
    expect(s0.rewards.every((row) => row.every((v) => v === 0))).toBe(true);
    // The first-ranked answer of a prompt in the batch wins all 8 of its pairs: 8 · (1/4) · (1/36) · ½.
    const moved = s1.rewards.map((row, x) => ({ x, top: row[t.trainRankings[x]![0]!]! })).filter((r) => r.top !== 0);
    expect(moved).toHaveLength(4);
    for (const r of moved) expect(r.top).toBeCloseTo((8 * 0.5) / (4 * 36), 15);
    expect(s1.step).toBe(1);
    expect(s1.epoch).toBe(0.1);
  });

  it('matches numpy at the end of epochs 1 and 4, both batchings (K = 9, τ = 1, η = 1, b = 4, seed 42)', () => {
    const expected = {
      pairs: { 1: [0.4282981766926931, 0.632214355405541], 4: [0.23320881222280126, 0.7328703415528073] },
      kwise: { 1: [0.6816635231624976, 0.6886369027921265], 4: [0.6493030297031063, 0.6765500558838174] },
    } as const;
    for (const batching of ['pairs', 'kwise'] as const) {
      const t = createRankingRewardTrainer(world, { ...base, batching });
      const one = runSteps(rankingRewardStep, t, rankingRewardInitialState(t), t.stepsPerEpoch);
      const four = runSteps(rankingRewardStep, t, one, 3 * t.stepsPerEpoch);
      const [f1, f4] = [rankingRewardFits(t, one), rankingRewardFits(t, four)];
      expect(f1.train.loss).toBeCloseTo(expected[batching][1][0], 12);
      expect(f1.validation.loss).toBeCloseTo(expected[batching][1][1], 12);
      expect(f4.train.loss).toBeCloseTo(expected[batching][4][0], 12);
      expect(f4.validation.loss).toBeCloseTo(expected[batching][4][1], 12);
      expect(f4.train.accuracy).toBe(1);
      expect(f4.validation.accuracy).toBeCloseTo(0.6541666666666667, 15); // numpy: 942 of the 1440 validation pairs
    }
    // The labeller's own model r*/τ on the validation rankings (numpy: 0.5331521017558463, 0.7305555555555555).
    const t = createRankingRewardTrainer(world, base);
    const gold = rankingFit(t.gold, t.validationRankings);
    expect(gold.loss).toBeCloseTo(0.5331521017558463, 12);
    expect(gold.accuracy).toBeCloseTo(0.7305555555555555, 15);
  });

  it('stays finite with a huge step size', () => {
    const t = createRankingRewardTrainer(world, { ...base, batching: 'pairs', learningRate: 1e6, epochs: 1 });
    const end = runSteps(rankingRewardStep, t, rankingRewardInitialState(t), t.steps);
    const fits = rankingRewardFits(t, end);
    expect(Number.isFinite(fits.train.loss) && Number.isFinite(fits.validation.loss)).toBe(true);
    expect(end.rewards.flat().every(Number.isFinite)).toBe(true);
  });
});

describe('rankingRewardStep(trainer, state) at η = C(K,2)', () => {
  it('a K-wise step pushes each pair as far as its own shuffled-pair step at η = 1: φ_y = (η/b)(1/C(K,2))·½·(wins − losses)', () => {
    // From zero every σ(−m) is ½, so after one K-wise step with η = 36, b = 4, the answer at rank i (0-based) of a
    // batched prompt has (1/4)·½·((K − 1 − i) − i) = (8 − 2i)/8: the push of η = 1 on a batch of 4 single pairs.
    const kwise = createRankingRewardTrainer(world, { ...base, learningRate: 36, batching: 'kwise' });
    const next = rankingRewardStep(kwise, rankingRewardInitialState(kwise));
    const moved = next.rewards.map((row, x) => [row, x] as const).filter(([row]) => row.some((v) => v !== 0));
    expect(moved).toHaveLength(4);
    for (const [row, x] of moved) {
      kwise.trainRankings[x]!.forEach((y, i) => expect(row[y]).toBeCloseTo((8 - 2 * i) / 8, 14));
    }
  });
});
