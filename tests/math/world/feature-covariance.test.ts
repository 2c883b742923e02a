import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../src/math/world/create-world.ts';
import { featureCovariance } from '../../../src/math/world/feature-covariance.ts';

describe('featureCovariance(world)', () => {
  it('is the population covariance of (h, s, ρh + √(1−ρ²)z)', () => {
    expect(featureCovariance(createWorld({ lengthCorrelation: 0.5 }))).toEqual([
      [1, 0, 0.5],
      [0, 1, 0],
      [0.5, 0, 1],
    ]);
    expect(featureCovariance({ lengthCorrelation: -0.3 })[2]![0]).toBe(-0.3);
  });
  it('matches the sample covariance of a large world', () => {
    // 100 prompts × 16 responses = 1600 draws: sample covariances within ±0.1 of the population values
    const world = createWorld({ prompts: 100, responsesPerPrompt: 16, lengthCorrelation: 0.5 });
    const features = world.prompts.flatMap((p) => p.responses.map((r) => r.features));
    const mean = [0, 1, 2].map((j) => features.reduce((s, f) => s + f[j]!, 0) / features.length);
    const sigma = featureCovariance(world);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        const cov = features.reduce((s, f) => s + (f[i]! - mean[i]!) * (f[j]! - mean[j]!), 0) / (features.length - 1);
        expect(Math.abs(cov - sigma[i]![j]!)).toBeLessThan(0.1);
      }
    }
  });
});
