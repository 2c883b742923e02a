import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimatorTick, klEstimatorsChartConfig, klEstimatorsChartDescription, stripX } from '../../../src/widgets/kl-estimators/chart.ts';
import {
  BATCHES,
  deriveKlEstimators,
  estimateDigits,
  formatShare,
  klEstimatorsFallback,
  klEstimatorsTable,
  summarizeKlEstimators,
} from '../../../src/widgets/kl-estimators/model.ts';
import { klEstimatorsDefaults, klEstimatorsSchema, type KlEstimatorsState } from '../../../src/widgets/kl-estimators/state.ts';
import { paletteChartColors } from '../../../src/widgets/shared/chart-colors.ts';
import { validState } from '../shared/schema-arbitraries.ts';
import { documentedResult } from '../tsdoc-example.ts';

// Independent values (python3 + numpy 2.4, the same MT19937 stream as src/math/random.ts):
// np.random.seed(42); x = np.random.standard_normal((200, 16)); l = x - 0.5 (μ = 1); batch means of
// k1 = -l, k2 = l²/2, k3 = expm1(l) - l; their mean and std(ddof=1); the share of single k1 below 0.
const DEFAULT_RUN = {
  k1: [0.4787103804464038, 0.2345152185464423],
  k2: [0.6032517635091998, 0.20256077338881617],
  k3: [0.49742646114623873, 0.24038874060098026],
  k1NegativeShare: 0.3115625,
  k1Min: -3.4262377064363267,
};
// Exact single-sample SDs at μ = 1 (scipy quad, tests/math/gaussian-kl-estimators.test.ts) over √16.
const EXACT_SD_16 = { k1: 1 / 4, k2: 0.8660254037844385 / 4, k3: 0.8475150904019617 / 4 };

const withState = (changes: Partial<KlEstimatorsState>): KlEstimatorsState => ({ ...klEstimatorsDefaults, ...changes });

describe('deriveKlEstimators(state)', () => {
  it('draws the numpy batches at the default state, with the exact moments per batch', () => {
    const d = deriveKlEstimators(klEstimatorsDefaults);
    expect(d.kl).toBe(0.5);
    for (const kind of ['k1', 'k2', 'k3'] as const) {
      expect(d.run[kind].batchMeans.length).toBe(BATCHES);
      expect(d.run[kind].mean).toBeCloseTo(DEFAULT_RUN[kind][0]!, 12);
      expect(d.run[kind].sd).toBeCloseTo(DEFAULT_RUN[kind][1]!, 12);
      expect(d.exact[kind].sd).toBeCloseTo(EXACT_SD_16[kind], 8);
    }
    expect(d.exact.k2.mean).toBeCloseTo(0.625, 12);
    expect(d.run.k1.negativeShare).toBe(DEFAULT_RUN.k1NegativeShare);
    expect(d.run.k1.min).toBeCloseTo(DEFAULT_RUN.k1Min, 12);
  });
  it('changes the draws with the seed and not the exact values', () => {
    const a = deriveKlEstimators(klEstimatorsDefaults);
    const b = deriveKlEstimators(withState({ seed: 43 }));
    expect(b.run.k1.mean).not.toBe(a.run.k1.mean);
    expect(b.exact).toEqual(a.exact);
  });
  it('keeps k3 and k2 non-negative on every single sample of every state (property)', () => {
    fc.assert(
      fc.property(validState(klEstimatorsSchema), (state) => {
        const d = deriveKlEstimators({ ...state, samples: Math.min(state.samples, 32) });
        expect(d.run.k3.min).toBeGreaterThanOrEqual(0);
        expect(d.run.k2.min).toBeGreaterThanOrEqual(0);
        expect(d.run.k3.negativeShare).toBe(0);
      }),
      { numRuns: 40 },
    );
  });
});

describe('estimateDigits(kl)', () => {
  it('keeps three significant digits of the KL, at least 3 decimals', () => {
    expect([estimateDigits(0), estimateDigits(0.5), estimateDigits(2), estimateDigits(0.005), estimateDigits(0.05)]).toEqual([3, 3, 3, 5, 4]);
  });
  it('is what its TSDoc examples say', () => {
    const source = new URL('../../../src/widgets/kl-estimators/model.ts', import.meta.url);
    const digits = new URL('../../../src/widgets/kl-estimators/digits.ts', import.meta.url);
    expect(estimateDigits(0.005)).toBe(documentedResult(digits, 'estimateDigits(0.005);'));
    expect(formatShare(0.3115625)).toBe(documentedResult(source, 'formatShare(0.3115625);'));
  });
});

describe('formatShare(share)', () => {
  it('writes whole percentages and never rounds a positive share to 0 %', () => {
    expect([formatShare(0), formatShare(0.001), formatShare(0.3115625), formatShare(1)]).toEqual(['0 %', '< 1 %', '31 %', '100 %']);
  });
});

