// Expected values from an independent numpy reimplementation (the toy world from np.random.seed(42) and
// np.random.seed([42, 1]), full-batch gradient descent with η = 0.5 for 60 steps on mean softplus(m(r) − θ·d)),
// written for content/chapter-3/reward-margins.mdx; it agrees with src/math to about 1e-12.
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../src/math/world/create-world.ts';
import { drawPreferences } from '../../../src/math/world/preferences.ts';
import { createMarginRewardTrainer, marginRewardInitialState, marginRewardStep } from '../../../src/math/trainers/margin-reward-model.ts';
import { expectAllClose } from '../expect-close.ts';

const world = createWorld();
const comparisons = drawPreferences(world);

function train(variant: 'none' | 'small' | 'large', steps = 60) {
  const trainer = createMarginRewardTrainer(world, comparisons, { variant, learningRate: 0.5, steps });
  let state = marginRewardInitialState(trainer);
  for (let i = 0; i < steps; i++) state = marginRewardStep(trainer, state);
  return { trainer, state };
}

describe('createMarginRewardTrainer(world, comparisons, options)', () => {
  it('rates the 200 default pairs 39, 60, 65, 36 by their gold gap (numpy)', () => {
    const { ratings, ratingMargins } = createMarginRewardTrainer(world, comparisons, { variant: 'large' });
    expect([0, 1, 2, 3].map((r) => ratings.filter((v) => v === r).length)).toEqual([39, 60, 65, 36]);
    ratings.forEach((r, i) => expect(ratingMargins[i]).toBe([3, 2, 1, 0][r]));
  });

  it('rejects bad options with a RangeError naming the option', () => {
    expect(() => createMarginRewardTrainer(world, comparisons, { variant: 'huge' as never })).toThrow(/^variant/);
    expect(() => createMarginRewardTrainer(world, comparisons, { learningRate: 0 })).toThrow(/^learningRate/);
    expect(() => createMarginRewardTrainer(world, comparisons, { steps: 0 })).toThrow(/^steps/);
  });
});

describe('marginRewardInitialState(trainer) and marginRewardStep(trainer, state)', () => {
  it('start at θ = 0 with every margin a tie: loss log 2 without a margin term, error rate 1', () => {
    const s = marginRewardInitialState(createMarginRewardTrainer(world, comparisons));
    expect(s.loss).toBeCloseTo(Math.LN2, 12);
    expect(s.errorRate).toBe(1);
  });

  it('reach the numpy end state after 60 steps for each variant', () => {
    const none = train('none').state;
    expect(none.loss).toBeCloseTo(0.6305506800560798, 10);
    expect(none.errorRate).toBe(0.335);
    expectAllClose(none.weights, [0.7795597472923397, 0.22423251355098653, 0.3329996322588171], 10);
    const small = train('small').state;
    expect(small.loss).toBeCloseTo(0.8709905107192698, 10);
    expect(small.errorRate).toBe(0.335);
    expectAllClose(small.weights, [1.1116121820055014, 0.35748201573370975, 0.4028062673090089], 10);
    const large = train('large').state;
    expect(large.loss).toBeCloseTo(1.4592581352637228, 10);
    expect(large.errorRate).toBe(0.39);
    expectAllClose(large.weights, [2.053358336110194, 0.8040048283934644, 0.5714378109379259], 10);
  });

  it('never modify the state they are given', () => {
    const trainer = createMarginRewardTrainer(world, comparisons, { variant: 'small' });
    const s0 = marginRewardInitialState(trainer);
    const copy = structuredClone(s0);
    marginRewardStep(trainer, s0);
    expect(s0).toEqual(copy);
  });
});
