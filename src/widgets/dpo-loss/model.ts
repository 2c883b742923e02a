/**
 * Pure model of the `dpo-loss` widget (content/chapter-5/dpo-loss.mdx; Rafailov et al. 2023): state → derived
 * numbers → summary sentence, data table, chart description and chart configuration. Every number comes from
 * `src/math` (`dpoLoss`, `dpoMarginCurve`); this module only picks the options, the view and the formats.
 *
 * Per pair, $\Delta = \log\frac{\pi_\theta(y_w \mid x)}{\pi_{\mathrm{ref}}(y_w \mid x)} -
 * \log\frac{\pi_\theta(y_l \mid x)}{\pi_{\mathrm{ref}}(y_l \mid x)}$ and the implicit reward margin is
 * $u = \beta\Delta$ (the chosen answer's implicit reward minus the rejected one's). The widget shows the selected
 * variant's loss $\ell(u)$ and its gradient weight $-\partial\ell/\partial u$: $\sigma(-u)$ for plain DPO,
 * $\sigma(-u) - \varepsilon$ for cDPO, 1 or 0 for the hinge, $-\frac{2}{\beta^2}(u - \frac12)$ for IPO.
 */
import { dpoLoss, dpoMarginCurve } from '../../math/index.ts';
import { fittedRange, sampleRange, type AxisRange } from '../shared/axis-range.ts';
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
  /** The implicit reward margin $u = \beta\Delta$. */
  margin: number;
  /** Loss $\ell(u)$ of the selected variant. */
  loss: number;
  /** The selected variant's gradient weight $-\partial\ell/\partial u$ (negative: the update pulls the pair back). */
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
  /** The u axis: fitted to the pairs' margins, 0 and the variant's landmark (see {@link dpoLossRange}). */
  range: AxisRange;
  /** The selected variant's loss over $u$. */
  lossCurve: ChartPoint[];
  /** The selected variant's gradient weight $-\partial\ell/\partial u$ over $u$. */
  weightCurve: ChartPoint[];
}

const CURVE_SAMPLES = 97;

/** The quantity of the weight column, legend and axis, named once. */
export const GRADIENT_WEIGHT = 'gradient weight −∂ℓ/∂u';

/** Decimals of the gradient weights (enough for cDPO's −0.0022 past u*). */
const WEIGHT_DIGITS = 4;

/**
 * The point on the u axis where a variant's gradient weight $-\partial\ell/\partial u$ reaches zero or
 * jumps, which the axis must always show: IPO's target $u = \tfrac12$ (Azar et al. 2023), the hinge's margin
 * $u = 1$, and cDPO's optimum $u^* = \log\frac{1-\varepsilon}{\varepsilon}$ (Mitchell 2023) for
 * $0 \lt \varepsilon \lt 1$. The sigmoid and robust losses have none (`undefined`); so has cDPO at ε = 0.
 *
 * @example
 * dpoVariantLandmark('ipo', 0);    // → 0.5
 * dpoVariantLandmark('cdpo', 0.1); // ≈ 2.197225 (log 9)
 */
export function dpoVariantLandmark(variant: DpoLossVariant, epsilon: number): number | undefined {
  if (variant === 'ipo') return 0.5;
  if (variant === 'hinge') return 1;
  if (variant === 'cdpo' && epsilon > 0 && epsilon < 1) return Math.log((1 - epsilon) / epsilon);
  return undefined;
}

/**
 * The u axis of the chart: fitted to the pairs' margins, to 0 (where a pair's ordering flips) and to the
 * variant's landmark (see {@link dpoVariantLandmark}), padded and rounded to nice ends, so pairs a few
 * hundredths apart stay distinguishable and IPO's target, the hinge's kink and cDPO's optimum are always in
 * view. The seed's margins $[0.14, 0.07, -0.01, 0.15]$ give $[-0.05, 0.2]$ for the sigmoid loss instead of a
 * fixed $[-3, 3]$ on which they would overlap; with IPO's target $u = 0.5$ the axis is $[-0.1, 0.6]$.
 *
 * @example
 * dpoLossRange([0.14, 0.07, -0.01, 0.15]);      // → { min: -0.05, max: 0.2 }
 * dpoLossRange([0.14, 0.07, -0.01, 0.15], 0.5); // → { min: -0.1, max: 0.6 }
 */
