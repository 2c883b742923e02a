/**
 * Pure model of the `preference-pair` widget (content/chapter-2/preference-pair.mdx): state → one record of the
 * shipped dataset with its toy scores → summary sentence, data table and chart configuration.
 *
 * Both losses read a record only through its label, the order (chosen, rejected). The reward-model loss is
 * $-\log\sigma(m)$ with $m = r(x, y_w) - r(x, y_l)$ (`pairwiseLoss`); the DPO loss is $-\log\sigma(u)$ with
 * $u = \beta\Delta$, $\Delta = \log\frac{\pi_\theta(y_w)}{\pi_{\mathrm{ref}}(y_w)} - \log\frac{\pi_\theta(y_l)}{\pi_{\mathrm{ref}}(y_l)}$
 * (`dpoLoss`). Swapping the two responses negates $m$ and $u$; since
 * $\operatorname{softplus}(z) - \operatorname{softplus}(-z) = z$, each loss then rises by exactly the margin it
 * had in the recorded order.
 */
import { dpoLoss, pairwiseLoss, softplus } from '../../math/index.ts';
import { sampleRange } from '../shared/axis-range.ts';
import type { ChartColors } from '../shared/chart-colors.ts';
import { curveDataset, type LineDataset } from '../shared/chart-datasets.ts';
import type { ChartPoint, WidgetChartConfig } from '../shared/chart-types.ts';
import { formatFixed } from '../shared/format-number.ts';
import { lineChartOptions } from '../shared/line-chart-options.ts';
import type { WidgetModel } from '../shared/widget-model.ts';
import type { WidgetFallback, WidgetTable } from '../shared/widget-table.ts';
import { preferenceDataset } from './dataset.ts';
import type { PreferenceRecord } from './records.ts';
import { MAX_DPO_STEPS, preferencePairSchema, type PreferencePairState } from './state.ts';
import { toyScores, type ToyScores } from './toy-scores.ts';

/** The toy scores of the shipped dataset, for every DPO step the widget offers. */
export const preferencePairScores: ToyScores = toyScores(preferenceDataset, MAX_DPO_STEPS);

/** The numbers of one record in one order of its two responses. */
export interface PreferencePairOrder {
  /** Votes for the response in the chosen position and for the one in the rejected position. */
  votesChosen: number;
  votesRejected: number;
  /** Reward-model scores $r(x, y_w)$, $r(x, y_l)$, the margin $m$ and the loss $-\log\sigma(m)$. */
  rewardChosen: number;
  rewardRejected: number;
  margin: number;
  rewardModelLoss: number;
  /** Policy log-ratios $\log\pi_\theta/\pi_{\mathrm{ref}}$ of $y_w$ and $y_l$, $u = \beta\Delta$ and the DPO loss $-\log\sigma(u)$. */
  logRatioChosen: number;
  logRatioRejected: number;
  implicitMargin: number;
  dpoLoss: number;
}

/** Everything the widget shows for a state. */
export interface PreferencePairDerived {
  record: PreferenceRecord;
  /** 0-based position of the record in the dataset. */
  index: number;
  count: number;
  swapped: boolean;
  steps: number;
  beta: number;
  /** The texts in the positions the widget shows (swapped when `swapped`). */
  chosenText: string;
  rejectedText: string;
  recorded: PreferencePairOrder;
  reversed: PreferencePairOrder;
  /** The order shown: `reversed` when swapped, else `recorded`. */
  current: PreferencePairOrder;
  /** The loss curve $-\log\sigma(z)$ over the chart's margin axis. */
  curve: ChartPoint[];
}

/** Half-width of the margin axis: every margin of the shipped dataset fits (tests/widgets/preference-pair). */
export const MARGIN_AXIS_HALF_WIDTH = 4;
const CURVE_SAMPLES = 81;

function order(rewardW: number, rewardL: number, ratioW: number, ratioL: number, votesW: number, votesL: number, beta: number): PreferencePairOrder {
  const rm = pairwiseLoss([rewardW], [rewardL]);
  const dpo = dpoLoss([ratioW], [ratioL], beta);
  return {
    votesChosen: votesW,
    votesRejected: votesL,
    rewardChosen: rewardW,
    rewardRejected: rewardL,
    margin: rm.margins[0] as number,
    rewardModelLoss: rm.losses[0] as number,
    logRatioChosen: ratioW,
    logRatioRejected: ratioL,
    implicitMargin: dpo.margins[0] as number,
    dpoLoss: dpo.losses[0] as number,
  };
}

