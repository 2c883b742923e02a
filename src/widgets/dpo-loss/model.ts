/**
 * Pure model of the `dpo-loss` widget (COURSE.md §5.3, REFERENCE.md §4): state → derived numbers → summary
 * sentence, data table and chart configuration. Every number comes from `src/math` (`dpoLoss`, `dpoPairLoss`,
 * `sigmoid`); this module only picks the options and formats.
 *
 * Per pair, $\Delta = \log\frac{\pi_\theta(y_w \mid x)}{\pi_{\mathrm{ref}}(y_w \mid x)} -
 * \log\frac{\pi_\theta(y_l \mid x)}{\pi_{\mathrm{ref}}(y_l \mid x)}$ and the advantage is $u = \beta\Delta$;
 * the DPO loss is $-\log\sigma(u)$ and its gradient weight $\sigma(-u)$.
 */
import { dpoLoss, dpoPairLoss, sigmoid } from '../../math/index.ts';
import { axisRange, sampleRange, type AxisRange } from '../shared/axis-range.ts';
import type { ChartColors } from '../shared/chart-colors.ts';
import { curveDataset, orderedPairDatasets } from '../shared/chart-datasets.ts';
import type { ChartPoint, WidgetChartConfig } from '../shared/chart-types.ts';
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import { lineChartOptions } from '../shared/line-chart-options.ts';
import type { WidgetModel } from '../shared/widget-model.ts';
import type { WidgetFallback, WidgetTable } from '../shared/widget-table.ts';
import { dpoLossSchema, ROBUST_EPSILON_MAX, type DpoLossState, type DpoLossVariant } from './state.ts';

/** One preference pair. */
export interface DpoLossPair {
  chosen: number;
  rejected: number;
  /** $u = \beta\Delta$. */
  advantage: number;
  /** Loss of the selected variant. */
  loss: number;
  /** DPO gradient weight $\sigma(-\beta\Delta)$. */
  weight: number;
  /** $\Delta > 0$ strictly (ties are wrong). */
  correct: boolean;
}

/** Everything the widget shows for a state. */
export interface DpoLossDerived {
  beta: number;
  variant: DpoLossVariant;
  /** The ε actually used: 0 unless the variant is cDPO or robust; at most 0.49 for robust. */
  epsilon: number;
  /** Whether ε was lowered to keep the robust loss defined. */
  epsilonClamped: boolean;
  pairs: DpoLossPair[];
  meanLoss: number;
  accuracy: number;
  correctCount: number;
  range: AxisRange;
  /** The selected variant's loss over $u$. */
  lossCurve: ChartPoint[];
  /** The weight $\sigma(-u)$ over $u$. */
  weightCurve: ChartPoint[];
}

const CURVE_SAMPLES = 97;

/**
 * Whether a variant uses label smoothing ε.
 *
 * @example
 * usesEpsilon('robust'); // → true
 */
export function usesEpsilon(variant: DpoLossVariant): boolean {
  return variant === 'cdpo' || variant === 'robust';
}

/**
 * Derives per-pair advantages, losses and weights and the two curves from a state. Pairs beyond the shorter
 * log-ratio list are ignored.
 *
 * @example
 * const d = deriveDpoLoss(dpoLossDefaults);
 * d.meanLoss; // ≈ 0.650868 (REFERENCE.md §4)
 * d.pairs.map((p) => p.weight); // ≈ [0.465057, 0.482507, 0.502500, 0.462570]
 */
export function deriveDpoLoss(state: DpoLossState): DpoLossDerived {
  const n = Math.min(state.chosen.length, state.rejected.length);
  const { beta, variant } = state;
  const wanted = usesEpsilon(variant) ? state.epsilon : 0;
  const epsilon = variant === 'robust' ? Math.min(wanted, ROBUST_EPSILON_MAX) : wanted;
  const options = { variant, labelSmoothing: epsilon };
  const chosen = state.chosen.slice(0, n);
  const rejected = state.rejected.slice(0, n);
  const pairs: DpoLossPair[] = [];
  let meanLoss = Number.NaN;
  let accuracy = Number.NaN;
  let advantages = new Float64Array(0);
  if (n > 0) {
    const result = dpoLoss(chosen, rejected, beta, options);
    meanLoss = result.mean;
    accuracy = result.accuracy;
    advantages = result.advantages;
    for (let i = 0; i < n; i++) {
      pairs.push({
        chosen: chosen[i] as number,
        rejected: rejected[i] as number,
        advantage: result.advantages[i] as number,
        loss: result.losses[i] as number,
        weight: result.weights[i] as number,
        correct: (chosen[i] as number) > (rejected[i] as number),
      });
    }
  }
  const range = axisRange(advantages, 3, 1);
  const grid = sampleRange(range, CURVE_SAMPLES);
  const lossCurve = Array.from(grid, (u) => ({ x: u, y: dpoPairLoss(u / beta, beta, options) }));
  const weightCurve = Array.from(grid, (u) => ({ x: u, y: sigmoid(-u) }));
  const correctCount = pairs.filter((pair) => pair.correct).length;
  return {
    beta,
    variant,
    epsilon,
    epsilonClamped: epsilon < wanted,
    pairs,
    meanLoss,
    accuracy,
    correctCount,
    range,
    lossCurve,
    weightCurve,
  };
}

/**
 * The variant's name with its ε where it has one, e.g. `cDPO (label smoothing) loss (ε = 0.1)`.
 *
 * @example
 * variantPhrase(deriveDpoLoss(dpoLossDefaults)); // → 'sigmoid (DPO) loss'
 */