export function dpoLossRange(margins: ArrayLike<number>, landmark?: number): AxisRange {
  const include = landmark === undefined ? [0] : [0, landmark];
  return fittedRange(margins, { include, paddingFraction: 0.15, minSpan: 0.1 });
}

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
 * Derives per-pair margins, losses and gradient weights of the selected variant and its two curves from a
 * state. Pairs beyond the shorter log-ratio list are ignored.
 *
 * @example
 * const d = deriveDpoLoss(dpoLossDefaults);
 * d.meanLoss; // ≈ 0.650868 (seed notebook, DPO loss=0.6509)
 * d.pairs.map((p) => p.weight); // ≈ [0.465057, 0.482507, 0.502500, 0.462570] (σ(−u))
 * deriveDpoLoss({ ...dpoLossDefaults, beta: 1, variant: 'hinge' }).pairs.map((p) => p.weight); // → [0, 1, 1, 0]
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
  let margins = new Float64Array(0);
  if (n > 0) {
    const result = dpoLoss(chosen, rejected, beta, options);
    meanLoss = result.mean;
    accuracy = result.accuracy;
    margins = result.margins;
    for (let i = 0; i < n; i++) {
      pairs.push({
        chosen: chosen[i] as number,
        rejected: rejected[i] as number,
        margin: margins[i] as number,
        loss: result.losses[i] as number,
        weight: result.gradientWeights[i] as number,
        correct: (chosen[i] as number) > (rejected[i] as number),
      });
    }
  }
  const range = dpoLossRange(margins, dpoVariantLandmark(variant, epsilon));
  const grid = sampleRange(range, CURVE_SAMPLES);
  const curve = dpoMarginCurve(grid, beta, options);
  const lossCurve = Array.from(grid, (u, k) => ({ x: u, y: curve.losses[k] as number }));
  const weightCurve = Array.from(grid, (u, k) => ({ x: u, y: curve.gradientWeights[k] as number }));
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
 * //    gradient weights −∂ℓ/∂u = 0.4651, 0.4825, 0.5025, 0.4626.'
 */
export function summarizeDpoLoss(state: DpoLossState, derived: DpoLossDerived = deriveDpoLoss(state)): string {
  const n = derived.pairs.length;
  if (n === 0) return 'No preference pairs: add a pair to see its loss.';
  const weights = derived.pairs.map((pair) => formatFixed(pair.weight, WEIGHT_DIGITS)).join(', ');
  return (
    `β = ${formatParameter(derived.beta)}, ${variantPhrase(derived)}: mean ${formatFixed(derived.meanLoss, 4)}, ` +
    `${derived.correctCount} of ${n} ${n === 1 ? 'pair' : 'pairs'} ordered correctly; ` +
    `${n === 1 ? GRADIENT_WEIGHT : GRADIENT_WEIGHT.replace('weight', 'weights')} = ${weights}.`
  );
}

/**
 * Column headers of the data table (the element makes columns 1 and 2 editable). The log-ratios are headed by
 * their symbols $h_w$, $h_l$ (content/chapter-5/dpo-loss.mdx) and explained in the caption, so that the table
 * fits a desktop-width column without hiding the gradient weights behind a horizontal scroll.
 */
export const dpoLossColumns = [
  'Pair',
  'h_w',
  'h_l',
  'u = βΔ',
  'Loss ℓ(u)',
  'Gradient weight −∂ℓ/∂u',
];

/**
 * The data table (the chart's text alternative): one row per pair.
 *
 * @example
 * dpoLossTable(deriveDpoLoss(dpoLossDefaults)).rows[2]; // → ['3', '0.40', '0.50', '−0.010', '0.6982', '0.5025']
 */
