import { describe, expect, it } from 'vitest';
import { noisyPreferencesChartConfig } from '../../../src/widgets/noisy-preferences/chart.ts';
import {
  deriveNoisyPreferences,
  noisyPreferencesFallback,
  summarizeNoisyPreferences,
  type CurvesDerived,
  type RoundsDerived,
} from '../../../src/widgets/noisy-preferences/model.ts';
import { pointAccuracy, runSimulation, simulationJobs, SIZES } from '../../../src/widgets/noisy-preferences/simulation.ts';
import { noisyPreferencesDefaults } from '../../../src/widgets/noisy-preferences/state.ts';
import { noisyPreferencesTable } from '../../../src/widgets/noisy-preferences/table.ts';
import { paletteChartColors } from '../../../src/widgets/shared/chart-colors.ts';

const colors = paletteChartColors('light');
const rounds = { ...noisyPreferencesDefaults, view: 'rounds' as const };
const curvesDone = deriveNoisyPreferences(noisyPreferencesDefaults, runSimulation(noisyPreferencesDefaults)) as CurvesDerived;
const roundsDone = deriveNoisyPreferences(rounds, runSimulation(rounds)) as RoundsDerived;

describe('deriveNoisyPreferences(state, results)', () => {
  it('shows nothing simulated before any job has run', () => {
    const empty = deriveNoisyPreferences(noisyPreferencesDefaults, new Map()) as CurvesDerived;
    expect(empty.point).toBeNull();
    expect(empty.curves.every((c) => c.accuracy.every((a) => a === null))).toBe(true);
    expect(empty.done).toBe(0);
    expect(empty.total).toBe(simulationJobs(noisyPreferencesDefaults).length);
    // the summary states only closed-form numbers: the same before and after the simulation
    expect(summarizeNoisyPreferences(noisyPreferencesDefaults, empty)).toBe(summarizeNoisyPreferences(noisyPreferencesDefaults, curvesDone));
    expect(noisyPreferencesTable(empty).rows.every((row) => row.slice(1).every((cell) => cell === '…'))).toBe(true);
  });
  it('fills a point of a curve only once all its datasets are done', () => {
    const results = runSimulation(noisyPreferencesDefaults);
    const missing = simulationJobs(noisyPreferencesDefaults).find((job) => job.kind === 'curve' && job.epsilon === 0.3 && job.sizes[0] === SIZES[3])!;
    results.delete(missing.key);
    const partial = deriveNoisyPreferences(noisyPreferencesDefaults, results) as CurvesDerived;
    expect(partial.curves.find((c) => c.epsilon === 0.3)!.accuracy.map((a) => a === null)).toEqual(SIZES.map((_, i) => i === 3));
    expect(partial.curves.find((c) => c.epsilon === 0.2)!.accuracy.every((a) => a !== null)).toBe(true);
  });
  it('gives the point and the curves of the simulation in the curves view', () => {
    expect(curvesDone.point).toBe(pointAccuracy(42, 0.2, 200));
    expect(curvesDone.cleanPoint).toBe(pointAccuracy(42, 0, 200));
    // the point at n = 200 is the curve's value at n = 200: the same datasets (prefixes of one draw)
    expect(curvesDone.curves.find((c) => c.epsilon === 0.2)!.accuracy[4]).toBeCloseTo(curvesDone.point!, 12);
    expect(curvesDone.effectiveN).toBeCloseTo(72, 12);
    // every curve below ε = ½ gains from 10 to 2000 pairs
    for (const curve of curvesDone.curves.filter((c) => c.epsilon < 0.5)) expect(curve.accuracy[7]!).toBeGreaterThan(curve.accuracy[0]!);
  });
  it('gives six rounds at ε and with clean labels in the rounds view', () => {
    expect(roundsDone.rounds).toHaveLength(6);
    expect(roundsDone.rounds![0]!.accuracy).toBeNull();
    expect(roundsDone.rounds![0]!.rewardScale).toBeNull();
    expect(roundsDone.rounds![0]!.kl).toBe(0);
    expect(roundsDone.rounds![0]).toEqual(roundsDone.cleanRounds![0]); // round 0 is π_ref whatever the labels
    expect(roundsDone.cleanRounds![5]!.goldReward).toBeGreaterThan(roundsDone.rounds![5]!.goldReward);
  });
});

describe('everything shown follows the view', () => {
  it('summary, table and chart of the curves view', () => {
    expect(summarizeNoisyPreferences(noisyPreferencesDefaults, curvesDone)).toBe(
      'ε = 0.2, n = 200 pairs: effective sample size (1 − 2ε)²·n = 72; ranking accuracy of the fitted reward model for 8 datasets per point, ε = 0 to 0.5.',
    );
    const table = noisyPreferencesTable(curvesDone);
    expect(table.columns).toEqual(['ε', 'n = 10', 'n = 20', 'n = 50', 'n = 100', 'n = 200', 'n = 500', 'n = 1000', 'n = 2000']);
    expect(table.rows.map((row) => row[0])).toEqual(['0', '0.1', '0.2', '0.3', '0.4', '0.5']);
    const chart = noisyPreferencesChartConfig(curvesDone, colors);
    expect(chart.data.datasets).toHaveLength(7);
    expect(chart.data.datasets[2]!.borderWidth).toBe(4); // the reader's ε = 0.2, drawn thick
    expect(chart.data.datasets[6]!.data).toEqual([{ x: Math.log10(200), y: curvesDone.point }]);
  });
  it('summary, table and chart of the rounds view', () => {
    expect(summarizeNoisyPreferences(rounds, roundsDone)).toBe(
      'ε = 0.2, m = 50 pairs per round, β = 0.5: 5 rounds of collect, refit and retrain, 4 runs, at this ε and with noise-free labels.',
    );
    const table = noisyPreferencesTable(roundsDone);
    expect(table.columns[0]).toBe('Round');
    expect(table.rows.map((row) => row[0])).toEqual(['0', '1', '2', '3', '4', '5']);
    expect(table.rows[0]![4]).toBe('—');
    expect(table.columns).toEqual(['Round', 'Gold reward', 'Helpfulness', 'Harmlessness', 'RM accuracy', 'Reward scale c', 'KL', 'Gold reward, ε = 0']);
    const chart = noisyPreferencesChartConfig(roundsDone, colors);
    expect(chart.data.datasets.map((d) => d.label)).toEqual([
      'Gold reward, ε = 0.2',
      'Helpfulness',
      'Harmlessness ("safety")',
      'Reward-model ranking accuracy (right axis)',
      'Gold reward, noise-free labels',
    ]);
    expect(chart.data.datasets[0]!.data).toHaveLength(6);
  });
});

describe('noisyPreferencesFallback(state)', () => {
  it('runs the whole simulation: the fallback shows numbers, not "simulating"', () => {
    const fallback = noisyPreferencesFallback(noisyPreferencesDefaults);
    expect(fallback.summary).not.toMatch(/simulating/);
    expect(fallback.table.rows).toHaveLength(6);
    expect(fallback.table.rows.flat()).not.toContain('…');
  });
});
