import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../src/math/world/create-world.ts';
import { demonstratorPolicy, drawDemonstrations } from '../../../src/math/world/demonstrator.ts';

describe('demonstratorPolicy(world, temperature)', () => {
  const world = createWorld();
  it('is the softmax of r*/T per prompt (written out here)', () => {
    const r = world.prompts[4]!.responses.map((y) => y.goldReward);
    const e = r.map((v) => Math.exp(v / 0.7));
    const z = e.reduce((a, b) => a + b, 0);
    demonstratorPolicy(world, 0.7)[4]!.forEach((p, y) => expect(p).toBeCloseTo(e[y]! / z, 14));
  });
  it('tends to the best response as T → 0 and to uniform as T → ∞', () => {
    const best = world.prompts[0]!.responses.reduce((b, y, i, all) => (y.goldReward > all[b]!.goldReward ? i : b), 0);
    expect(demonstratorPolicy(world, 1e-3)[0]![best]).toBeCloseTo(1, 12);
    for (const p of demonstratorPolicy(world, 1e6)[0]!) expect(p).toBeCloseTo(0.25, 5);
  });
  it('rejects a temperature that is not finite and > 0', () => {
    expect(() => demonstratorPolicy(world, 0)).toThrow(/^temperature must be/);
  });
});

describe('drawDemonstrations(world, options)', () => {
  it('reproduces numpy: np.random.seed([42, 2]); choice(4, 10, p=π_demo(·|x)) per prompt', () => {
    // python3 + numpy 2.4, T = 1, the default world of seed 42
    const demos = drawDemonstrations(createWorld({ seed: 42 }));
    expect(demos).toHaveLength(80);
    expect(demos.slice(0, 10).map((d) => d.response)).toEqual([1, 2, 0, 3, 2, 2, 1, 0, 2, 1]);
    expect(demos.slice(10, 20).map((d) => d.response)).toEqual([0, 0, 1, 3, 3, 2, 3, 3, 3, 0]);
    expect(demos.slice(10, 20).every((d) => d.prompt === 1)).toBe(true);
  });
  it('samples each response at the demonstrator’s rate (4 binomial standard errors, n = 4000 per prompt)', () => {
    const world = createWorld({ seed: 8, prompts: 2 });
    const policy = demonstratorPolicy(world, 0.5);
    const demos = drawDemonstrations(world, { perPrompt: 4000, temperature: 0.5 });
    for (let x = 0; x < 2; x++) {
      for (let y = 0; y < 4; y++) {
        const p = policy[x]![y]!;
        const count = demos.filter((d) => d.prompt === x && d.response === y).length;
        expect(Math.abs(count - 4000 * p)).toBeLessThanOrEqual(4 * Math.sqrt(4000 * p * (1 - p)) + 1e-9);
      }
    }
  });
  it.each([
    [{ perPrompt: 0 }, 'perPrompt'],
    [{ temperature: -1 }, 'temperature'],
    [{ seed: 0.5 }, 'seed'],
  ])('rejects %j with a RangeError naming %s', (options, name) => {
    expect(() => drawDemonstrations(createWorld(), options)).toThrow(new RegExp(`^${name} must be`));
  });
});