export function variantPhrase(derived: DpoLossDerived): string {
  const name = dpoLossSchema.variant.labels[derived.variant];
  if (!usesEpsilon(derived.variant)) return `${name} loss`;
  const clamped = derived.epsilonClamped ? ', lowered to stay below 0.5' : '';
  return `${name} loss (ε = ${formatParameter(derived.epsilon)}${clamped})`;
}

/**
 * The one-sentence live summary.
 *
 * @example
 * summarizeDpoLoss(dpoLossDefaults);
 * // → 'β = 0.1, sigmoid (DPO) loss: mean 0.6509, 3 of 4 pairs ordered correctly;
 * //    weights σ(−βΔ) = 0.465, 0.483, 0.502, 0.463.'
 */
export function summarizeDpoLoss(state: DpoLossState, derived: DpoLossDerived = deriveDpoLoss(state)): string {
  const n = derived.pairs.length;
  if (n === 0) return 'No preference pairs: add a pair to see its loss.';
  const weights = derived.pairs.map((pair) => formatFixed(pair.weight, 3)).join(', ');
  return (
    `β = ${formatParameter(derived.beta)}, ${variantPhrase(derived)}: mean ${formatFixed(derived.meanLoss, 4)}, ` +
    `${derived.correctCount} of ${n} ${n === 1 ? 'pair' : 'pairs'} ordered correctly; weights σ(−βΔ) = ${weights}.`
  );
}

/** Column headers of the data table (the element makes columns 1 and 2 editable). */
export const dpoLossColumns = [
  'Pair',
  'log π_θ/π_ref (y_w)',
  'log π_θ/π_ref (y_l)',
  'u = βΔ',
  'Loss',
  'Weight σ(−βΔ)',
];

/**
 * The data table (the chart's text alternative): one row per pair.
 *
 * @example
 * dpoLossTable(deriveDpoLoss(dpoLossDefaults)).rows[2]; // → ['3', '0.40', '0.50', '−0.010', '0.6982', '0.502']
 */
export function dpoLossTable(derived: DpoLossDerived): WidgetTable {
  return {
    caption:
      `Per-pair advantage, ${variantPhrase(derived)} and DPO weight at β = ${formatParameter(derived.beta)}; ` +
      `mean loss ${formatFixed(derived.meanLoss, 4)}.`,
    columns: [...dpoLossColumns],
    rows: derived.pairs.map((pair, index) => [
      String(index + 1),
      formatFixed(pair.chosen, 2),
      formatFixed(pair.rejected, 2),
      formatFixed(pair.advantage, 3),
      formatFixed(pair.loss, 4),
      formatFixed(pair.weight, 3),
    ]),
  };
}

/**
 * The chart: the selected variant's loss over $u = \beta\Delta$ with each pair as a point on it (circles when
 * ordered correctly, triangles when not), and the DPO weight $\sigma(-u)$ on a right-hand axis from 0 to 1.
 * For IPO, whose loss grows like $1/\beta^2$, the loss axis is capped at twice the largest pair loss.
 *
 * @example
 * dpoLossChartConfig(deriveDpoLoss(dpoLossDefaults), paletteChartColors('light')).data.datasets.length; // → 4
 */
export function dpoLossChartConfig(derived: DpoLossDerived, colors: ChartColors): WidgetChartConfig {
  const point = (pair: DpoLossPair): ChartPoint => ({ x: pair.advantage, y: pair.loss });
  const [lossColour, rightColour, weightColour, wrongColour] = colors.series;
  const maxPairLoss = derived.pairs.reduce((max, pair) => Math.max(max, pair.loss), 0);
  const lossAxisMax = derived.variant === 'ipo' ? { max: Math.max(1, Math.ceil(2 * maxPairLoss)) } : {};
  return {
    type: 'line',
    data: {
      datasets: [
        curveDataset(`Loss (${dpoLossSchema.variant.labels[derived.variant]})`, derived.lossCurve, lossColour, { yAxisID: 'y' }),
        curveDataset('Weight σ(−u) (right axis)', derived.weightCurve, weightColour, { yAxisID: 'y1', borderDash: [6, 4] }),
        ...orderedPairDatasets(derived.pairs, point, { right: rightColour, wrong: wrongColour }, { yAxisID: 'y' }),
      ],
    },
    options: lineChartOptions(colors, {
      x: { title: 'Advantage u = βΔ', min: derived.range.min, max: derived.range.max },
      y: { title: 'Loss', ...lossAxisMax },
      y1: { title: 'Weight σ(−u)', min: 0, max: 1 },
    }),
  };
}

/**
 * Build-time fallback: the summary and the table for a state.
 *
 * @example
 * dpoLossFallback(dpoLossDefaults).summary; // contains '0.6509' and '0.465, 0.483, 0.502, 0.463'
 */
export function dpoLossFallback(state: DpoLossState): WidgetFallback {
  const derived = deriveDpoLoss(state);
  return { summary: summarizeDpoLoss(state, derived), table: dpoLossTable(derived) };
}

/** The model as the `po-dpo-loss` element uses it (see shared/widget-model.ts). */
export const dpoLossModel: WidgetModel<typeof dpoLossSchema, DpoLossDerived> = {
  derive: deriveDpoLoss,
  summarize: summarizeDpoLoss,
  chartConfig: dpoLossChartConfig,
};
