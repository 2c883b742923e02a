/**
 * The model of the dpo-trainer widget. The tabular end point is checked against the closed form of
 * content/chapter-5/dpo-trainer.mdx, computed by a route that shares no code with the gradient trainer: the
 * tabular Bradley–Terry fit by Hunter's MM algorithm (fitTabularBradleyTerry) and 5.1's tilt of the uniform
 * reference along it by 1/β (tiltedPolicy). The bigram numbers are numpy's (tests/math/trainers/bigram-dpo.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { createWorld, drawPreferences, fitTabularBradleyTerry, tiltedPolicy, totalVariation } from '../../../src/math/index.ts';
import { paletteChartColors } from '../../../src/widgets/shared/chart-colors.ts';
import { dpoTrainerChartConfig } from '../../../src/widgets/dpo-trainer/chart.ts';
import { deriveDpoTrainer, dpoTrainerFallback, dpoTrainerTable, summarizeDpoTrainer } from '../../../src/widgets/dpo-trainer/model.ts';
import { dpoTrainerDefaults, type DpoTrainerState } from '../../../src/widgets/dpo-trainer/state.ts';

const at = (changes: Partial<DpoTrainerState>) => deriveDpoTrainer({ ...dpoTrainerDefaults, ...changes });

describe('deriveDpoTrainer(state): tabular policy', () => {
  it.each([0.05, 0.1, 0.3, 1, 2])('ends (300 steps, β = %s) within mean total variation 1e-6 of π* = tilt of π_ref along r̂_BT by 1/β', (beta) => {
    const d = at({ beta });
    const world = createWorld({ seed: 42 });
    const fit = fitTabularBradleyTerry(world, drawPreferences(world, { count: 200 }));
    expect(fit.exists.every(Boolean)).toBe(true);
    const tv = d.optimum!.rows.map((r, x) => totalVariation(r.policy, tiltedPolicy([0.25, 0.25, 0.25, 0.25], fit.rewards[x]!, 1 / beta)));
    expect(tv.reduce((a, b) => a + b, 0) / tv.length).toBeLessThan(1e-6);
    expect(d.optimum!.meanTv).toBeLessThan(1e-6);
    // the check can fail: π* at twice the β is far away
    const other = d.optimum!.rows.map((r, x) => totalVariation(r.policy, tiltedPolicy([0.25, 0.25, 0.25, 0.25], fit.rewards[x]!, 1 / (2 * beta))));
    expect(other.reduce((a, b) => a + b, 0) / other.length).toBeGreaterThan(0.01);
  });

  it('ends with the same loss, accuracy and margin for every β (those of the Bradley–Terry fit), and a KL that falls as β grows', () => {
    const runs = [0.05, 0.1, 0.2, 0.5, 1, 2].map((beta) => at({ beta }).metrics);
    for (const m of runs) {
      expect(m.loss).toBeCloseTo(runs[0]!.loss, 8);
      expect(m.accuracy).toBeCloseTo(runs[0]!.accuracy, 12);
      expect(m.margin).toBeCloseTo(runs[0]!.margin, 7);
    }
    for (let i = 1; i < runs.length; i++) expect(runs[i]!.kl).toBeLessThan(runs[i - 1]!.kl);
    // the Bradley–Terry NLL of the fit, computed from the fit itself
    const world = createWorld({ seed: 42 });
    const data = drawPreferences(world, { count: 200 });
    const r = fitTabularBradleyTerry(world, data).rewards;
    const nll = data.reduce((s, c) => s + Math.log1p(Math.exp(-(r[c.prompt]![c.chosen]! - r[c.prompt]![c.rejected]!))), 0) / data.length;
    expect(runs[0]!.loss).toBeCloseTo(nll, 8);
  });

  it('lowers the mean log π of the chosen answers as well as the rejected ones at β = 0.1', () => {
    const d = at({});
    expect(d.start.logpChosen).toBeCloseTo(Math.log(0.25), 14);
    expect(d.metrics.logpChosen).toBeLessThan(d.start.logpChosen - 1);
    expect(d.metrics.logpRejected).toBeLessThan(d.metrics.logpChosen);
  });

  it('reports prompts without a finite π* (seed 0: answer 4 of prompt 3 never wins)', () => {
    const d = at({ seed: 0 });
    expect(d.optimum!.missing).toBe(1);
    expect(d.optimum!.rows[2]!.optimum).toBeNull();
    expect(summarizeDpoTrainer({ ...dpoTrainerDefaults, seed: 0 }, d)).toContain('(1 of 8 prompts have no finite π*)');
    expect(dpoTrainerTable({ ...d, view: 'optimum' }).rows[2]).toEqual(['3', expect.any(String), 'none (no finite fit)', '—']);
  });
});

describe('deriveDpoTrainer(state): bigram policy', () => {
  it('rises then falls in log π of the chosen sentences while the loss falls (β = 0.1; numpy: −14.32 → −10.75 at step 3 → −25.95)', () => {
    const d = at({ policy: 'bigram' });
    expect(d.optimum).toBeNull();
    expect(d.peakChosen.step).toBe(3);
    expect(d.peakChosen.value).toBeCloseTo(-10.7485, 3);
    expect(d.metrics.logpChosen).toBeCloseTo(-25.945908937588044, 8);
    for (let t = 1; t < d.history.length; t++) expect(d.history[t]!.loss).toBeLessThan(d.history[t - 1]!.loss);
  });

  it('shows the loss plot when the π* plot is asked for, since the bigram policy has no closed-form end point', () => {
    expect(at({ policy: 'bigram', plot: 'optimum' }).view).toBe('loss');
    expect(at({ plot: 'optimum' }).view).toBe('optimum');
  });
});

describe('summarizeDpoTrainer(state, derived) and dpoTrainerTable(derived)', () => {
  it('summarize the default end state', () => {
    const f = dpoTrainerFallback(dpoTrainerDefaults);
    expect(f.summary).toBe('Tabular policy, β = 0.1, step 300 of 300: loss 0.5911, reward accuracy 0.68, margin 0.459, KL 1.078; mean total variation to π* 0.000000.');
    expect(f.table.columns).toEqual(['Step', 'Loss', 'Reward accuracy', 'Margin', 'log π(y_w)', 'log π(y_l)', 'KL']);
    expect(f.table.rows.map((r) => r[0])).toEqual(['0', '1', '3', '10', '30', '100', '300']);
    expect(f.table.rows[0]).toEqual(['0', '0.6931', '0.00', '0.000', '−1.39', '−1.39', '0.000']);
  });

  it('summarize the bigram run with the highest chosen log-probability', () => {
    expect(dpoTrainerFallback({ ...dpoTrainerDefaults, policy: 'bigram' }).summary).toBe(
      'Bigram policy, β = 0.1, step 300 of 300: loss 0.0056, reward accuracy 1.00, margin 5.248, KL 19.466; log π of the chosen sentences −25.95 (−14.32 at step 0, highest −10.75 at step 3).',
    );
  });

  it('list every table step, with dashes for the steps the run has not reached', () => {
    const d = at({});
    const partial = { ...d, step: 42, history: d.history.slice(0, 43), metrics: d.history[42]! };
    const rows = dpoTrainerTable(partial).rows;
    expect(rows.map((r) => r[0])).toEqual(['0', '1', '3', '10', '30', '100', '300']);
    expect(rows[4]![1]).toBe('0.5913');
    expect(rows[5]).toEqual(['100', '—', '—', '—', '—', '—', '—']);
  });
});

describe('dpoTrainerChartConfig(derived, colors)', () => {
  it('follows the plot: two curves over 301 steps, or the responses at (π*, π_θ) with the diagonal', () => {
    const colors = paletteChartColors('light');
    for (const plot of ['loss', 'logp', 'margin'] as const) {
      const config = dpoTrainerChartConfig(at({ plot }), colors);
      expect(config.data.datasets).toHaveLength(2);
      expect(config.data.datasets[0]!.data).toHaveLength(301);
    }
    const optimum = dpoTrainerChartConfig(at({ plot: 'optimum' }), colors);
    expect(optimum.data.datasets[1]!.data).toHaveLength(32);
    for (const point of optimum.data.datasets[1]!.data) expect(point.y).toBeCloseTo(point.x, 5);
  });
});