/**
 * Derives the record, its two orders and the loss curve from a state (the state is valid by construction of
 * its schema: a known record id and an integer step count in range).
 *
 * @example
 * const d = derivePreferencePair(preferencePairDefaults);
 * d.recorded.margin;           // ≈ 1.6338 (fitted rewards of "sky-a-b")
 * d.reversed.rewardModelLoss - d.recorded.rewardModelLoss; // ≈ 1.6338 = the margin
 */
export function derivePreferencePair(state: PreferencePairState, scores: ToyScores = preferencePairScores): PreferencePairDerived {
  const found = preferenceDataset.records.findIndex((record) => record.id === state.record);
  const index = Math.max(0, found);
  const record = preferenceDataset.records[index] as PreferenceRecord;
  const position = preferenceDataset.positions[index] as (typeof preferenceDataset.positions)[number];
  const steps = Math.min(Math.max(0, Math.round(state.steps)), scores.logRatios.length - 1);
  const rewards = scores.rewards[position.prompt] as number[];
  const ratios = (scores.logRatios[steps] as number[][])[position.prompt] as number[];
  const rW = rewards[position.chosen] as number;
  const rL = rewards[position.rejected] as number;
  const lW = ratios[position.chosen] as number;
  const lL = ratios[position.rejected] as number;
  const recorded = order(rW, rL, lW, lL, record.votes.chosen, record.votes.rejected, scores.beta);
  const reversed = order(rL, rW, lL, lW, record.votes.rejected, record.votes.chosen, scores.beta);
  const curve = Array.from(
    sampleRange({ min: -MARGIN_AXIS_HALF_WIDTH, max: MARGIN_AXIS_HALF_WIDTH }, CURVE_SAMPLES),
    (x) => ({ x, y: softplus(-x) }),
  );
  return {
    record,
    index,
    count: preferenceDataset.records.length,
    swapped: state.swapped,
    steps,
    beta: scores.beta,
    chosenText: state.swapped ? record.rejected : record.chosen,
    rejectedText: state.swapped ? record.chosen : record.rejected,
    recorded,
    reversed,
    current: state.swapped ? reversed : recorded,
    curve,
  };
}

const votes = (o: PreferencePairOrder) => `${String(o.votesChosen)} to ${String(o.votesRejected)}`;

/**
 * The one-sentence live summary.
 *
 * @example
 * summarizePreferencePair(preferencePairDefaults);
 * // → 'Record 1 of 10 (sky-a-b), as recorded, votes 4 to 1: reward-model loss 0.178 at margin m = 1.634;
 * //    DPO loss 0.255 at u = βΔ = 1.236 after 3 DPO steps. Swapped, they would be 1.812 and 1.491.'
 */
export function summarizePreferencePair(
  state: PreferencePairState,
  derived: PreferencePairDerived = derivePreferencePair(state),
): string {
  const { current, recorded, reversed } = derived;
  const head =
    `Record ${String(derived.index + 1)} of ${String(derived.count)} (${derived.record.id}), ` +
    `${derived.swapped ? 'swapped' : 'as recorded'}, votes ${votes(current)}: ` +
    `reward-model loss ${formatFixed(current.rewardModelLoss, 3)} at margin m = ${formatFixed(current.margin, 3)}; ` +
    `DPO loss ${formatFixed(current.dpoLoss, 3)} at u = βΔ = ${formatFixed(current.implicitMargin, 3)} ` +
    `after ${String(derived.steps)} DPO ${derived.steps === 1 ? 'step' : 'steps'}.`;
  const tail = derived.swapped
    ? ` As recorded they are ${formatFixed(recorded.rewardModelLoss, 3)} and ${formatFixed(recorded.dpoLoss, 3)}: ` +
      `the swap added exactly the recorded margins, ${formatFixed(recorded.margin, 3)} and ${formatFixed(recorded.implicitMargin, 3)}.`
    : ` Swapped, they would be ${formatFixed(reversed.rewardModelLoss, 3)} and ${formatFixed(reversed.dpoLoss, 3)}.`;
  return head + tail;
}

/**
 * The data table (the chart's text alternative): every quantity of the record in both orders.
 *
 * @example
 * preferencePairTable(derivePreferencePair(preferencePairDefaults)).rows[3];
 * // → ['Margin m', '1.634', '−1.634']
 */