export function dpoLossTable(derived: DpoLossDerived): WidgetTable {
  return {
    caption:
      'Per pair: the log-ratios h_w and h_l = log π_θ/π_ref of the chosen and rejected answers, Δ = h_w − h_l, ' +
      `the implicit reward margin u = βΔ, the ${variantPhrase(derived)} and its ${GRADIENT_WEIGHT}, at ` +
      `β = ${formatParameter(derived.beta)}; mean loss ${formatFixed(derived.meanLoss, 4)}.`,
    columns: [...dpoLossColumns],
    rows: derived.pairs.map((pair, index) => [
      String(index + 1),
      formatFixed(pair.chosen, 2),
      formatFixed(pair.rejected, 2),
      formatFixed(pair.margin, 3),
      formatFixed(pair.loss, 4),
      formatFixed(pair.weight, WEIGHT_DIGITS),
    ]),
  };
}

/**
 * The chart's text alternative (the canvas's accessible name): what is plotted, over which range.
 *
 * @example
 * dpoLossChartDescription(deriveDpoLoss(dpoLossDefaults));
 * // → 'The sigmoid (DPO) loss over the implicit reward margin u = βΔ from −0.05 to 0.2, each pair a point on
 * //    it, and its gradient weight −∂ℓ/∂u (dashed, right axis); the table below lists the values.'
 */
export function dpoLossChartDescription(derived: DpoLossDerived): string {
  return (
    `The ${variantPhrase(derived)} over the implicit reward margin u = βΔ from ${formatParameter(derived.range.min)} ` +
    `to ${formatParameter(derived.range.max)}, each pair a point on it, and its ${GRADIENT_WEIGHT} (dashed, right ` +
    'axis); the table below lists the values.'
  );
}

/**
 * The chart: the selected variant's loss $\ell(u)$ over the implicit reward margin $u = \beta\Delta$ with each
 * pair as a point on it (circles when ordered correctly, triangles when not), and the variant's gradient weight
 * $-\partial\ell/\partial u$ (dashed) on a right-hand axis that always shows 0 and 1 and widens to fit negative
 * weights (cDPO past $u^*$, IPO past its target) and IPO's large ones. For IPO, whose loss grows like
 * $1/\beta^2$, the loss axis is capped at twice the largest pair loss.
 *
 * @example
 * dpoLossChartConfig(deriveDpoLoss(dpoLossDefaults), paletteChartColors('light')).data.datasets.length; // → 4
 */
export function dpoLossChartConfig(derived: DpoLossDerived, colors: ChartColors): WidgetChartConfig {
  const point = (pair: DpoLossPair): ChartPoint => ({ x: pair.margin, y: pair.loss });
  const [lossColour, rightColour, weightColour, wrongColour] = colors.series;
  const maxPairLoss = derived.pairs.reduce((max, pair) => Math.max(max, pair.loss), 0);
  const lossAxisMax = derived.variant === 'ipo' ? { max: Math.max(1, Math.ceil(2 * maxPairLoss)) } : {};
  const weightLabel = `G${GRADIENT_WEIGHT.slice(1)}`;
  return {
    type: 'line',
    data: {
      datasets: [
        curveDataset(`Loss ℓ(u), ${dpoLossSchema.variant.labels[derived.variant]}`, derived.lossCurve, lossColour, { yAxisID: 'y' }),
        curveDataset(`${weightLabel} (right axis)`, derived.weightCurve, weightColour, { yAxisID: 'y1', borderDash: [6, 4] }),
        ...orderedPairDatasets(derived.pairs, point, { right: rightColour, wrong: wrongColour }, { yAxisID: 'y' }),
      ],
    },
    options: lineChartOptions(colors, {
      x: { title: 'Implicit reward margin u = βΔ', min: derived.range.min, max: derived.range.max },
      y: { title: 'Loss ℓ(u)', ...lossAxisMax },
      // Chart.js widens suggested bounds to the data: 0 and 1 always show, negative or large weights fit.
      y1: { title: weightLabel, suggestedMin: 0, suggestedMax: 1 },
    }),
  };
}

/**
 * Build-time fallback: the summary and the table for a state.
 *
 * @example
 * dpoLossFallback(dpoLossDefaults).summary; // contains '0.6509' and '0.4651, 0.4825, 0.5025, 0.4626'
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
