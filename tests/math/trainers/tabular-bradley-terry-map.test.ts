import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitTabularBradleyTerry } from '../../../src/math/trainers/tabular-bradley-terry.ts';
import { fitTabularBradleyTerryMap } from '../../../src/math/trainers/tabular-bradley-terry-map.ts';
import { createWorld } from '../../../src/math/world/create-world.ts';
import { drawPreferences } from '../../../src/math/world/preferences.ts';

const sigma = (z: number) => 1 / (1 + Math.exp(-z));
const repeat = (n: number, c: { prompt: number; chosen: number; rejected: number }) => Array.from({ length: n }, () => c);

describe('fitTabularBradleyTerryMap(shape, comparisons, options)', () => {
  it('solves σ(−2r) = r for one comparison with λ = 1 (scipy.optimize.brentq: r = 0.3374158071711997)', () => {
    const fit = fitTabularBradleyTerryMap([2], [{ prompt: 0, chosen: 0, rejected: 1 }], { prior: 1 });
    expect(fit.rewards[0]![0]).toBeCloseTo(0.3374158071711997, 12);
    expect(fit.rewards[0]![1]).toBeCloseTo(-0.3374158071711997, 12);
    expect(fit.converged).toBe(true);
  });

  it('matches scipy.optimize.minimize (BFGS) when a response never wins, where the MLE does not exist', () => {
    // games 0≻1 ×3, 1≻0 ×1, 1≻2 ×2, 0≻2 ×1; python3 scipy BFGS on −J gave (gtol 1e-12, accurate to ~1e-8):
    // λ = 0.1 → [1.44731601, 0.4929698, −1.94028583]; λ = 1 → [0.66008314, 0.11469568, −0.77477884].
    const data = [
      ...repeat(3, { prompt: 0, chosen: 0, rejected: 1 }),
      { prompt: 0, chosen: 1, rejected: 0 },
      ...repeat(2, { prompt: 0, chosen: 1, rejected: 2 }),
      { prompt: 0, chosen: 0, rejected: 2 },
    ];
    expect(fitTabularBradleyTerry([3], data, { maxIterations: 20 }).exists).toEqual([false]);
    const weak = fitTabularBradleyTerryMap([3], data, { prior: 0.1 }).rewards[0]!;
    [1.44731601, 0.4929698, -1.94028583].forEach((v, i) => expect(weak[i]).toBeCloseTo(v, 6));
    const strong = fitTabularBradleyTerryMap([3], data, { prior: 1 }).rewards[0]!;
    [0.66008314, 0.11469568, -0.77477884].forEach((v, i) => expect(strong[i]).toBeCloseTo(v, 6));
  });

  it('satisfies its stationarity equations W_y − Σ n σ(r_y − r_z) = λ r_y on world data, and each prompt sums to 0', () => {
    const world = createWorld();
    const data = drawPreferences(world, { count: 60 });
    const fit = fitTabularBradleyTerryMap(world, data, { prior: 0.1 });
    for (let x = 0; x < 8; x++) {
      for (let y = 0; y < 4; y++) {
        const mine = data.filter((c) => c.prompt === x && (c.chosen === y || c.rejected === y));
        const wins = mine.filter((c) => c.chosen === y).length;
        const expected = mine.reduce((s, c) => s + sigma(fit.rewards[x]![y]! - fit.rewards[x]![c.chosen === y ? c.rejected : c.chosen]!), 0);
        expect(wins - expected).toBeCloseTo(0.1 * fit.rewards[x]![y]!, 9);
      }
      expect(fit.rewards[x]!.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 10);
    }
  });

  it('approaches the MLE margins as the prior weakens, when the MLE exists (fitTabularBradleyTerry, MM algorithm)', () => {
    const world = createWorld();
    const data = drawPreferences(world, { count: 400 });
    const mle = fitTabularBradleyTerry(world, data);
    expect(mle.exists.every(Boolean)).toBe(true);
    const map = fitTabularBradleyTerryMap(world, data, { prior: 1e-9 });
    map.rewards.forEach((row, x) => row.forEach((r, y) => expect(r).toBeCloseTo(mle.rewards[x]![y]!, 5)));
  });

  it('keeps every reward finite and leaves an uncompared response at 0 (property: any data, any prior)', () => {
    const pair = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 3 })).map(([a, d]) => ({ prompt: 0, chosen: a, rejected: (a + d) % 4 }));
    fc.assert(
      fc.property(fc.array(pair, { minLength: 1, maxLength: 40 }), fc.double({ min: 1e-3, max: 10, noNaN: true }), (data, prior) => {
        const fit = fitTabularBradleyTerryMap([5], data, { prior });
        expect(fit.rewards[0]!.every(Number.isFinite)).toBe(true);
        expect(fit.rewards[0]![4]).toBe(0);
        expect(fit.converged).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('throws a RangeError naming the argument', () => {
    const one = [{ prompt: 0, chosen: 0, rejected: 1 }];
    expect(() => fitTabularBradleyTerryMap([2], one, { prior: 0 })).toThrow(/prior/);
    expect(() => fitTabularBradleyTerryMap([2], one, { maxIterations: 0 })).toThrow(/maxIterations/);
    expect(() => fitTabularBradleyTerryMap([2], one, { tolerance: -1 })).toThrow(/tolerance/);
    expect(() => fitTabularBradleyTerryMap([2], [{ prompt: 0, chosen: 0, rejected: 2 }])).toThrow(RangeError);
  });
});
