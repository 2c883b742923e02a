import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotatorPreferenceProbability, createWorld, drawPreferences } from '../../../src/math/index.ts';
import { comparisonDifferences, fitLinearBradleyTerryMap } from '../../../src/math/trainers/linear-bradley-terry-map.ts';

describe('fitLinearBradleyTerryMap(differences, options)', () => {
  it('solves σ(−w) = ν·w for one pair with d = (1) (scipy.optimize.brentq: 1.6335061701558462)', () => {
    const fit = fitLinearBradleyTerryMap([[1]], { prior: 0.1 });
    expect(fit.converged).toBe(true);
    expect(fit.weights[0]).toBeCloseTo(1.6335061701558462, 12);
  });

  it('matches scipy on 50 comparisons of the default world by the careful annotator', () => {
    // python3 + numpy/scipy: np.random.seed(42); randn(96) → features (ρ = 0.5); np.random.seed([42, 1]); per pair
    // x = randint(0, 8), a = randint(0, 4), b = randint(0, 3) (+1 if ≥ a), u, v = rand(), rand(),
    // a chosen iff (u < σ(Δr*/0.5)) ≠ (v < 0.05); scipy.optimize.root of Σ σ(−w·d) d − 0.1 w (|gradient| < 1e-15).
    const world = createWorld();
    const differences = comparisonDifferences(world, drawPreferences(world, { count: 50, annotators: 0 }));
    const fit = fitLinearBradleyTerryMap(differences);
    const scipy = [1.1745755393137924, 0.5702540536594777, -0.21757821007211528];
    fit.weights.forEach((w, j) => expect(w).toBeCloseTo(scipy[j]!, 10));
  });

  it('recovers the annotator’s utility over its noise, (w* + λ e_ℓ)/τ, from its exact probabilities (content/chapter-1/proxy-reward.mdx)', () => {
    // Every pair of responses of every prompt, labelled softly with the annotator's exact probability: the
    // population fit. The closed form is w₀ = ((1, 0.5, 0) + 0.5·(0, 0, 1))/2 = (0.5, 0.25, 0.25).
    const world = createWorld({ annotators: [{ name: 'biased', noise: 2, flipRate: 0, lengthBias: 0.5 }] });
    const pairs = world.prompts.flatMap((p, x) => p.responses.flatMap((_, a) => p.responses.map((__, b) => ({ prompt: x, chosen: a, rejected: b })).filter((c) => c.rejected > a)));
    const targets = pairs.map((c) => annotatorPreferenceProbability(world, 0, c.prompt, c.chosen, c.rejected));
    const fit = fitLinearBradleyTerryMap(comparisonDifferences(world, pairs), { targets, prior: 1e-12 });
    expect(fit.converged).toBe(true);
    [0.5, 0.25, 0.25].forEach((w, j) => expect(fit.weights[j]).toBeCloseTo(w, 9));
  });

  it('stays finite on separable labels, where the plain maximum-likelihood weights diverge', () => {
    const fit = fitLinearBradleyTerryMap([[1, 0], [2, 1], [0.5, -1]], { prior: 0.1 });
    expect(fit.converged).toBe(true);
    for (const w of fit.weights) expect(Number.isFinite(w)).toBe(true);
  });

  it('makes the gradient Σ (p − σ(w·d)) d − νw vanish at its answer (property)', () => {
    const vector = fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 2, maxLength: 2 });
    fc.assert(
      fc.property(fc.array(fc.tuple(vector, fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 12 }), fc.double({ min: 0.01, max: 5, noNaN: true }), (rows, prior) => {
        const differences = rows.map(([d]) => d);
        const targets = rows.map(([, p]) => p);
        const { weights } = fitLinearBradleyTerryMap(differences, { targets, prior });
        const gradient = weights.map((w) => -prior * w);
        differences.forEach((d, i) => {
          const m = d[0]! * weights[0]! + d[1]! * weights[1]!;
          const push = targets[i]! - 1 / (1 + Math.exp(-m));
          gradient[0]! += push * d[0]!;
          gradient[1]! += push * d[1]!;
        });
        for (const g of gradient) expect(Math.abs(g)).toBeLessThan(1e-8);
      }),
      { numRuns: 100 },
    );
  });

  it('reaches the same maximiser from initialWeights, in fewer iterations from a nearby start (the refits of content/chapter-1/noisy-preferences.mdx)', () => {
    const world = createWorld();
    const differences = comparisonDifferences(world, drawPreferences(world, { count: 400, annotators: 0 }));
    const smaller = fitLinearBradleyTerryMap(differences.slice(0, 300));
    const cold = fitLinearBradleyTerryMap(differences);
    const warm = fitLinearBradleyTerryMap(differences, { initialWeights: smaller.weights });
    expect(warm.converged).toBe(true);
    warm.weights.forEach((w, j) => expect(w).toBeCloseTo(cold.weights[j]!, 10));
    expect(warm.iterations).toBeLessThan(cold.iterations);
  });

  it('rejects bad arguments with a RangeError naming them', () => {
    expect(() => fitLinearBradleyTerryMap([[1, 0]], { initialWeights: [0] })).toThrow(/^initialWeights must be/);
    expect(() => fitLinearBradleyTerryMap([[1, 0]], { initialWeights: [0, Infinity] })).toThrow(/^initialWeights\[1\] must be/);
    expect(() => fitLinearBradleyTerryMap([])).toThrow(/^differences must be/);
    expect(() => fitLinearBradleyTerryMap([[1, 2], [1]])).toThrow(/^differences\[1\] must be/);
    expect(() => fitLinearBradleyTerryMap([[1, NaN]])).toThrow(/^differences\[0\]\[1\] must be/);
    expect(() => fitLinearBradleyTerryMap([[1]], { targets: [1, 0] })).toThrow(/^targets must be/);
    expect(() => fitLinearBradleyTerryMap([[1]], { targets: [1.5] })).toThrow(/^targets\[0\] must be/);
    expect(() => fitLinearBradleyTerryMap([[1]], { prior: 0 })).toThrow(/^prior must be/);
    expect(() => fitLinearBradleyTerryMap([[1]], { maxIterations: 0 })).toThrow(/^maxIterations must be/);
    expect(() => fitLinearBradleyTerryMap([[1]], { tolerance: -1 })).toThrow(/^tolerance must be/);
  });
});

describe('comparisonDifferences(world, comparisons)', () => {
  it('is φ(chosen) − φ(rejected), and rejects comparisons outside the world', () => {
    const world = createWorld();
    const [d] = comparisonDifferences(world, [{ prompt: 1, chosen: 2, rejected: 0 }]);
    const r = world.prompts[1]!.responses;
    expect(d).toEqual(r[2]!.features.map((v, j) => v - r[0]!.features[j]!));
    expect(() => comparisonDifferences(world, [{ prompt: 8, chosen: 0, rejected: 1 }])).toThrow(/^comparisons\[0\]\.prompt must be/);
  });
});