describe('summarizeKlEstimators(state)', () => {
  it('states the drift, the exact KL, mean ± SD per estimator and k1’s negative share', () => {
    expect(summarizeKlEstimators(klEstimatorsDefaults)).toBe(
      'Drift μ = 1.00, exact KL 0.500: over 200 batches of 16 samples, ' +
        `k1 ${DEFAULT_RUN.k1[0]!.toFixed(3)} ± ${DEFAULT_RUN.k1[1]!.toFixed(3)}, k2 ${DEFAULT_RUN.k2[0]!.toFixed(3)} ± ${DEFAULT_RUN.k2[1]!.toFixed(3)}, ` +
        `k3 ${DEFAULT_RUN.k3[0]!.toFixed(3)} ± ${DEFAULT_RUN.k3[1]!.toFixed(3)} (mean ± SD); single-sample k1 fell below 0 on 31 % of samples, k3 never.`,
    );
  });
  it('shows five decimals at drift 0.1 (KL 0.005) and says so when k1 never went negative (μ = 0)', () => {
    expect(summarizeKlEstimators(withState({ mu: 0.1 }))).toContain('exact KL 0.00500');
    expect(summarizeKlEstimators(withState({ mu: 0, samples: 1 }))).toContain('batches of 1 sample, ');
    expect(summarizeKlEstimators(withState({ mu: 0 }))).toContain('single-sample k1 never fell below 0');
  });
});

describe('klEstimatorsTable(derived)', () => {
  it('has one row per estimator with batches, exact values, the smallest value and the negative share', () => {
    const table = klEstimatorsTable(deriveKlEstimators(klEstimatorsDefaults));
    expect(table.columns).toHaveLength(5);
    expect(table.rows.map((row) => row[0])).toEqual(['k1 = −log ρ', 'k2 = ½(log ρ)²', 'k3 = (ρ − 1) − log ρ']);
    expect(table.rows[0]).toEqual([
      'k1 = −log ρ',
      `${DEFAULT_RUN.k1[0]!.toFixed(3)} ± ${DEFAULT_RUN.k1[1]!.toFixed(3)}`,
      '0.500 ± 0.250',
      `−${(-DEFAULT_RUN.k1Min).toFixed(3)}`,
      '31 %',
    ]);
    expect(table.rows[1]![2]).toBe(documentedResult(new URL('../../../src/widgets/kl-estimators/model.ts', import.meta.url), 'klEstimatorsTable(deriveKlEstimators(klEstimatorsDefaults)).rows[1][2];'));
    expect(table.rows[2]![2]).toBe(`0.500 ± ${EXACT_SD_16.k3.toFixed(3)}`);
    expect(table.rows[2]![4]).toBe('0 %');
  });
  it('is the fallback’s table, next to the summary', () => {
    const fallback = klEstimatorsFallback(klEstimatorsDefaults);
    expect(fallback.summary).toBe(summarizeKlEstimators(klEstimatorsDefaults));
    expect(fallback.table).toEqual(klEstimatorsTable(deriveKlEstimators(klEstimatorsDefaults)));
  });
});

describe('klEstimatorsChartConfig(derived, colors)', () => {
  it('plots one point per batch mean in three columns, the exact KL line and the three means', () => {
    const d = deriveKlEstimators(klEstimatorsDefaults);
    const config = klEstimatorsChartConfig(d, paletteChartColors('light'));
    const sets = config.data.datasets;
    expect(sets).toHaveLength(5);
    expect(sets[0]!.data).toHaveLength(BATCHES);
    expect(sets[0]!.data[0]).toEqual({ x: 0.7, y: d.run.k1.batchMeans[0] });
    expect(sets[2]!.data[BATCHES - 1]!.x).toBeCloseTo(3.3, 12);
    expect(sets[2]!.data[BATCHES - 1]!.y).toBe(d.run.k3.batchMeans[BATCHES - 1]);
    expect(sets[3]!.data.map((p) => p.y)).toEqual([0.5, 0.5]);
    expect(sets[4]!.data).toEqual([
      { x: 1, y: d.run.k1.mean },
      { x: 2, y: d.run.k2.mean },
      { x: 3, y: d.run.k3.mean },
    ]);
  });
  it('labels the x ticks with the estimators’ names only', () => {
    expect([0.5, 1, 1.5, 2, 3, 3.5].map(estimatorTick)).toEqual(['', 'k1', '', 'k2', 'k3', '']);
    expect(stripX(2, 0, 200)).toBeCloseTo(1.7, 12);
    expect(stripX(2, 0, 1)).toBe(2);
  });
  it('describes the chart for screen readers', () => {
    expect(klEstimatorsChartDescription(deriveKlEstimators(klEstimatorsDefaults))).toContain('exact KL 0.500');
  });
  it('writes the exact KL in the legend and the description with the table’s digits at a small drift', () => {
    // μ = 0.05: KL = μ²/2 = 0.00125 exactly; with three fixed decimals the legend used to read 0.001.
    const d = deriveKlEstimators({ ...klEstimatorsDefaults, mu: 0.05 });
    expect(klEstimatorsTable(d).caption).toContain('μ²/2 = 0.00125');
    expect(klEstimatorsChartConfig(d, paletteChartColors('light')).data.datasets[3]!.label).toBe('Exact KL = μ²/2 = 0.00125');
    expect(klEstimatorsChartDescription(d)).toContain('exact KL 0.00125');
  });
  it('says “1 sample”, not “1 samples”, in the table caption at n = 1', () => {
    expect(klEstimatorsTable(deriveKlEstimators({ ...klEstimatorsDefaults, samples: 1 })).caption).toContain('n = 1 sample y ∼ π_θ');
  });
});
