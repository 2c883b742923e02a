import { describe, expect, it } from 'vitest';
import { annotatorPreferenceProbability, preferenceBeforeFlip, utilityGap } from '../../../src/math/world/annotator.ts';
import { createWorld } from '../../../src/math/world/create-world.ts';

const sigma = (z: number) => 1 / (1 + Math.exp(-z));

describe('annotatorPreferenceProbability(world, annotator, prompt, a, b)', () => {
  const world = createWorld({
    seed: 9,
    annotators: [
      { name: 'biased', noise: 2, flipRate: 0.2, lengthBias: 1.5 },
      { name: 'exact', noise: 0, flipRate: 0, lengthBias: 0 },
    ],
  });
  const [r0, r1] = world.prompts[3]!.responses as [(typeof world.prompts)[0]['responses'][0], (typeof world.prompts)[0]['responses'][0]];

  it('is (1 − ε) σ(Δu/τ) + ε σ(−Δu/τ) with Δu = Δr* + λ Δlength (formula written out here)', () => {
    const du = r0.goldReward - r1.goldReward + 1.5 * (r0.features[2]! - r1.features[2]!);
    expect(annotatorPreferenceProbability(world, 0, 3, 0, 1)).toBeCloseTo(0.8 * sigma(du / 2) + 0.2 * sigma(-du / 2), 15);
  });
  it('is complementary in the two responses', () => {
    expect(annotatorPreferenceProbability(world, 0, 3, 0, 1) + annotatorPreferenceProbability(world, 0, 3, 1, 0)).toBeCloseTo(1, 15);
  });
  it('is the sign of the gold gap for a noise-free annotator, ½ for a response against itself', () => {
    expect(annotatorPreferenceProbability(world, 1, 3, 0, 1)).toBe(r0.goldReward > r1.goldReward ? 1 : 0);
    expect(annotatorPreferenceProbability(world, 1, 3, 2, 2)).toBe(0.5);
  });
  it('rejects indices outside the world, naming them', () => {
    expect(() => annotatorPreferenceProbability(world, 2, 0, 0, 1)).toThrow(/^annotator must be/);
    expect(() => annotatorPreferenceProbability(world, 0, 8, 0, 1)).toThrow(/^prompt must be/);
    expect(() => annotatorPreferenceProbability(world, 0, 0, 4, 1)).toThrow(/^a must be/);
    expect(() => annotatorPreferenceProbability(world, 0, 0, 0, -1)).toThrow(/^b must be/);
  });
});

describe('utilityGap(world, annotator, prompt, a, b) and preferenceBeforeFlip(gap, noise)', () => {
  it('adds λ times the length gap to the gold gap', () => {
    const world = createWorld({ annotators: [{ name: 'x', noise: 1, flipRate: 0, lengthBias: 2 }] });
    const [a, b] = world.prompts[0]!.responses as [{ goldReward: number; features: number[] }, { goldReward: number; features: number[] }];
    expect(utilityGap(world, 0, 0, 0, 1)).toBeCloseTo(a.goldReward - b.goldReward + 2 * (a.features[2]! - b.features[2]!), 15);
  });
  it('is σ(gap/τ), or a step for τ = 0', () => {
    expect(preferenceBeforeFlip(1, 2)).toBeCloseTo(sigma(0.5), 15);
    expect(preferenceBeforeFlip(-0.1, 0)).toBe(0);
    expect(preferenceBeforeFlip(0, 0)).toBe(0.5);
  });
});
