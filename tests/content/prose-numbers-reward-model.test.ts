/**
 * The numbers and facts the prose of section 2.2 (content/chapter-2/reward-model.mdx) states, recomputed with
 * `src/math`. The section computes its numbers inside MDX expressions at build time; this test checks the few
 * written out in the exercises, the facts its sentences state in words (orders, which label is flipped, which
 * weight is larger), and sweeps the prose for any decimal number that is neither an input nor checked, in the
 * manner of prose-numbers.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { sectionProse } from './section-prose';
import { DEFAULT_ANNOTATORS, WORLD_DEFAULTS } from '../../src/math/index';
import { deriveRewardModel } from '../../src/widgets/reward-model/model';
import { rewardModelDefaults, type RewardModelWidgetState } from '../../src/widgets/reward-model/state';
import { rewardModelProblem } from '../../src/widgets/reward-model/training';

const at = (changes: Partial<RewardModelWidgetState>) => deriveRewardModel({ ...rewardModelDefaults, ...changes });
const d = at({});
const norm = (w: readonly number[]) => Math.hypot(...w);
const best = (derived: ReturnType<typeof at>, k: number) => Math.max(...derived.responses.filter((r) => r.prompt === k).map((r) => r.shifted));

describe('content/chapter-2/reward-model.mdx', () => {
  const text = sectionProse('chapter-2/reward-model.mdx');

  it('states no decimal number that is neither an input nor checked', () => {
    // Inputs: the gold weight 0.5 of w* = (1, 0.5, 0), slider settings (η = 0.05), the annotators' length bias 0.3,
    // the exercises' givens (d₁ = (1, 0, 0.5), d₂ = (0.6, 1, −0.2), η = 0.5, a start weight of 0.7). Checked below:
    // the worked solutions' 1.6, 0.3 (d₁ + d₂), 0.2, 0.125 and 0.0375. Everything else is an MDX expression.
    const inputs = new Set(['0.5', '0.05', '0.6', '0.2', '0.3', '0.7', '100%']); // 100%: "well below 100%" accuracy, a bound
    const checked = new Set(['1.6', '0.125', '0.0375']);
    const unchecked = [...text.matchAll(/\d+\.\d+|\d+%/g)].map((m) => m[0]).filter((token) => !inputs.has(token) && !checked.has(token));
    expect([...new Set(unchecked)]).toEqual([]);
  });

  it('the gold weights it quotes are the world’s, and so are the annotators it describes', () => {
    expect(WORLD_DEFAULTS.goldWeights).toEqual([1, 0.5, 0]);
    expect(text).toContain('$w^* = (1, 0.5, 0)$');
    expect(DEFAULT_ANNOTATORS.map((a) => a.lengthBias)).toEqual([0, 0.3, 1]);
  });

  it('exercise rm-1 works out d₁ + d₂ = (1.6, 1, 0.3) and w = (0.2, 0.125, 0.0375)', () => {
    const sum = [1 + 0.6, 0 + 1, 0.5 - 0.2];
    expect(sum.map((v) => Number(v.toFixed(4)))).toEqual([1.6, 1, 0.3]);
    expect(sum.map((v) => (0.5 / 2) * 0.5 * v)).toEqual([0.2, 0.125, 0.0375]);
    expect(text).toContain('$w = (0.2, 0.125, 0.0375)$');
  });

  it('exercise rm-2 works out v = w* + e₃ = (1, 0.5, 1), w → v/2 = (1/2, 1/4, 1/2) and cos(w, w*) = √5/3 for τ = 2, λ = 1', () => {
    const v = WORLD_DEFAULTS.goldWeights.map((w, j) => w + (j === 2 ? DEFAULT_ANNOTATORS[2]!.lengthBias : 0));
    expect(v).toEqual([1, 0.5, 1]);
    expect(DEFAULT_ANNOTATORS[2]).toMatchObject({ noise: 2, lengthBias: 1 }); // "like the hurried annotator"
    expect(v.map((x) => x / 2)).toEqual([1 / 2, 1 / 4, 1 / 2]);
    const dot = v.reduce((s, x, j) => s + x * WORLD_DEFAULTS.goldWeights[j]!, 0);
    expect(dot).toBe(5 / 4);
    expect(norm(v)).toBeCloseTo(3 / 2, 12);
    expect(norm(WORLD_DEFAULTS.goldWeights)).toBeCloseTo(Math.sqrt(5) / 2, 12);
    expect(dot / (norm(v) * norm(WORLD_DEFAULTS.goldWeights))).toBeCloseTo(Math.sqrt(5) / 3, 12);
    expect(text).toContain('(1/2, 1/4, 1/2)');
    expect(text).toContain('(1, 0.5, 1)');
  });

  it('derivation: some pairs of responses are labelled both ways, and the first label is a flipped one', () => {
    const { comparisons } = rewardModelProblem(rewardModelDefaults);
    const seen = new Set(comparisons.map((c) => `${c.prompt}:${c.chosen}:${c.rejected}`));
    expect(comparisons.some((c) => seen.has(`${c.prompt}:${c.rejected}:${c.chosen}`))).toBe(true);
    expect(comparisons[0]!.flipped).toBe(true);
    expect(d.plain.firstProbability).toBeLessThan(0.5); // "the model disagrees with it"
  });

  it('worked example: within prompt 1 the learned rewards order the responses 3, 2, 1, 4 like the gold ones, and each is larger', () => {
    const prompt1 = d.responses.filter((r) => r.prompt === 1);
    const order = (key: 'gold' | 'learned') => [...prompt1].sort((a, b) => b[key] - a[key]).map((r) => r.response);
    expect(order('gold')).toEqual([3, 2, 1, 4]);
    expect(order('learned')).toEqual([3, 2, 1, 4]);
    for (const r of prompt1) expect(r.learned).toBeGreaterThan(r.gold);
    expect(norm(d.weights)).toBeGreaterThan(norm(d.goldWeights));
  });

  it('try it: at c = 0 the learned reward rises along the arrow w (points toward its tip score higher)', () => {
    const along = d.responses.map((r) => r.features[0]! * d.weights[0]! + r.features[1]! * d.weights[1]!);
    const rewards = d.responses.map((r) => r.shifted);
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    const [ma, mr] = [mean(along), mean(rewards)];
    const cov = mean(along.map((a, i) => (a - ma) * (rewards[i]! - mr)));
    const corr = cov / Math.sqrt(mean(along.map((a) => (a - ma) ** 2)) * mean(rewards.map((r) => (r - mr) ** 2)));
    expect(corr).toBeGreaterThan(0.95);
  });

  it('what to notice: after one step w₂ > w₁, and the trained model has w₁ > w₂', () => {
    const one = at({ steps: 1 });
    expect(one.weights[1]!).toBeGreaterThan(one.weights[0]!);
    expect(d.weights[0]!).toBeGreaterThan(d.weights[1]!);
  });

  it('what to notice: η = 0.05 stops short with smaller weights; 300 steps come close to the default loss', () => {
    const slow = at({ learningRate: 0.05 });
    expect(norm(slow.weights)).toBeLessThan(norm(d.weights));
    expect(slow.plain.loss).toBeGreaterThan(d.plain.loss + 0.01);
    expect(at({ learningRate: 0.05, steps: 300 }).plain.loss - d.plain.loss).toBeLessThan(0.005);
  });

  it('what to notice: η = 10 alternates between two points, both with a higher loss than the defaults', () => {
    const [even, odd, evenBefore] = [at({ learningRate: 10 }), at({ learningRate: 10, steps: 99 }), at({ learningRate: 10, steps: 98 })];
    evenBefore.weights.forEach((w, j) => expect(w).toBeCloseTo(even.weights[j]!, 9));
    expect(Math.abs(odd.weights[1]! - even.weights[1]!)).toBeGreaterThan(1);
    expect(even.plain.loss).toBeGreaterThan(d.plain.loss);
    expect(odd.plain.loss).toBeGreaterThan(d.plain.loss);
  });

  it('what to notice: N = 400 gives a larger length weight than N = 100', () => {
    expect(at({ comparisons: 400 }).weights[2]!).toBeGreaterThan(d.weights[2]!);
  });

  it('common mistake: at c = 0 prompt 1’s best response outscores prompt 5’s; at c = 2 it is the other way round, with the same loss', () => {
    const two = at({ offset: 2 });
    expect(best(d, 1)).toBeGreaterThan(best(d, 5));
    expect(best(two, 1)).toBeLessThan(best(two, 5));
    expect(two.shifted.loss.toFixed(4)).toBe(d.plain.loss.toFixed(4));
  });
});
