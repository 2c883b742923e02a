import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runSteps } from '../../../src/math/trainers/run-steps.ts';
import { sftMaximumLikelihood } from '../../../src/math/trainers/sft.ts';
import { fitTabularBradleyTerry } from '../../../src/math/trainers/tabular-bradley-terry.ts';
import {
  createTabularDpoTrainer,
  tabularDpoGradient,
  tabularDpoInitialState,
  tabularDpoMetrics,
  tabularDpoStep,
  type TabularDpoLoss,
} from '../../../src/math/trainers/tabular-dpo.ts';
import { meanTotalVariation, tabularOptimalPolicy, tabularPolicy, uniformPolicy } from '../../../src/math/trainers/tabular-policy.ts';
import { createWorld } from '../../../src/math/world/create-world.ts';
import { drawPreferences } from '../../../src/math/world/preferences.ts';

const world = createWorld();
const data = drawPreferences(world); // 200 pairs, default annotators, seed 42
const logits = world.prompts.map((_, x) => [0.3 * x, -0.2, 0.5 - 0.1 * x, 0.1]);

/** Mean DPO (sigmoid) loss written out: −log σ(β[(log π_w − log π_ref,w) − (log π_l − log π_ref,l)]). */
function sigmoidLoss(theta: number[][], reference: number[][], beta: number, pairs = data): number {
  const logp = theta.map((row) => {
    const z = Math.log(row.reduce((s, v) => s + Math.exp(v), 0));
    return row.map((v) => v - z);
  });
  return (
    pairs.reduce((s, c) => {
      const u = beta * (logp[c.prompt]![c.chosen]! - Math.log(reference[c.prompt]![c.chosen]!) - (logp[c.prompt]![c.rejected]! - Math.log(reference[c.prompt]![c.rejected]!)));
      return s + Math.log1p(Math.exp(-u));
    }, 0) / pairs.length
  );
}

function centralDifferences(loss: (theta: number[][]) => number, theta: number[][], h = 1e-6): number[][] {
  return theta.map((row, x) =>
    row.map((v, y) => {
      const plus = theta.map((r) => [...r]);
      const minus = theta.map((r) => [...r]);
      plus[x]![y] = v + h;
      minus[x]![y] = v - h;
      return (loss(plus) - loss(minus)) / (2 * h);
    }),
  );
}

function expectTablesClose(actual: number[][], expected: number[][], digits: number): void {
  actual.forEach((row, x) => row.forEach((v, y) => expect(v, `[${String(x)}][${String(y)}]`).toBeCloseTo(expected[x]![y]!, digits)));
}

describe('tabularDpoGradient(trainer, logits, batch)', () => {
  it('matches central finite differences of the DPO loss written out independently (sigmoid, β = 0.3)', () => {
    const reference = sftMaximumLikelihood(world.prompts.map((_, x) => [1 + x, 2, 3, 1]));
    const trainer = createTabularDpoTrainer(world, data, { beta: 0.3, reference });
    expectTablesClose(tabularDpoGradient(trainer, logits), centralDifferences((t) => sigmoidLoss(t, reference, 0.3), logits), 8);
  });

  it.each<[TabularDpoLoss, number]>([
    ['ipo', 0],
    ['unweighted', 0],
    ['cdpo', 0.1],
    ['robust', 0.1],
  ])('matches central finite differences of its reported loss for the %s loss', (variant, labelSmoothing) => {
    const trainer = createTabularDpoTrainer(world, data, { beta: 0.5, variant, labelSmoothing });
    const numeric = centralDifferences((t) => tabularDpoMetrics(trainer, t).loss, logits);
    expectTablesClose(tabularDpoGradient(trainer, logits), numeric, 6);
  });

  it('on a minibatch, is the gradient of the loss of those pairs alone', () => {
    const trainer = createTabularDpoTrainer(world, data, { beta: 0.2 });
    const batch = [3, 17, 17, 40, 199];
    const numeric = centralDifferences((t) => sigmoidLoss(t, uniformPolicy(world), 0.2, batch.map((i) => data[i]!)), logits);
    expectTablesClose(tabularDpoGradient(trainer, logits, batch), numeric, 8);
  });

  it('is −β σ(0) on y_w and +β σ(0) on y_l at π_θ = π_ref for one pair', () => {
    const trainer = createTabularDpoTrainer([3], [{ prompt: 0, chosen: 0, rejected: 1 }], { beta: 0.5 });
    expect(tabularDpoGradient(trainer, [[0, 0, 0]])).toEqual([[-0.25, 0.25, 0]]);
  });
});

