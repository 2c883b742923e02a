/**
 * Pure model of the `annotator-agreement` widget (content/chapter-3/annotator-agreement.mdx): state → derived
 * numbers → summary sentence and data table. Every number comes from `src/math`: the labels from
 * `simulateAnnotators` (numpy's legacy stream, so the defaults give the seed notebook's agreement 0.840 and
 * Cohen's κ 0.633), raw and chance agreement and Cohen's κ of A and B (Cohen 1960), Fleiss' κ over all
 * annotators (Fleiss 1971), the flip model's expected values and the majority vote's accuracy. The chart is in
 * `chart.ts`.
 */
import {
  chanceAgreement,
  cohenKappa,
  flipModelAgreement,
  fleissKappaFromLabels,
  majorityAccuracy,
  majorityVoteAccuracy,
  numpyRandom,
  rawAgreement,
  simulateAnnotators,
  type FlipModelAgreement,
} from '../../math/index.ts';
import { formatFixed } from '../shared/format-number.ts';
import type { WidgetModel } from '../shared/widget-model.ts';
import type { WidgetFallback, WidgetTable } from '../shared/widget-table.ts';
import { annotatorAgreementChartConfig } from './chart.ts';
import type { annotatorAgreementSchema, AnnotatorAgreementState } from './state.ts';

/** Base rates at which the chart draws the flip model's expected κ. */
export const CURVE_BASE_RATES: readonly number[] = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);

/** Everything the widget shows for a state. */
export interface AnnotatorAgreementDerived {
  baseRate: number;
  flipRate: number;
  n: number;
  annotators: number;
  /** Fraction of items A and B label yes. */
  yesA: number;
  yesB: number;
  /** A and B: raw agreement $p_o$, chance agreement $p_e$, Cohen's κ. */
  agreement: number;
  chance: number;
  kappa: number;
  /** Fleiss' κ over all $m$ annotators (Scott's π when $m = 2$). */
  fleiss: number;
  /** Accuracy, against A's labels, of the majority of the other $m - 1$ annotators (a tie counts ½). */
  majority: number;
  /** The flip model's population values for A and B. */
  expected: FlipModelAgreement;
  /** The flip model's majority accuracy for $m - 1$ voters. */
  expectedMajority: number;
  /** Expected κ at each of {@link CURVE_BASE_RATES}. */
  curve: { baseRate: number; kappa: number }[];
}

/**
 * Simulates the annotators and derives every number the widget shows.
 *
 * @example
 * const d = deriveAnnotatorAgreement(annotatorAgreementDefaults);
 * [d.agreement, d.kappa]; // ≈ [0.84, 0.632822] (the seed notebook's 0.840 and 0.633)
 */
export function deriveAnnotatorAgreement(state: AnnotatorAgreementState): AnnotatorAgreementDerived {
  const { annotators, baseRate, flipRate, n, seed } = state;
  const labels = simulateAnnotators(numpyRandom(seed), { n, baseRate, flipRate, annotators });
  const a = labels[0] as Float64Array;
  const b = labels[1] as Float64Array;
  const mean = (x: Float64Array) => x.reduce((s, v) => s + v, 0) / x.length;
  return {
    baseRate,
    flipRate,
    n,
    annotators,
    yesA: mean(a),
    yesB: mean(b),
    agreement: rawAgreement(a, b),
    chance: chanceAgreement(a, b),
    kappa: cohenKappa(a, b),
    fleiss: fleissKappaFromLabels(labels),
    majority: majorityVoteAccuracy(labels.slice(1), a),
    expected: flipModelAgreement(baseRate, flipRate),
    expectedMajority: majorityAccuracy(annotators - 1, flipRate),
    curve: CURVE_BASE_RATES.map((rate) => ({ baseRate: rate, kappa: flipModelAgreement(rate, flipRate).kappa })),
  };
}

/** "the other annotator" or "the other 3 annotators". */
function others(count: number): string {
  return count === 1 ? 'B alone' : `the majority of the other ${String(count)} annotators`;
}

