/**
 * Pure model of the `bradley-terry` widget (content/chapter-2/bradley-terry.mdx; Bradley and Terry 1952): state → derived numbers →
 * summary sentence, data table and chart configuration. Every number comes from `src/math`
 * (`pairwiseLoss`, `sigmoid`); this module only transforms the rewards and formats.
 *
 * Both rewards of every pair are mapped to $s \cdot r + c$. The shift $c$ moves the rewards but not the margin
 * $m = r_w - r_l$, so $P(y_w \succ y_l) = \sigma(m)$ and the loss $-\log\sigma(m)$ do not change; the scale $s$
 * multiplies the margin and so sharpens or flattens every probability.
 */
import { pairwiseLoss, sigmoid } from '../../math/index.ts';
import { axisRange, sampleRange, type AxisRange } from '../shared/axis-range.ts';
import type { ChartColors } from '../shared/chart-colors.ts';
import { curveDataset, orderedPairDatasets } from '../shared/chart-datasets.ts';
import type { ChartPoint, WidgetChartConfig } from '../shared/chart-types.ts';
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import { lineChartOptions } from '../shared/line-chart-options.ts';
import type { WidgetModel } from '../shared/widget-model.ts';
import type { WidgetFallback, WidgetTable } from '../shared/widget-table.ts';
import { bradleyTerrySchema, type BradleyTerryState } from './state.ts';

/** One reward pair after the shift and scale. */
export interface BradleyTerryPair {
  /** Rewards as entered. */
  chosen: number;
  rejected: number;
  /** Rewards after $r \mapsto s r + c$. */
  shiftedChosen: number;
  shiftedRejected: number;
  /** Margin $m = (s r_w + c) - (s r_l + c)$. */
  margin: number;
  /** $P(y_w \succ y_l) = \sigma(m)$. */
  probability: number;
  /** $-\log \sigma(m)$. */
  loss: number;
  /** $r_w > r_l$ strictly after the transformation (ties are wrong). */
  correct: boolean;
}

/** Everything the widget shows for a state. */
export interface BradleyTerryDerived {
  pairs: BradleyTerryPair[];
  meanLoss: number;
  accuracy: number;
  correctCount: number;
  shift: number;
  scale: number;
  /** x range of the chart (margins). */
  range: AxisRange;
  /** The curve $P = \sigma(m)$ over the range. */
  curve: ChartPoint[];
}

/** Samples of the sigmoid curve. */
/** Half-width of the smallest margin axis, $[-3, 3]$. */
const DEFAULT_HALF_WIDTH = 3;

const CURVE_SAMPLES = 97;

/**
 * Derives pairs, probabilities, losses and the sigmoid curve from a state. Pairs beyond the shorter of the two
 * reward lists are ignored.
 *
 * @example
 * const d = deriveBradleyTerry(bradleyTerryDefaults);
 * d.pairs.map((p) => p.probability); // ≈ [0.858149, 0.574443, 0.645656, 0.425557] (numpy float64)
 * d.meanLoss; // ≈ 0.499794
 */
export function deriveBradleyTerry(state: BradleyTerryState): BradleyTerryDerived {
  const n = Math.min(state.chosen.length, state.rejected.length);
  const { shift, scale } = state;
  const shiftedChosen = new Float64Array(n);
  const shiftedRejected = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    shiftedChosen[i] = scale * (state.chosen[i] as number) + shift;
    shiftedRejected[i] = scale * (state.rejected[i] as number) + shift;
  }
  const pairs: BradleyTerryPair[] = [];
  let meanLoss = Number.NaN;
  let accuracy = Number.NaN;
  let margins = new Float64Array(0);
  if (n > 0) {
    const result = pairwiseLoss(shiftedChosen, shiftedRejected);
    meanLoss = result.mean;
    accuracy = result.accuracy;
    margins = result.margins;
    for (let i = 0; i < n; i++) {
      const w = shiftedChosen[i] as number;
      const l = shiftedRejected[i] as number;
      pairs.push({
        chosen: state.chosen[i] as number,
        rejected: state.rejected[i] as number,
        shiftedChosen: w,
        shiftedRejected: l,
        margin: result.margins[i] as number,
        probability: result.probabilities[i] as number,
        loss: result.losses[i] as number,
        correct: w > l,
      });
    }
  }
  // At least [−3, 3]: wide enough to show the sigmoid flatten (σ(±3) ≈ 0.05, 0.95), narrow enough that the
  // default margins 0.3 and 0.6 (pairs 2 and 3 of content/chapter-2/bradley-terry.mdx) are 5 % of the axis apart.
  const range = axisRange(margins, DEFAULT_HALF_WIDTH, 1);
  const curve = Array.from(sampleRange(range, CURVE_SAMPLES), (x) => ({ x, y: sigmoid(x) }));
  const correctCount = pairs.filter((pair) => pair.correct).length;
  return { pairs, meanLoss, accuracy, correctCount, shift, scale, range, curve };
}

