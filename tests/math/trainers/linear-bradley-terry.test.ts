import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sigmoid } from '../../../src/math/stable.ts';
import { fitLinearBradleyTerry } from '../../../src/math/trainers/linear-bradley-terry.ts';
import { createWorld } from '../../../src/math/world/create-world.ts';
import { drawPreferences } from '../../../src/math/world/preferences.ts';

const small = createWorld({ seed: 42, prompts: 2, responsesPerPrompt: 3 });
const comparisons = [
  [0, 0, 1],
  [0, 2, 1],
  [1, 1, 0],
  [1, 2, 0],
  [0, 1, 2],
  [1, 0, 2],
  [0, 0, 2],
].map(([prompt, chosen, rejected]) => ({ prompt: prompt!, chosen: chosen!, rejected: rejected! }));

/** ∂L/∂θ at θ: −Σ σ(−θ·d) d + λθ. */
function gradient(world: typeof small, data: typeof comparisons, theta: number[], prior: number): number[] {
  const g = theta.map((t) => prior * t);
  for (const c of data) {
    const w = world.prompts[c.prompt]!.responses[c.chosen]!.features;
    const l = world.prompts[c.prompt]!.responses[c.rejected]!.features;
    const d = w.map((v, j) => v - l[j]!);
    const m = d.reduce((s, v, j) => s + v * theta[j]!, 0);
    d.forEach((v, j) => (g[j]! -= sigmoid(-m) * v));
  }
  return g;
}

describe('fitLinearBradleyTerry(world, comparisons, options)', () => {
  it('matches scipy.optimize.minimize on the same loss', () => {
    // Python: features np.random.seed(42); randn(2*3*3), length = 0.5h + √0.75 z; the seven comparisons above;
    // minimize Σ logaddexp(0, −θ·d) + 0.05‖θ‖² with BFGS (gtol 1e-12) →
    // [-0.9495816789750456, -0.32477831590623657, -0.7744370358531361]
    const fit = fitLinearBradleyTerry(small, comparisons);
    expect(fit.converged).toBe(true);
    expect(fit.weights[0]).toBeCloseTo(-0.9495816789750456, 7);
    expect(fit.weights[1]).toBeCloseTo(-0.32477831590623657, 7);
    expect(fit.weights[2]).toBeCloseTo(-0.7744370358531361, 7);
  });
  it('stops where the gradient of the penalized loss vanishes', () => {
    const world = createWorld({ prompts: 20 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0.01, max: 10, noNaN: true }), (count, seed, prior) => {
        const data = drawPreferences(world, { count, seed, annotators: 0 });
        const fit = fitLinearBradleyTerry(world, data, { prior });
        expect(fit.converged).toBe(true);
        for (const g of gradient(world, data, fit.weights, prior)) expect(Math.abs(g)).toBeLessThan(1e-7);
      }),
      { numRuns: 40 },
    );
  });
  it('stays finite on separable data, and a stronger prior shrinks the weights', () => {
    const one = [{ prompt: 0, chosen: 0, rejected: 1 }];
    const weak = fitLinearBradleyTerry(small, one, { prior: 1e-3 });
    const strong = fitLinearBradleyTerry(small, one, { prior: 10 });
    expect(weak.weights.every(Number.isFinite)).toBe(true);
    const norm = (w: number[]) => Math.hypot(...w);
    expect(norm(strong.weights)).toBeLessThan(norm(weak.weights));
  });
  it('recovers the gold direction from many clean labels', () => {
    const world = createWorld({ prompts: 100, annotators: [{ name: 'sharp', noise: 0.5, flipRate: 0, lengthBias: 0 }] });
    const { weights } = fitLinearBradleyTerry(world, drawPreferences(world, { count: 3000, annotators: 0 }));
    // gold w* = (1, 0.5, 0): the fitted weights point the same way (cosine above 0.99)
    const cos = (weights[0]! * 1 + weights[1]! * 0.5) / (Math.hypot(...weights) * Math.hypot(1, 0.5));
    expect(cos).toBeGreaterThan(0.99);
  });
  it('rejects bad comparisons and options', () => {
    expect(() => fitLinearBradleyTerry(small, [])).toThrow(/^comparisons must be/);
    expect(() => fitLinearBradleyTerry(small, [{ prompt: 5, chosen: 0, rejected: 1 }])).toThrow(/^comparisons\[0\]\.prompt/);
    expect(() => fitLinearBradleyTerry(small, comparisons, { prior: 0 })).toThrow(/^prior must be/);
    expect(() => fitLinearBradleyTerry(small, comparisons, { maxIterations: 0 })).toThrow(/^maxIterations must be/);
    expect(() => fitLinearBradleyTerry(small, comparisons, { tolerance: -1 })).toThrow(/^tolerance must be/);
  });
});