/**
 * The one-sentence live summary.
 *
 * @example
 * summarizeAnnotatorAgreement(annotatorAgreementDefaults);
 * // → 'A and B on 300 items (base rate 0.30, flip rate 0.12): raw agreement 0.840, chance agreement 0.564, Cohen’s κ 0.633 …'
 */
export function summarizeAnnotatorAgreement(state: AnnotatorAgreementState, d: AnnotatorAgreementDerived = deriveAnnotatorAgreement(state)): string {
  const fleiss = d.annotators > 2 ? ` Fleiss’ κ over all ${String(d.annotators)} annotators is ${formatFixed(d.fleiss, 3)}.` : '';
  return (
    `A and B on ${String(d.n)} items (base rate ${formatFixed(d.baseRate, 2)}, flip rate ${formatFixed(d.flipRate, 2)}): ` +
    `raw agreement ${formatFixed(d.agreement, 3)}, chance agreement ${formatFixed(d.chance, 3)}, Cohen’s κ ${formatFixed(d.kappa, 3)} ` +
    `(expected ${formatFixed(d.expected.agreement, 3)}, ${formatFixed(d.expected.chance, 3)} and ${formatFixed(d.expected.kappa, 3)}).${fleiss} ` +
    `Labels from ${others(d.annotators - 1)} match A on ${formatFixed(100 * d.majority, 1)} % of items (expected ${formatFixed(100 * d.expectedMajority, 1)} %).`
  );
}

/**
 * The data table (the chart's text alternative): each quantity in this sample and its expected value under the
 * flip model.
 *
 * @example
 * annotatorAgreementTable(deriveAnnotatorAgreement(annotatorAgreementDefaults)).rows[2]; // → ['Cohen’s κ (A, B)', '0.633', '0.727']
 */
export function annotatorAgreementTable(d: AnnotatorAgreementDerived): WidgetTable {
  const voters = d.annotators - 1;
  return {
    caption:
      `${String(d.annotators)} simulated annotators on ${String(d.n)} items: A says yes with probability ${formatFixed(d.baseRate, 2)}, ` +
      `every other annotator flips A’s label with probability ${formatFixed(d.flipRate, 2)}. Each quantity in this sample and its ` +
      'expected value under that model (Fleiss’ κ: sample only).',
    columns: ['Quantity', 'This sample', 'Expected'],
    rows: [
      ['Raw agreement p_o (A, B)', formatFixed(d.agreement, 3), formatFixed(d.expected.agreement, 3)],
      ['Chance agreement p_e (A, B)', formatFixed(d.chance, 3), formatFixed(d.expected.chance, 3)],
      ['Cohen’s κ (A, B)', formatFixed(d.kappa, 3), formatFixed(d.expected.kappa, 3)],
      [`Fleiss’ κ (${String(d.annotators)} annotators)`, formatFixed(d.fleiss, 3), '—'],
      ['Yes rate of A', formatFixed(d.yesA, 3), formatFixed(d.baseRate, 3)],
      ['Yes rate of B', formatFixed(d.yesB, 3), formatFixed(d.expected.yesRateB, 3)],
      [voters === 1 ? 'B matches A' : `Majority of ${String(voters)} matches A`, formatFixed(d.majority, 3), formatFixed(d.expectedMajority, 3)],
    ],
  };
}

/**
 * Build-time fallback: the summary and the table for a state.
 *
 * @example
 * annotatorAgreementFallback(annotatorAgreementDefaults).summary; // contains 'Cohen’s κ 0.633'
 */
export function annotatorAgreementFallback(state: AnnotatorAgreementState): WidgetFallback {
  const derived = deriveAnnotatorAgreement(state);
  return { summary: summarizeAnnotatorAgreement(state, derived), table: annotatorAgreementTable(derived) };
}

/** The model as the `po-annotator-agreement` element uses it (see shared/widget-model.ts). */
export const annotatorAgreementModel: WidgetModel<typeof annotatorAgreementSchema, AnnotatorAgreementDerived> = {
  derive: deriveAnnotatorAgreement,
  summarize: summarizeAnnotatorAgreement,
  chartConfig: annotatorAgreementChartConfig,
};