export function preferencePairTable(derived: PreferencePairDerived): WidgetTable {
  const row = (label: string, value: (o: PreferencePairOrder) => string) => [label, value(derived.recorded), value(derived.reversed)];
  const fixed = (digits: number, pick: (o: PreferencePairOrder) => number) => (o: PreferencePairOrder) => formatFixed(pick(o), digits);
  return {
    caption:
      `Record ${String(derived.index + 1)} (${derived.record.id}) in its recorded and its swapped order: fitted rewards, ` +
      `log-ratios after ${String(derived.steps)} DPO ${derived.steps === 1 ? 'step' : 'steps'} (β = ${String(derived.beta)}) and both losses; ` +
      `the widget shows the ${derived.swapped ? 'swapped' : 'recorded'} order.`,
    columns: ['Quantity', 'Recorded order', 'Swapped order'],
    rows: [
      row('Votes, chosen : rejected', (o) => `${String(o.votesChosen)} : ${String(o.votesRejected)}`),
      row('Reward of the chosen response', fixed(3, (o) => o.rewardChosen)),
      row('Reward of the rejected response', fixed(3, (o) => o.rewardRejected)),
      row('Margin m', fixed(3, (o) => o.margin)),
      row('Reward-model loss −log σ(m)', fixed(3, (o) => o.rewardModelLoss)),
      row('Log-ratio of the chosen response', fixed(3, (o) => o.logRatioChosen)),
      row('Log-ratio of the rejected response', fixed(3, (o) => o.logRatioRejected)),
      row('Implicit reward margin u = βΔ', fixed(3, (o) => o.implicitMargin)),
      row('DPO loss −log σ(u)', fixed(3, (o) => o.dpoLoss)),
    ],
  };
}

/** A single marked point of the chart. */
function pointDataset(label: string, point: ChartPoint, colour: string, style: 'circle' | 'rectRot'): LineDataset {
  return {
    label,
    data: [point],
    showLine: false,
    borderColor: colour,
    backgroundColor: colour,
    pointStyle: style,
    pointRadius: 7,
    pointHoverRadius: 9,
  };
}

/**
 * The chart: the loss curve $-\log\sigma(z)$ shared by both losses, with the record's reward-model margin $m$
 * (circle) and implicit reward margin $u$ (diamond) on it in the order shown.
 *
 * @example
 * preferencePairChartConfig(derivePreferencePair(preferencePairDefaults), paletteChartColors('light')).data.datasets.length; // → 3
 */
export function preferencePairChartConfig(derived: PreferencePairDerived, colors: ChartColors): WidgetChartConfig {
  const [curveColour, rewardColour, dpoColour] = colors.series;
  const { current } = derived;
  return {
    type: 'line',
    data: {
      datasets: [
        curveDataset('Loss −log σ(z)', derived.curve, curveColour, { tension: 0 }),
        pointDataset('Reward model: z = m', { x: current.margin, y: current.rewardModelLoss }, rewardColour, 'circle'),
        pointDataset('DPO: z = u = βΔ', { x: current.implicitMargin, y: current.dpoLoss }, dpoColour, 'rectRot'),
      ],
    },
    options: lineChartOptions(colors, {
      x: { title: 'Margin z of the pair (m or u)', min: -MARGIN_AXIS_HALF_WIDTH, max: MARGIN_AXIS_HALF_WIDTH },
      y: { title: 'Loss of the pair', min: 0, max: MARGIN_AXIS_HALF_WIDTH + 0.5 },
    }),
  };
}

/**
 * The chart's accessible name, in the order shown.
 *
 * @example
 * preferencePairChartDescription(derivePreferencePair(preferencePairDefaults));
 * // → 'The loss curve −log σ(z) over the margin z, with the reward model's margin m = 1.634 and DPO's u = 1.236 on it; the table below lists the values.'
 */
export function preferencePairChartDescription(derived: PreferencePairDerived): string {
  return (
    `The loss curve −log σ(z) over the margin z, with the reward model's margin m = ${formatFixed(derived.current.margin, 3)} ` +
    `and DPO's u = ${formatFixed(derived.current.implicitMargin, 3)} on it; the table below lists the values.`
  );
}

/**
 * Build-time fallback: the summary and the table for a state.
 *
 * @example
 * preferencePairFallback(preferencePairDefaults).table.rows.length; // → 9
 */
export function preferencePairFallback(state: PreferencePairState): WidgetFallback {
  const derived = derivePreferencePair(state);
  return { summary: summarizePreferencePair(state, derived), table: preferencePairTable(derived) };
}

/** The model as the `po-preference-pair` element uses it (see shared/widget-model.ts). */
export const preferencePairModel: WidgetModel<typeof preferencePairSchema, PreferencePairDerived> = {
  derive: derivePreferencePair,
  summarize: summarizePreferencePair,
  chartConfig: preferencePairChartConfig,
};
