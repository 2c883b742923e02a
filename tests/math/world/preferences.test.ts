import { describe, expect, it } from 'vitest';
import { annotatorPreferenceProbability } from '../../../src/math/world/annotator.ts';
import { createWorld } from '../../../src/math/world/create-world.ts';
import { drawPreferences } from '../../../src/math/world/preferences.ts';

/** |observed − expected| ≤ 4 standard errors of a sum of independent Bernoulli(p_i): √Σ p_i(1 − p_i). */
function expectWithinFourStandardErrors(observed: number, probabilities: readonly number[]): void {
  const expected = probabilities.reduce((s, p) => s + p, 0);
  const se = Math.sqrt(probabilities.reduce((s, p) => s + p * (1 - p), 0));
  expect(Math.abs(observed - expected), `observed ${String(observed)}, expected ${String(expected)} ± ${String(se)}`).toBeLessThanOrEqual(4 * se);
}

describe('drawPreferences(world, options)', () => {
  it('reproduces numpy: the first comparisons of the default world (seed 42)', () => {
    // python3 + numpy 2.4, the documented draw order re-implemented independently:
    //   np.random.seed([42, 1]); per pair: x = randint(0, 8); a = randint(0, 4); b = randint(0, 3); b += b >= a
    //   j = randint(0, 3); u, v = rand(), rand(); prefers a iff u < σ(Δu/τ_j); flipped iff v < ε_j
    expect(drawPreferences(createWorld({ seed: 42 }), { count: 6 })).toEqual([
      { prompt: 7, chosen: 2, rejected: 0, annotator: 2, flipped: true },
      { prompt: 7, chosen: 1, rejected: 2, annotator: 2, flipped: true },
      { prompt: 3, chosen: 3, rejected: 2, annotator: 1, flipped: false },
      { prompt: 3, chosen: 2, rejected: 0, annotator: 0, flipped: false },
      { prompt: 3, chosen: 0, rejected: 2, annotator: 0, flipped: false },
      { prompt: 6, chosen: 3, rejected: 2, annotator: 1, flipped: false },
    ]);
  });

  it('gives the same dataset for the same seeds and a different one for another seed', () => {
    const world = createWorld();
    expect(drawPreferences(world, { seed: 5 })).toEqual(drawPreferences(world, { seed: 5 }));
    expect(drawPreferences(world, { seed: 5 })).not.toEqual(drawPreferences(world, { seed: 6 }));
    expect(drawPreferences(world)).toEqual(drawPreferences(world, { seed: world.seed }));
  });

  it('draws distinct responses within the world, 200 pairs by default', () => {
    const world = createWorld({ responsesPerPrompt: 2 });
    const data = drawPreferences(world);
    expect(data).toHaveLength(200);
    for (const c of data) {
      expect(c.chosen).not.toBe(c.rejected);
      expect([0, 1]).toContain(c.chosen);
    }
  });

  it('flips labels at each annotator’s flip rate (within 4 binomial standard errors, seed 42, n = 4000 each)', () => {
    const world = createWorld({
      annotators: [
        { name: 'a', noise: 1, flipRate: 0.1, lengthBias: 0 },
        { name: 'b', noise: 1, flipRate: 0.25, lengthBias: 0 },
        { name: 'c', noise: 1, flipRate: 0, lengthBias: 0 },
      ],
    });
    const data = drawPreferences(world, { count: 4000, annotators: 'all' });
    expect(data).toHaveLength(12000);
    for (const [j, eps] of [[0, 0.1], [1, 0.25], [2, 0]] as const) {
      const mine = data.filter((c) => c.annotator === j);
      expect(mine).toHaveLength(4000);
      expectWithinFourStandardErrors(mine.filter((c) => c.flipped).length, mine.map(() => eps));
    }
  });

  it('labels a single pair with the annotator’s probability (one prompt, K = 2: a binomial, 4 standard errors)', () => {
    const world = createWorld({ seed: 3, prompts: 1, responsesPerPrompt: 2, annotators: [{ name: 'x', noise: 1.5, flipRate: 0.15, lengthBias: 0.8 }] });
    const data = drawPreferences(world, { count: 5000 });
    const p = annotatorPreferenceProbability(world, 0, 0, 0, 1);
    expectWithinFourStandardErrors(data.filter((c) => c.chosen === 0).length, data.map(() => p));
  });

  it('favours longer answers at the rate the length bias predicts (4 standard errors), clearly above an unbiased annotator', () => {
    const spec = { noise: 1, flipRate: 0.05 };
    const world = createWorld({ seed: 21, prompts: 20, annotators: [{ name: 'biased', ...spec, lengthBias: 1.5 }, { name: 'fair', ...spec, lengthBias: 0 }] });
    const data = drawPreferences(world, { count: 3000, annotators: 0 });
    const length = (x: number, y: number) => world.prompts[x]!.responses[y]!.features[2]!;
    const longerChosen = data.filter((c) => length(c.prompt, c.chosen) > length(c.prompt, c.rejected)).length;
    const pLonger = (annotator: number) =>
      data.map((c) => {
        const [a, b] = length(c.prompt, c.chosen) > length(c.prompt, c.rejected) ? [c.chosen, c.rejected] : [c.rejected, c.chosen];
        return annotatorPreferenceProbability(world, annotator, c.prompt, a, b);
      });
    expectWithinFourStandardErrors(longerChosen, pLonger(0));
    const fair = pLonger(1).reduce((s, p) => s + p, 0);
    expect(longerChosen - fair).toBeGreaterThan(300); // ≈ 10 % of the pairs move to the longer answer
  });

  it('labels each pair once per annotator with annotators: "all", and only by the given annotator with an index', () => {
    const world = createWorld();
    const all = drawPreferences(world, { count: 10, annotators: 'all' });
    expect(all.map((c) => c.annotator)).toEqual(Array.from({ length: 10 }, () => [0, 1, 2]).flat());
    for (let i = 0; i < all.length; i += 3) {
      const pair = (c: (typeof all)[number]) => [c.prompt, Math.min(c.chosen, c.rejected), Math.max(c.chosen, c.rejected)];
      expect(pair(all[i + 1]!)).toEqual(pair(all[i]!));
      expect(pair(all[i + 2]!)).toEqual(pair(all[i]!));
    }
    expect(drawPreferences(world, { count: 10, annotators: 1 }).every((c) => c.annotator === 1)).toBe(true);
  });

  it('draws pairs from a sampling policy, never from responses it gives no mass (unless only one has mass)', () => {
    const world = createWorld({ prompts: 2 });
    const policy = [[0.5, 0.5, 0, 0], [1, 0, 0, 0]];
    const data = drawPreferences(world, { count: 300, policy });
    for (const c of data.filter((d) => d.prompt === 0)) expect([c.chosen, c.rejected].sort()).toEqual([0, 1]);
    for (const c of data.filter((d) => d.prompt === 1)) expect([c.chosen, c.rejected]).toContain(0);
  });

  it.each([
    [{ count: 0 }, 'count'],
    [{ count: 100001 }, 'count'],
    [{ seed: -3 }, 'seed'],
    [{ annotators: 3 }, 'annotators'],
    [{ annotators: 'some' }, 'annotators'],
    [{ policy: [[1, 0, 0, 0]] }, 'policy'],
    [{ policy: Array.from({ length: 8 }, () => [0.5, 0.5]) }, 'policy\\[0\\]'],
    [{ policy: Array.from({ length: 8 }, () => [0.5, 0.6, 0, 0]) }, 'policy\\[0\\]'],
  ])('rejects %j with a RangeError naming %s', (options, name) => {
    expect(() => drawPreferences(createWorld(), options as never)).toThrow(new RegExp(`^${name} must be`));
  });
});
