import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../src/math/world/create-world.ts';
import { drawRankings } from '../../../src/math/world/rankings.ts';

// Expected rankings from an independent numpy implementation (numpy 2.x): world features from
// np.random.seed(seed); np.random.randn(P*K*3); u = np.random.seed([seed, 5]); np.random.random_sample(P*k);
// ranking = argsort(-(r*/τ − log(−log u)), kind='stable') per prompt.
describe('drawRankings(world, options)', () => {
  const world = createWorld({ seed: 42, prompts: 4 });
  it('reproduces numpy for seed 42 with k = 3 and k = 4', () => {
    expect(drawRankings(world, { size: 3 })).toEqual([[2, 0, 1], [0, 2, 1], [2, 1, 0], [1, 2, 0]]);
    expect(drawRankings(world, { size: 4 })).toEqual([[2, 3, 0, 1], [1, 3, 0, 2], [2, 0, 3, 1], [3, 1, 0, 2]]);
    expect(drawRankings(world, { size: 2 })).toEqual([[0, 1], [1, 0], [1, 0], [1, 0]]);
  });
  it('reproduces numpy for seed 7 (ranking seed = world seed by default)', () => {
    expect(drawRankings(createWorld({ seed: 7, prompts: 4 }))).toEqual([[3, 2, 0, 1], [0, 3, 2, 1], [3, 2, 1, 0], [1, 2, 0, 3]]);
  });
  it('ranks a pair above the other at the Bradley–Terry rate σ(r*_a − r*_b) (Monte Carlo over 4000 seeds)', () => {
    const w = createWorld({ seed: 3, prompts: 1, responsesPerPrompt: 2 });
    const [a, b] = (w.prompts[0]?.responses ?? []).map((r) => r.goldReward) as [number, number];
    let above = 0;
    const n = 4000;
    for (let s = 0; s < n; s++) if (drawRankings(w, { seed: s })[0]?.[0] === 0) above++;
    const p = 1 / (1 + Math.exp(-(a - b)));
    expect(Math.abs(above / n - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
  });
  it('returns a permutation of 0 … k−1 per prompt (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 2, max: 4 }), (seed, size) => {
        for (const ranking of drawRankings(world, { seed, size })) expect([...ranking].sort()).toEqual(Array.from({ length: size }, (_, i) => i));
      }),
      { numRuns: 50 },
    );
  });
  it('rejects a size outside [2, K], a bad seed or noise with a RangeError naming the option', () => {
    expect(() => drawRankings(world, { size: 5 })).toThrow(/^size must be/);
    expect(() => drawRankings(world, { size: 1 })).toThrow(/^size must be/);
    expect(() => drawRankings(world, { seed: -1 })).toThrow(/^seed must be/);
    expect(() => drawRankings(world, { noise: 0 })).toThrow(/^noise must be/);
  });
});
