import { describe, expect, it } from 'vitest';
import { createFeedbackLoop, feedbackLoopInitialState, feedbackLoopStep } from '../../../src/math/trainers/feedback-loop.ts';
import { runSteps } from '../../../src/math/trainers/run-steps.ts';
import { createWorld } from '../../../src/math/world/create-world.ts';

const world = (flipRate: number) =>
  createWorld({ seed: 42, prompts: 100, annotators: [{ name: 'a', noise: 1, flipRate, lengthBias: 0 }] });

describe('feedbackLoopStep(loop, state)', () => {
  it('matches an independent Python replication of two rounds', () => {
    // Python (numpy 2.4, scipy 1.17): the world from np.random.seed(42); round t draws 50 pairs from
    // np.random.seed([42·64 + t, 1]) with randint(P), choice(K, p=π_x), choice(K, p=rest renormalised), rand(),
    // rand(); the pooled labels are fitted with scipy BFGS on Σ logaddexp(0, −θ·d) + 0.05‖θ‖²; the policy is
    // softmax(log ¼ + φ·θ/0.5) per prompt; the metrics are means over prompts.
    const loop = createFeedbackLoop(world(0.2), { perRound: 50, beta: 0.5 });
    const start = feedbackLoopInitialState(loop);
    expect(start.metrics.goldReward).toBeCloseTo(0.05353365503124797, 12);
    expect(start.metrics.kl).toBe(0);
    expect(start.metrics.accuracy).toBeNull();
    expect(start.metrics.rewardScale).toBeNull();
    const one = feedbackLoopStep(loop, start);
    expect(one.round).toBe(1);
    expect(one.comparisons).toHaveLength(50);
    const w1 = [0.15576401697370193, 0.1437598387868874, -0.06284026855505385];
    w1.forEach((w, j) => expect(one.weights![j]).toBeCloseTo(w, 7));
    expect(one.metrics.goldReward).toBeCloseTo(0.308132667188273, 7);
    expect(one.metrics.helpfulness).toBeCloseTo(0.2276982849726445, 7);
    expect(one.metrics.harmlessness).toBeCloseTo(0.16086876443125692, 7);
    expect(one.metrics.kl).toBeCloseTo(0.05093328823001959, 7);
    expect(one.metrics.accuracy).toBeCloseTo(0.8476948911078621, 6);
    // θᵀΣw*/w*ᵀΣw* with numpy
    expect(one.metrics.rewardScale).toBeCloseTo(0.15697904167169496, 7);
    const two = feedbackLoopStep(loop, one);
    expect(two.comparisons).toHaveLength(100);
    expect(two.comparisons.slice(0, 50)).toEqual(one.comparisons);
    const w2 = [0.310738392901673, 0.1894618810755778, -0.18021252541192154];
    w2.forEach((w, j) => expect(two.weights![j]).toBeCloseTo(w, 7));
    expect(two.metrics.goldReward).toBeCloseTo(0.43904695333336025, 7);
    expect(two.metrics.helpfulness).toBeCloseTo(0.3381640408639307, 7);
    expect(two.metrics.harmlessness).toBeCloseTo(0.20176582493885895, 7);
    expect(two.metrics.kl).toBeCloseTo(0.13159369594609122, 7);
    expect(two.metrics.accuracy).toBeCloseTo(0.8262165477588864, 6);
    expect(two.metrics.rewardScale).toBeCloseTo(0.2522904565868009, 7);
  });
  it('does not modify the state it is given, and runs with runSteps', () => {
    const loop = createFeedbackLoop(world(0), { perRound: 20, rounds: 3 });
    const start = feedbackLoopInitialState(loop);
    const copy = structuredClone(start);
    const end = runSteps(feedbackLoopStep, loop, start, loop.steps);
    expect(start).toEqual(copy);
    expect(end.round).toBe(3);
    expect(end.comparisons).toHaveLength(60);
  });
  it('improves the gold reward with clean labels and not with coin-flip labels', () => {
    const clean = createFeedbackLoop(world(0), { perRound: 50, beta: 0.5 });
    const coin = createFeedbackLoop(world(0.5), { perRound: 50, beta: 0.5 });
    const cleanEnd = runSteps(feedbackLoopStep, clean, feedbackLoopInitialState(clean), 5);
    const coinEnd = runSteps(feedbackLoopStep, coin, feedbackLoopInitialState(coin), 5);
    expect(cleanEnd.metrics.goldReward).toBeGreaterThan(feedbackLoopInitialState(clean).metrics.goldReward + 0.5);
    expect(cleanEnd.metrics.goldReward).toBeGreaterThan(coinEnd.metrics.goldReward + 0.5);
  });
  it('rejects bad options', () => {
    const w = world(0);
    expect(() => createFeedbackLoop(w, { perRound: 0 })).toThrow(/^perRound must be/);
    expect(() => createFeedbackLoop(w, { beta: 0 })).toThrow(/^beta must be/);
    expect(() => createFeedbackLoop(w, { rounds: 64 })).toThrow(/^rounds must be/);
    expect(() => createFeedbackLoop(w, { annotator: 3 })).toThrow(/^annotator must be/);
    expect(() => createFeedbackLoop(w, { seed: 2 ** 26 })).toThrow(/^seed must be/);
  });
});