/**
 * The one-sentence live summary.
 *
 * @example
 * summarizeBradleyTerry(bradleyTerryDefaults);
 * // → '4 pairs: P(y_w ≻ y_l) = 0.858, 0.574, 0.646, 0.426; mean loss 0.4998, 3 of 4 ordered correctly;
 * //    shifting both rewards by c = 0 changes nothing.'
 */
export function summarizeBradleyTerry(
  state: BradleyTerryState,
  derived: BradleyTerryDerived = deriveBradleyTerry(state),
): string {
  const n = derived.pairs.length;
  if (n === 0) return 'No reward pairs: add a pair to see its probability and loss.';
  const probabilities = derived.pairs.map((pair) => formatFixed(pair.probability, 3)).join(', ');
  const scaled = state.scale === 1 ? '' : `, scaling them by s = ${formatParameter(state.scale)} does`;
  return (
    `${n} ${n === 1 ? 'pair' : 'pairs'}: P(y_w ≻ y_l) = ${probabilities}; ` +
    `mean loss ${formatFixed(derived.meanLoss, 4)}, ${derived.correctCount} of ${n} ordered correctly; ` +
    `shifting both rewards by c = ${formatParameter(state.shift)} changes nothing${scaled}.`
  );
}

/** Column headers of the data table (the element makes columns 1 and 2 editable). */
export const bradleyTerryColumns = [
  'Pair',
  'r(y_w)',
  'r(y_l)',
  's·r(y_w)+c',
  's·r(y_l)+c',
  'Margin m',
  'P = σ(m)',
  'Loss',
];

/**
 * The data table (the chart's text alternative): one row per pair, numbers formatted for display.
 *
 * @example
 * bradleyTerryTable(deriveBradleyTerry(bradleyTerryDefaults)).rows[0];
 * // → ['1', '2.10', '0.30', '2.10', '0.30', '1.80', '0.858', '0.1530']
 */
export function bradleyTerryTable(derived: BradleyTerryDerived): WidgetTable {
  return {
    caption:
      `Bradley–Terry probability P(y_w ≻ y_l) = σ(m) and pairwise loss −log σ(m) per pair (c = ${formatParameter(derived.shift)}, ` +
      `s = ${formatParameter(derived.scale)}); mean loss ${formatFixed(derived.meanLoss, 4)}.`,
    columns: [...bradleyTerryColumns],
    rows: derived.pairs.map((pair, index) => [
      String(index + 1),
      formatFixed(pair.chosen, 2),
      formatFixed(pair.rejected, 2),
      formatFixed(pair.shiftedChosen, 2),
      formatFixed(pair.shiftedRejected, 2),
      formatFixed(pair.margin, 2),
      formatFixed(pair.probability, 3),
      formatFixed(pair.loss, 4),
    ]),
  };
}

/**
 * The chart: the curve $P = \sigma(m)$ and each pair as a point on it (circles for correctly ordered pairs,
 * triangles for wrongly ordered ones, so the distinction does not rest on colour alone).
 *
 * @example
 * bradleyTerryChartConfig(deriveBradleyTerry(bradleyTerryDefaults), paletteChartColors('light')).data.datasets.length; // → 3
 */
export function bradleyTerryChartConfig(derived: BradleyTerryDerived, colors: ChartColors): WidgetChartConfig {
  const point = (pair: BradleyTerryPair): ChartPoint => ({ x: pair.margin, y: pair.probability });
  const [curveColour, rightColour, , wrongColour] = colors.series;
  return {
    type: 'line',
    data: {
      datasets: [
        curveDataset('P = σ(m)', derived.curve, curveColour, { tension: 0 }),
        ...orderedPairDatasets(derived.pairs, point, { right: rightColour, wrong: wrongColour }),
      ],
    },
    options: lineChartOptions(colors, {
      x: { title: 'Reward margin m = r(y_w) − r(y_l)', min: derived.range.min, max: derived.range.max },
      y: { title: 'P(y_w ≻ y_l)', min: 0, max: 1 },
    }),
  };
}

/**
 * Build-time fallback: the summary and the table for a state.
 *
 * @example
 * bradleyTerryFallback(bradleyTerryDefaults).summary; // contains '0.858, 0.574, 0.646, 0.426' and '0.4998'
 */
export function bradleyTerryFallback(state: BradleyTerryState): WidgetFallback {
  const derived = deriveBradleyTerry(state);
  return { summary: summarizeBradleyTerry(state, derived), table: bradleyTerryTable(derived) };
}

/** The model as the `po-bradley-terry` element uses it (see shared/widget-model.ts). */
export const bradleyTerryModel: WidgetModel<typeof bradleyTerrySchema, BradleyTerryDerived> = {
  derive: deriveBradleyTerry,
  summarize: summarizeBradleyTerry,
  chartConfig: bradleyTerryChartConfig,
};
