import { describe, expect, it } from 'vitest';
import { fitTabularBradleyTerry } from '../../../src/math/trainers/tabular-bradley-terry.ts';
import { createWorld } from '../../../src/math/world/create-world.ts';
import { drawPreferences } from '../../../src/math/world/preferences.ts';

const sigma = (z: number) => 1 / (1 + Math.exp(-z));

describe('fitTabularBradleyTerry(shape, comparisons, options)', () => {
  it('gives log(wins/losses) for two responses (the closed form of a 2-player Bradley–Terry MLE)', () => {
    const data = [
      ...Array.from({ length: 3 }, () => ({ prompt: 0, chosen: 0, rejected: 1 })),
      { prompt: 0, chosen: 1, rejected: 0 },
    ];
    const fit = fitTabularBradleyTerry([2], data);
    expect(fit.rewards[0]![0]! - fit.rewards[0]![1]!).toBeCloseTo(Math.log(3), 10);
    expect(fit.rewards[0]![0]! + fit.rewards[0]![1]!).toBeCloseTo(0, 12); // centred
    expect(fit.converged).toBe(true);
    expect(fit.exists).toEqual([true]);
  });

  it('satisfies the likelihood equations W_y = Σ_z n_yz σ(r_y − r_z) on world data (checked here directly)', () => {
    const world = createWorld();
    const data = drawPreferences(world, { count: 400 });
    const fit = fitTabularBradleyTerry(world, data);
    expect(fit.exists.every(Boolean)).toBe(true);
    for (let x = 0; x < 8; x++) {
      for (let y = 0; y < 4; y++) {
        const mine = data.filter((c) => c.prompt === x && (c.chosen === y || c.rejected === y));
        const wins = mine.filter((c) => c.chosen === y).length;
        const expected = mine.reduce((s, c) => s + sigma(fit.rewards[x]![y]! - fit.rewards[x]![c.chosen === y ? c.rejected : c.chosen]!), 0);
        expect(expected).toBeCloseTo(wins, 8);
      }
    }
  });

  it('reports that the MLE does not exist when a response never loses, and leaves uncompared responses at 0', () => {
    const fit = fitTabularBradleyTerry([3, 2], [{ prompt: 0, chosen: 0, rejected: 1 }, { prompt: 1, chosen: 0, rejected: 1 }, { prompt: 1, chosen: 1, rejected: 0 }], { maxIterations: 50 });
    expect(fit.exists).toEqual([false, true]);
    expect(fit.rewards[0]![2]).toBe(0);
    expect(fit.rewards[0]![0]! - fit.rewards[0]![1]!).toBeGreaterThan(10); // running off to +∞
    expect(Number.isFinite(fit.rewards[0]![1])).toBe(true);
  });

  it('detects a cycle as strongly connected (a beats b beats c beats a)', () => {
    const data = [{ prompt: 0, chosen: 0, rejected: 1 }, { prompt: 0, chosen: 1, rejected: 2 }, { prompt: 0, chosen: 2, rejected: 0 }];
    const fit = fitTabularBradleyTerry([3], data);
    expect(fit.exists).toEqual([true]);
    for (const r of fit.rewards[0]!) expect(r).toBeCloseTo(0, 10);
  });

  it('rejects bad comparisons and options, naming them', () => {
    expect(() => fitTabularBradleyTerry([2], [{ prompt: 0, chosen: 1, rejected: 1 }])).toThrow(/^comparisons\[0\]\.rejected must be/);
    expect(() => fitTabularBradleyTerry([2], [{ prompt: 0, chosen: 0, rejected: 1 }], { maxIterations: 0 })).toThrow(/^maxIterations must be/);
    expect(() => fitTabularBradleyTerry([2], [{ prompt: 0, chosen: 0, rejected: 1 }], { tolerance: 0 })).toThrow(/^tolerance must be/);
  });
});
