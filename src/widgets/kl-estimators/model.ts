/**
 * Pure model of the `kl-estimators` widget (content/chapter-4/kl-estimators.mdx): state → seeded batches of the
 * estimators $k_1, k_2, k_3$ (J. Schulman, "Approximating KL divergence", 2020) and their exact moments →
 * summary sentence and data table. Every number comes from `src/math` (`klEstimatorBatches`,
 * `gaussianEstimatorMoments`, `gaussianShiftKl`). The chart is in `chart.ts`.
 */
import {
  gaussianEstimatorMoments,
  gaussianShiftKl,
  KL_ESTIMATORS,
  klEstimatorBatches,
  type EstimatorMoments,
  type KlEstimator,
  type KlEstimatorBatches,
} from '../../math/index.ts';
import { formatFixed } from '../shared/format-number.ts';
import type { WidgetModel } from '../shared/widget-model.ts';
import type { WidgetFallback, WidgetTable } from '../shared/widget-table.ts';
import { klEstimatorsChartConfig } from './chart.ts';
import { estimateDigits } from './digits.ts';

export { estimateDigits } from './digits.ts';
import type { klEstimatorsSchema, KlEstimatorsState } from './state.ts';

/** Number of batches B the widget draws (each of `samples` samples). */
export const BATCHES = 200;

/** Everything the widget shows for a state. */
export interface KlEstimatorsDerived {
  mu: number;
  samples: number;
  /** The exact $\mathrm{KL}(\pi_\theta\|\pi_{\mathrm{ref}}) = \mu^2/2$. */
  kl: number;
  /** The seeded batches: per estimator, the batch means, their mean and SD, the smallest single value. */
  run: KlEstimatorBatches;
  /** Per estimator, the exact mean and the exact SD of a batch mean (single-sample SD over $\sqrt n$). */
  exact: Record<KlEstimator, EstimatorMoments>;
}

/**
 * Draws the batches and the exact moments for a state.
 *
 * @example
 * const d = deriveKlEstimators(klEstimatorsDefaults);
 * d.kl; // 0.5
 * d.exact.k2.mean; // 0.625 (bias μ⁴/8 = 0.125)
 */
export function deriveKlEstimators(state: KlEstimatorsState): KlEstimatorsDerived {
  const { mu, samples, seed } = state;
  const exact = {} as Record<KlEstimator, EstimatorMoments>;
  for (const kind of KL_ESTIMATORS) {
    const single = gaussianEstimatorMoments(kind, mu);
    exact[kind] = { mean: single.mean, sd: single.sd / Math.sqrt(samples) };
  }
  return { mu, samples, kl: gaussianShiftKl(mu), run: klEstimatorBatches({ mu, samples, batches: BATCHES, seed }), exact };
}


/**
 * A share as a whole percentage, "< 1 %" for a share above 0 that would round to 0.
 *
 * @example
 * formatShare(0.3115625); // → '31 %'
 */
export function formatShare(share: number): string {
  if (share > 0 && share < 0.005) return '< 1 %';
  return `${formatFixed(100 * share, 0)} %`;
}

/**
 * The one-sentence live summary.
 *
 * @example
 * summarizeKlEstimators(klEstimatorsDefaults);
 * // 'Drift μ = 1.00, exact KL 0.500: over 200 batches of 16 samples, k1 0.479 ± 0.235, k2 0.603 ± 0.203,
 * //  k3 0.497 ± 0.240 (mean ± SD); single-sample k1 fell below 0 on 31 % of samples, k3 never.'
 */
export function summarizeKlEstimators(state: KlEstimatorsState, derived: KlEstimatorsDerived = deriveKlEstimators(state)): string {
  const { run } = derived;
  const digits = estimateDigits(derived.kl);
  const each = KL_ESTIMATORS.map((kind) => `${kind} ${formatFixed(run[kind].mean, digits)} ± ${formatFixed(run[kind].sd, digits)}`).join(', ');
  const plural = derived.samples === 1 ? 'sample' : 'samples';
  const negative = run.k1.negativeShare > 0 ? `fell below 0 on ${formatShare(run.k1.negativeShare)} of samples` : 'never fell below 0';
  return (
    `Drift μ = ${formatFixed(derived.mu, 2)}, exact KL ${formatFixed(derived.kl, digits)}: over ${String(BATCHES)} batches of ` +
    `${String(derived.samples)} ${plural}, ${each} (mean ± SD); single-sample k1 ${negative}, k3 never.`
  );
}

/** The estimators' formulas as the table shows them. */
export const ESTIMATOR_FORMULAS: Record<KlEstimator, string> = {
  k1: 'k1 = −log ρ',
  k2: 'k2 = ½(log ρ)²',
  k3: 'k3 = (ρ − 1) − log ρ',
};

/**
 * The data table (the chart's text alternative): per estimator, the mean ± SD of the batch means, the exact
 * mean ± SD of a batch mean, the smallest single-sample value and the share of single samples below 0 (the
 * last two are over all single samples).
 *
 * @example
 * klEstimatorsTable(deriveKlEstimators(klEstimatorsDefaults)).rows[1][2]; // → '0.625 ± 0.217'
 */
export function klEstimatorsTable(derived: KlEstimatorsDerived): WidgetTable {
  const digits = estimateDigits(derived.kl);
  return {
    caption:
      `Drift μ = ${formatFixed(derived.mu, 2)}, exact KL = μ²/2 = ${formatFixed(derived.kl, digits)}: each estimator ` +
      `averaged over batches of n = ${String(derived.samples)} ${derived.samples === 1 ? 'sample' : 'samples'} y ∼ π_θ, for ${String(BATCHES)} seeded batches, ` +
      'against its exact mean and SD.',
    columns: ['Estimator', 'Batch mean ± SD', 'Exact mean ± SD', 'Smallest value', 'Share < 0'],
    rows: KL_ESTIMATORS.map((kind) => [
      ESTIMATOR_FORMULAS[kind],
      `${formatFixed(derived.run[kind].mean, digits)} ± ${formatFixed(derived.run[kind].sd, digits)}`,
      `${formatFixed(derived.exact[kind].mean, digits)} ± ${formatFixed(derived.exact[kind].sd, digits)}`,
      formatFixed(derived.run[kind].min, digits),
      formatShare(derived.run[kind].negativeShare),
    ]),
  };
}

/**
 * Build-time fallback: the summary and the table for a state.
 *
 * @example
 * klEstimatorsFallback(klEstimatorsDefaults).summary; // contains 'exact KL 0.500'
 */
export function klEstimatorsFallback(state: KlEstimatorsState): WidgetFallback {
  const derived = deriveKlEstimators(state);
  return { summary: summarizeKlEstimators(state, derived), table: klEstimatorsTable(derived) };
}

/** The model as the `po-kl-estimators` element uses it (see shared/widget-model.ts). */
export const klEstimatorsModel: WidgetModel<typeof klEstimatorsSchema, KlEstimatorsDerived> = {
  derive: deriveKlEstimators,
  summarize: summarizeKlEstimators,
  chartConfig: klEstimatorsChartConfig,
};