describe('tabularDpoStep(trainer, state)', () => {
  it('starts at π_θ = π_ref: loss log 2, KL 0, accuracy 0 (ties wrong), log π = log ¼', () => {
    const m = tabularDpoInitialState(createTabularDpoTrainer(world, data)).metrics;
    expect(m.loss).toBeCloseTo(Math.LN2, 14);
    expect(m.kl).toBe(0);
    expect(m.accuracy).toBe(0);
    expect(m.logpChosen).toBeCloseTo(Math.log(0.25), 14);
  });

  it.each([0.1, 1])(
    'converges (full batch, sigmoid, β = %s) to optimalPolicy(π_ref, r̂_BT, β) of the tabular Bradley–Terry fit: mean TV < 1e-6',
    (beta) => {
      // Why: with r̂ = β log(π_θ/π_ref) the DPO loss is exactly the Bradley–Terry NLL of r̂, and a tabular r̂ is free
      // per response, so its minimiser is r̂ = r_BT (the tabular MLE, fitted here by Hunter's MM algorithm, no
      // gradients) up to a per-prompt constant, i.e. π_θ = π_ref e^{r_BT/β}/Z with the same β and π_ref. It holds
      // because every response is compared and each prompt's "beats" graph is strongly connected (exists).
      const reference = sftMaximumLikelihood(world.prompts.map((_, x) => [2, 1 + (x % 3), 3, 1]));
      const fit = fitTabularBradleyTerry(world, data);
      expect(fit.exists.every(Boolean)).toBe(true);
      const trainer = createTabularDpoTrainer(world, data, { beta, reference });
      const end = runSteps(tabularDpoStep, trainer, tabularDpoInitialState(trainer), trainer.steps);
      const target = tabularOptimalPolicy(reference, fit.rewards, beta);
      expect(meanTotalVariation(tabularPolicy(end.logits), target)).toBeLessThan(1e-6);
      // the check can fail: the same fit at another β, or from another reference, is far away
      expect(meanTotalVariation(tabularPolicy(end.logits), tabularOptimalPolicy(reference, fit.rewards, 2 * beta))).toBeGreaterThan(0.01);
      expect(meanTotalVariation(tabularPolicy(end.logits), tabularOptimalPolicy(uniformPolicy(world), fit.rewards, beta))).toBeGreaterThan(0.01);
    },
  );

  it('gets close to the same optimum with minibatches (batch 16, default run: mean TV < 0.1) and is reproducible', () => {
    const trainer = createTabularDpoTrainer(world, data, { beta: 0.5, batchSize: 16 });
    const end = runSteps(tabularDpoStep, trainer, tabularDpoInitialState(trainer), trainer.steps);
    const target = tabularOptimalPolicy(uniformPolicy(world), fitTabularBradleyTerry(world, data).rewards, 0.5);
    expect(meanTotalVariation(tabularPolicy(end.logits), target)).toBeLessThan(0.1);
    expect(runSteps(tabularDpoStep, trainer, tabularDpoInitialState(trainer), 20)).toEqual(runSteps(tabularDpoStep, trainer, tabularDpoInitialState(trainer), 20));
    const other = createTabularDpoTrainer(world, data, { beta: 0.5, batchSize: 16, seed: 1 });
    expect(tabularDpoStep(other, tabularDpoInitialState(other)).logits).not.toEqual(tabularDpoStep(trainer, tabularDpoInitialState(trainer)).logits);
  });

  it('can lower log π of the chosen responses while the margin grows (Pal et al. 2024; β = 0.1)', () => {
    const trainer = createTabularDpoTrainer(world, data, { beta: 0.1 });
    const start = tabularDpoInitialState(trainer).metrics;
    const end = runSteps(tabularDpoStep, trainer, tabularDpoInitialState(trainer), trainer.steps).metrics;
    expect(end.logpChosen).toBeLessThan(start.logpChosen);
    expect(end.margin).toBeGreaterThan(start.margin + 0.1);
    expect(end.loss).toBeLessThan(start.loss);
  });

  it('with the unweighted loss drives the probabilities to the degenerate limit: all mass on the net winners', () => {
    // Without the weight σ(−βΔ) every pair pushes forever: θ_y moves by η β (wins_y − losses_y)/n per step, so
    // each prompt's policy tends to the one-hot of the response with the most net wins, and the loss to −∞.
    const trainer = createTabularDpoTrainer(world, data, { variant: 'unweighted' });
    const mid = runSteps(tabularDpoStep, trainer, tabularDpoInitialState(trainer), 300);
    const end = runSteps(tabularDpoStep, trainer, mid, 300);
    const policy = tabularPolicy(end.logits);
    world.prompts.forEach((_, x) => {
      const net = [0, 1, 2, 3].map((y) => data.filter((c) => c.prompt === x && c.chosen === y).length - data.filter((c) => c.prompt === x && c.rejected === y).length);
      const best = Math.max(...net);
      const winners = net.flatMap((v, y) => (v === best ? [y] : []));
      // tied winners move in step from equal (uniform) logits, so they share the mass equally
      for (const y of winners) expect(policy[x]![y]).toBeCloseTo(1 / winners.length, 9);
      for (const y of [0, 1, 2, 3].filter((v) => !winners.includes(v))) expect(policy[x]![y]).toBeLessThan(1e-9);
    });
    // chosen and rejected alike: most pairs end with both responses at probability ≈ 0
    const collapsed = data.filter((c) => policy[c.prompt]![c.chosen]! < 1e-9 && policy[c.prompt]![c.rejected]! < 1e-9);
    expect(collapsed.length).toBeGreaterThan(50);
    expect(end.metrics.loss).toBeLessThan(mid.metrics.loss - 1); // no floor: it falls linearly
    // the sigmoid loss on the same data settles at finite logits (its weights σ(−βΔ) balance), the unweighted one never does
    const drift = (a: number[][], b: number[][]) => Math.max(...a.flatMap((row, x) => row.map((v, y) => Math.abs(v - b[x]![y]!))));
    expect(drift(end.logits, mid.logits)).toBeGreaterThan(10);
    const sigmoid = createTabularDpoTrainer(world, data);
    const settled = runSteps(tabularDpoStep, sigmoid, tabularDpoInitialState(sigmoid), 300);
    expect(drift(runSteps(tabularDpoStep, sigmoid, settled, 300).logits, settled.logits)).toBeLessThan(1e-6);
  });

  it('never mutates the trainer or the state', () => {
    const trainer = createTabularDpoTrainer(world, data, { batchSize: 10 });
    const state = tabularDpoInitialState(trainer);
    const before = JSON.stringify([trainer, state]);
    runSteps(tabularDpoStep, trainer, state, 5);
    expect(JSON.stringify([trainer, state])).toBe(before);
  });
});

