import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorld, DEFAULT_ANNOTATORS, FEATURE_NAMES, goldRewardTable, WORLD_DEFAULTS } from '../../../src/math/world/create-world.ts';

describe('createWorld(options)', () => {
  it('has the documented default size: 8 prompts × 4 responses × 3 features, 3 annotators', () => {
    const world = createWorld();
    expect(world.prompts).toHaveLength(WORLD_DEFAULTS.prompts);
    for (const p of world.prompts) {
      expect(p.responses).toHaveLength(4);
      for (const r of p.responses) expect(r.features).toHaveLength(FEATURE_NAMES.length);
    }
    expect(world.featureNames).toEqual(['helpfulness', 'harmlessness', 'length']);
    expect(world.annotators).toEqual(DEFAULT_ANNOTATORS.map((a) => ({ ...a })));
  });

  it('reproduces numpy: np.random.seed(42); randn(96) read as (prompt, response, feature)', () => {
    // Values printed by python3 + numpy 2.4 (legacy RandomState):
    //   np.random.seed(42); z = np.random.randn(96).reshape(8, 4, 3)
    //   feat = stack([z0, z1, 0.5*z0 + sqrt(0.75)*z2]); gold = feat @ [1, 0.5, 0]
    const world = createWorld({ seed: 42 });
    expect(world.prompts[0]!.responses[0]!.features[0]).toBe(0.4967141530112327); // np.random.randn() after seed(42)
    expect(world.prompts[2]!.responses[1]!.features).toEqual([0.37569801834567196, -0.600638689918805, -0.06476518827328354]);
    expect(world.prompts[2]!.responses[1]!.goldReward).toBeCloseTo(0.07537867338626947, 15);
    expect(world.prompts[7]!.responses[3]!.goldReward).toBeCloseTo(-0.523716223163847, 15);
  });

  it('gives an identical world for the same seed and a different one for another seed', () => {
    expect(JSON.stringify(createWorld({ seed: 7 }))).toBe(JSON.stringify(createWorld({ seed: 7 })));
    const a = createWorld({ seed: 7 }).prompts.flatMap((p) => p.responses.map((r) => r.goldReward));
    const b = createWorld({ seed: 8 }).prompts.flatMap((p) => p.responses.map((r) => r.goldReward));
    expect(a.filter((v, i) => v === b[i])).toHaveLength(0);
  });

  it('is plain data: a JSON round trip gives an equal world', () => {
    const world = createWorld({ seed: 3, prompts: 2 });
    expect(JSON.parse(JSON.stringify(world))).toEqual(world);
  });

  it('computes r* = w*·φ and the length feature with correlation ρ', () => {
    const world = createWorld({ seed: 5, goldWeights: [0.2, -1, 3], lengthCorrelation: 1 });
    for (const p of world.prompts) {
      for (const r of p.responses) {
        const [h, s, l] = r.features as [number, number, number];
        expect(r.goldReward).toBeCloseTo(0.2 * h - s + 3 * l, 14);
        expect(l).toBe(h); // ρ = 1: length is helpfulness
      }
    }
    expect(goldRewardTable(world)[1]![2]).toBe(world.prompts[1]!.responses[2]!.goldReward);
  });

  it('draws features with the stated correlation on a large world (sample ρ within 4 standard errors)', () => {
    const world = createWorld({ seed: 11, prompts: 100, responsesPerPrompt: 16, lengthCorrelation: 0.5 });
    const pairs = world.prompts.flatMap((p) => p.responses.map((r) => [r.features[0]!, r.features[2]!] as const));
    const n = pairs.length;
    const mean = (f: (v: readonly [number, number]) => number) => pairs.reduce((s, v) => s + f(v), 0) / n;
    const mh = mean((v) => v[0]);
    const ml = mean((v) => v[1]);
    const cov = mean((v) => (v[0] - mh) * (v[1] - ml));
    const rho = cov / Math.sqrt(mean((v) => (v[0] - mh) ** 2) * mean((v) => (v[1] - ml) ** 2));
    // Standard error of a sample correlation ≈ (1 − ρ²)/√n (Fisher).
    expect(Math.abs(rho - 0.5)).toBeLessThan((4 * (1 - 0.25)) / Math.sqrt(n));
  });

  it('accepts every option in range', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 0, max: 0xffffffff }),
          prompts: fc.integer({ min: 1, max: 100 }),
          responsesPerPrompt: fc.integer({ min: 2, max: 16 }),
          lengthCorrelation: fc.double({ min: -1, max: 1, noNaN: true }),
        }),
        (options) => {
          const world = createWorld(options);
          return world.prompts.length === options.prompts && world.prompts.every((p) => p.responses.every((r) => Number.isFinite(r.goldReward)));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('accepts a numeric option exactly when it is in range, else throws a RangeError naming it (property)', () => {
    const integerIn = (v: number, lo: number, hi: number) => Number.isInteger(v) && v >= lo && v <= hi;
    const valid: Record<string, (v: number) => boolean> = {
      seed: (v) => integerIn(v, 0, 0xffffffff),
      prompts: (v) => integerIn(v, 1, 100),
      responsesPerPrompt: (v) => integerIn(v, 2, 16),
      lengthCorrelation: (v) => Number.isFinite(v) && v >= -1 && v <= 1,
    };
    const value = fc.oneof(fc.constantFrom(NaN, Infinity, -Infinity, 2 ** 32, 0.5), fc.integer({ min: -5, max: 120 }), fc.double({ min: -3, max: 3, noNaN: true }));
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(valid)), value, (name, v) => {
        try {
          createWorld({ [name]: v });
          return valid[name]!(v);
        } catch (error) {
          return !valid[name]!(v) && error instanceof RangeError && error.message.startsWith(`${name} must be`);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('accepts gold weights as any array-like, e.g. a Float64Array', () => {
    expect(createWorld({ goldWeights: new Float64Array([1, 0.5, 0]) })).toEqual(createWorld());
  });

  it.each([
    [{ seed: -1 }, 'seed'],
    [{ seed: 2 ** 32 }, 'seed'],
    [{ seed: 1.5 }, 'seed'],
    [{ prompts: 0 }, 'prompts'],
    [{ prompts: 101 }, 'prompts'],
    [{ responsesPerPrompt: 1 }, 'responsesPerPrompt'],
    [{ responsesPerPrompt: 17 }, 'responsesPerPrompt'],
    [{ goldWeights: [1, 2] }, 'goldWeights'],
    [{ goldWeights: [1, NaN, 0] }, 'goldWeights\\[1\\]'],
    [{ lengthCorrelation: 1.5 }, 'lengthCorrelation'],
    [{ annotators: [] }, 'annotators'],
    [{ annotators: [{ name: 'a', noise: -1, flipRate: 0, lengthBias: 0 }] }, 'annotators\\[0\\]\\.noise'],
    [{ annotators: [{ name: 'a', noise: 1, flipRate: 0.6, lengthBias: 0 }] }, 'annotators\\[0\\]\\.flipRate'],
    [{ annotators: [{ name: 'a', noise: 1, flipRate: 0, lengthBias: Infinity }] }, 'annotators\\[0\\]\\.lengthBias'],
    [{ annotators: [{ noise: 1, flipRate: 0, lengthBias: 0 }] }, 'annotators\\[0\\]\\.name'],
  ])('rejects %j with a RangeError naming %s', (options, name) => {
    expect(() => createWorld(options as never)).toThrow(RangeError);
    expect(() => createWorld(options as never)).toThrow(new RegExp(`^${name} must be`));
  });
});
