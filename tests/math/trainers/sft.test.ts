import { describe, expect, it } from 'vitest';
import { runSteps } from '../../../src/math/trainers/run-steps.ts';
import { createSftTrainer, demonstrationCounts, sftInitialState, sftMaximumLikelihood, sftStep } from '../../../src/math/trainers/sft.ts';
import { meanTotalVariation, tabularPolicy } from '../../../src/math/trainers/tabular-policy.ts';
import { createWorld } from '../../../src/math/world/create-world.ts';
import { drawDemonstrations } from '../../../src/math/world/demonstrator.ts';

describe('demonstrationCounts(shape, demonstrations)', () => {
  it('counts per prompt and response', () => {
    expect(demonstrationCounts([2, 3], [{ prompt: 1, response: 2 }, { prompt: 1, response: 2 }, { prompt: 0, response: 0 }])).toEqual([[1, 0], [0, 0, 2]]);
  });
  it('rejects a demonstration outside the shape, naming it', () => {
    expect(() => demonstrationCounts([2], [{ prompt: 0, response: 2 }])).toThrow(/^demonstrations\[0\] must be/);
    expect(() => demonstrationCounts([2], [{ prompt: 1, response: 0 }])).toThrow(/^demonstrations\[0\] must be/);
  });
});

describe('sftMaximumLikelihood(counts, options)', () => {
  it('equals the empirical frequencies of drawn demonstrations (counted here independently)', () => {
    const world = createWorld();
    const demos = drawDemonstrations(world, { perPrompt: 25, temperature: 0.8 });
    const mle = sftMaximumLikelihood(demonstrationCounts(world, demos));
    for (let x = 0; x < 8; x++) {
      const mine = demos.filter((d) => d.prompt === x);
      for (let y = 0; y < 4; y++) expect(mle[x]![y]).toBe(mine.filter((d) => d.response === y).length / mine.length);
    }
  });
  it('maximises the log-likelihood: any other policy scores lower (Gibbs’ inequality, spot checks)', () => {
    const counts = [[3, 1, 0, 6]];
    const ll = (p: number[]) => counts[0]!.reduce((s, c, y) => s + (c > 0 ? c * Math.log(p[y]!) : 0), 0);
    const best = ll(sftMaximumLikelihood(counts)[0]!);
    for (const p of [[0.25, 0.25, 0.25, 0.25], [0.3, 0.1, 0.01, 0.59], [0.31, 0.1, 0, 0.59]]) expect(ll(p)).toBeLessThan(best);
  });
  it('gives exact zeros off the demonstrated support, smoothing α, and uniform for a prompt without demonstrations', () => {
    expect(sftMaximumLikelihood([[1, 3, 0], [0, 0]])).toEqual([[0.25, 0.75, 0], [0.5, 0.5]]);
    const smoothed = sftMaximumLikelihood([[1, 3, 0]], { smoothing: 1 })[0]!;
    [2 / 7, 4 / 7, 1 / 7].forEach((p, y) => expect(smoothed[y]).toBeCloseTo(p, 15));
  });
  it('rejects negative or non-finite counts and negative smoothing', () => {
    expect(() => sftMaximumLikelihood([[1, -1]])).toThrow(/^counts\[0\]\[1\] must be/);
    expect(() => sftMaximumLikelihood([])).toThrow(/^counts must be/);
    expect(() => sftMaximumLikelihood([[1]], { smoothing: -1 })).toThrow(/^smoothing must be/);
  });
});

describe('sftStep(trainer, state)', () => {
  it('starts uniform (loss log K) and converges to the maximum-likelihood frequencies', () => {
    // Every count positive, so the optimum has finite logits (a zero count only tends to −∞, at rate 1/t).
    const world = createWorld();
    const counts = demonstrationCounts(world, drawDemonstrations(world, { temperature: 2, perPrompt: 20 }));
    expect(counts.flat().every((c) => c > 0)).toBe(true);
    const trainer = createSftTrainer(counts);
    const start = sftInitialState(trainer);
    expect(start.loss).toBeCloseTo(Math.log(4), 14);
    const end = runSteps(sftStep, trainer, start, 1000);
    expect(meanTotalVariation(tabularPolicy(end.logits), sftMaximumLikelihood(counts))).toBeLessThan(1e-9);
    expect(meanTotalVariation(tabularPolicy(start.logits), sftMaximumLikelihood(counts))).toBeGreaterThan(0.05);
    // the loss at the optimum is the empirical conditional entropy, Σ c log(c/n) / N (written out here)
    const entropy = -counts.reduce((s, row) => s + row.reduce((t, c) => t + (c > 0 ? c * Math.log(c / row.reduce((a, b) => a + b, 0)) : 0), 0), 0) / 160;
    expect(end.loss).toBeCloseTo(entropy, 6);
  });
  it('takes a step along the gradient (n π − c)/N, checked by central finite differences', () => {
    const trainer = createSftTrainer([[2, 1, 0], [0, 4, 1]], { learningRate: 0.3 });
    const logits = [[0.2, -0.1, 0.4], [0, 1, -1]];
    const next = sftStep(trainer, { step: 0, logits, loss: 0 });
    const nll = (l: number[][]) =>
      -trainer.counts.reduce((s, row, x) => {
        const z = Math.log(l[x]!.reduce((a, v) => a + Math.exp(v), 0));
        return s + row.reduce((t, c, y) => t + c * (l[x]![y]! - z), 0);
      }, 0) / trainer.total;
    logits.forEach((row, x) =>
      row.forEach((v, y) => {
        const plus = logits.map((r) => [...r]);
        const minus = logits.map((r) => [...r]);
        plus[x]![y] = v + 1e-6;
        minus[x]![y] = v - 1e-6;
        expect(next.logits[x]![y]).toBeCloseTo(v - (0.3 * (nll(plus) - nll(minus))) / 2e-6, 8);
      }),
    );
  });
  it('rejects bad options and empty data, naming them', () => {
    expect(() => createSftTrainer([[1]], { learningRate: -1 })).toThrow(/^learningRate must be/);
    expect(() => createSftTrainer([[1]], { steps: 0 })).toThrow(/^steps must be/);
    expect(() => createSftTrainer([[0, 0]])).toThrow(/^counts must be/);
  });
});