describe('createTabularDpoTrainer(shape, comparisons, options)', () => {
  it('defaults: β 0.1, sigmoid, full batch, η = 10/β², 300 steps; minibatches scale η by batchSize/n', () => {
    const t = createTabularDpoTrainer(world, data);
    expect([t.beta, t.variant, t.batchSize, t.steps]).toEqual([0.1, 'sigmoid', 200, 300]);
    expect(t.learningRate).toBeCloseTo(1000, 9);
    expect(createTabularDpoTrainer(world, data, { batchSize: 20 }).learningRate).toBeCloseTo(100, 9);
    expect(createTabularDpoTrainer(world, data, { variant: 'ipo' }).learningRate).toBe(2);
  });
  it.each([
    [{ beta: 0 }, 'beta'],
    [{ variant: 'squared' }, 'variant'],
    [{ labelSmoothing: 0.6 }, 'labelSmoothing'],
    [{ variant: 'robust', labelSmoothing: 0.5 }, 'labelSmoothing'],
    [{ learningRate: -1 }, 'learningRate'],
    [{ batchSize: 0 }, 'batchSize'],
    [{ steps: 0 }, 'steps'],
    [{ seed: -1 }, 'seed'],
    [{ reference: uniformPolicy([4]) }, 'reference'],
    [{ reference: world.prompts.map(() => [0.5, 0.5, 0, 0]) }, 'reference\\[0\\]'],
  ])('rejects %j with a RangeError naming %s', (options, name) => {
    expect(() => createTabularDpoTrainer(world, data, options as never)).toThrow(new RegExp(`^${name} must be`));
  });
  it('rejects any β, learning rate or batch size that is not finite and > 0 (an integer ≥ 1 for the batch), naming it (property)', () => {
    const bad = fc.constantFrom(0, -1, -1e-9, NaN, Infinity, -Infinity);
    fc.assert(
      fc.property(fc.constantFrom('beta', 'learningRate', 'batchSize'), bad, (name, value) => {
        try {
          createTabularDpoTrainer(world, data, { [name]: value });
          return false;
        } catch (error) {
          return error instanceof RangeError && error.message.startsWith(`${name} must be`);
        }
      }),
    );
  });
  it('rejects comparisons that do not fit the shape', () => {
    expect(() => createTabularDpoTrainer([2], [{ prompt: 0, chosen: 0, rejected: 2 }])).toThrow(/^comparisons\[0\]\.rejected must be/);
  });
});
