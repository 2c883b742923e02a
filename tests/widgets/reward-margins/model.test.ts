/**
 * The model of the reward-margins widget against an independent numpy reimplementation of its run (the toy world
 * from np.random.seed(42) and np.random.seed([42, 1]), full-batch gradient descent with η = 0.5 for 60 steps on
 * mean softplus(m(r) − θ·d), numpy.histogram-style bins of width 0.25 on [−4, 4) with the ends clamped).
 */
import { describe, expect, it } from 'vitest';
import { paletteChartColors } from '../../../src/widgets/shared/chart-colors.ts';
import { histogramOutline, rewardMarginsChartConfig } from '../../../src/widgets/reward-margins/chart.ts';
import { deriveRewardMargins, deriveRewardMarginsAt, rewardMarginsFallback, rewardMarginsTable, summarizeRewardMargins } from '../../../src/widgets/reward-margins/model.ts';
import { rewardMarginsDefaults } from '../../../src/widgets/reward-margins/state.ts';
import { advanceRun, rewardMarginsProblem, startRun } from '../../../src/widgets/reward-margins/training.ts';

const numpy = {
  none: {
    rows: [[39, 0.43981642170403573, 11], [60, 0.3165357651447989, 19], [65, 0.19810877966602758, 19], [36, 0.062414375809831855, 18]],
    hist: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 9, 10, 9, 15, 21, 36, 19, 9, 38, 24, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  },
  large: {
    rows: [[39, 1.3815014814001862, 10], [60, 0.8347433533525758, 19], [65, 0.34385898008624943, 31], [36, 0.13814567792080817, 18]],
    hist: [2, 0, 2, 1, 3, 2, 13, 0, 6, 0, 6, 1, 1, 12, 7, 22, 9, 5, 16, 1, 5, 9, 0, 11, 4, 28, 18, 2, 4, 10, 0, 0],
  },
} as const;

describe('deriveRewardMargins(state)', () => {
  it.each(['none', 'large'] as const)('%s: per-rating pairs, mean margins, margins ≤ 0 and the histogram match numpy', (margin) => {
    const d = deriveRewardMargins({ ...rewardMarginsDefaults, margin });
    d.rows.slice(0, 4).forEach((row, k) => {
      const [pairs, mean, negative] = numpy[margin].rows[k]!;
      expect(row.pairs).toBe(pairs);
      expect(row.meanMargin).toBeCloseTo(mean, 10);
      expect(row.negative).toBe(negative);
    });
    expect(d.counts).toEqual(numpy[margin].hist);
    expect(d.rows[4]).toMatchObject({ pairs: 200, negative: margin === 'none' ? 67 : 78 });
  });

  it('outlines the end histogram without a margin term only when there is a margin term', () => {
    expect(deriveRewardMargins(rewardMarginsDefaults).reference).toEqual(numpy.none.hist);
    expect(deriveRewardMargins({ ...rewardMarginsDefaults, margin: 'none' }).reference).toBeNull();
  });

  it('outlines the plain run at the step shown when the element passes it (trained alongside)', () => {
    const plain = advanceRun(startRun(rewardMarginsProblem({ margin: 'none', seed: 42 })), 4);
    const run = advanceRun(startRun(rewardMarginsProblem(rewardMarginsDefaults)), 3);
    const d = deriveRewardMarginsAt(rewardMarginsDefaults, run, plain);
    expect(d.reference).toEqual(deriveRewardMarginsAt({ ...rewardMarginsDefaults, margin: 'none' }, advanceRun(startRun(plain.problem), 3)).counts);
    expect(d.reference).not.toEqual(numpy.none.hist);
  });

  it('at step 0 has every margin in the bin starting at 0, all counted as errors', () => {
    const d = deriveRewardMarginsAt(rewardMarginsDefaults, startRun(rewardMarginsProblem(rewardMarginsDefaults)));
    expect(d.step).toBe(0);
    expect(d.counts[16]).toBe(200);
    expect(d.state.errorRate).toBe(1);
  });
});

describe('summarizeRewardMargins(state, derived)', () => {
  it('states the margin term, the step, the margins ≤ 0 and the loss of the run on screen', () => {
    expect(summarizeRewardMargins(rewardMarginsDefaults, deriveRewardMargins(rewardMarginsDefaults))).toBe(
      'Large margin term m(r) = 3, 2, 1, 0, step 60 of 60: 78 of 200 margins ≤ 0 (error rate 0.390), mean loss 1.4593.',
    );
    const early = deriveRewardMarginsAt(rewardMarginsDefaults, advanceRun(startRun(rewardMarginsProblem({ ...rewardMarginsDefaults, margin: 'none' })), 5));
    expect(summarizeRewardMargins(rewardMarginsDefaults, early)).toMatch(/^No margin term, step 5 of 60: \d+ of 200 margins ≤ 0/);
  });
});

describe('rewardMarginsTable(derived) and rewardMarginsFallback(state)', () => {
  it('lists the four ratings and all pairs with the table of the end state', () => {
    const table = rewardMarginsTable(deriveRewardMargins(rewardMarginsDefaults));
    expect(table.columns).toEqual(['Rating', 'm(r)', 'Pairs', 'Mean margin m', 'Margins ≤ 0', 'Error rate']);
    expect(table.rows[0]).toEqual(['significantly better', '3.00', '39', '1.382', '10', '0.256']);
    expect(table.rows[2]).toEqual(['slightly better', '1.00', '65', '0.344', '31', '0.477']);
    expect(table.rows[4]).toEqual(['All pairs', '—', '200', table.rows[4]![3], '78', '0.390']);
    expect(rewardMarginsFallback(rewardMarginsDefaults).table).toEqual(table);
  });
});

describe('rewardMarginsChartConfig(derived, colors) and histogramOutline(counts, lo, hi)', () => {
  it('draws the histogram, the reference and the line at m = 0 on a fixed axis [−4, 4]', () => {
    const config = rewardMarginsChartConfig(deriveRewardMargins(rewardMarginsDefaults), paletteChartColors('light'));
    expect(config.data.datasets.map((d) => d.label)).toEqual(['Margins now', 'No margin term, same step', 'm = 0 (left: ordered wrongly)']);
    expect(config.options?.scales?.['x']).toMatchObject({ min: -4, max: 4 });
    expect(rewardMarginsChartConfig(deriveRewardMargins({ ...rewardMarginsDefaults, margin: 'none' }), paletteChartColors('dark')).data.datasets).toHaveLength(2);
  });

  it('puts each bin at its left edge and closes the last bin at hi', () => {
    expect(histogramOutline([1, 3], -1, 1)).toEqual([{ x: -1, y: 1 }, { x: 0, y: 3 }, { x: 1, y: 3 }]);
  });
});
