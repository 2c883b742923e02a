/**
 * The pure model of the `rm-training` widget (content/chapter-4/rm-training.mdx): from a state and the run on
 * screen (training.ts) to the loss curves of both batchings, the numbers at the tick shown and at the end of
 * epoch 1, the summary sentence and the data table.
 */
import type { RankingFit } from '../../math/index.ts';
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import type { ChartPoint } from '../shared/chart-types.ts';
import type { WidgetFallback, WidgetTable } from '../shared/widget-table.ts';
import type { WidgetModel } from '../shared/widget-model.ts';
import { rmTrainingChartConfig } from './chart.ts';
import type { rmTrainingSchema, RmTrainingState } from './state.ts';
import { EPOCHS, RUN_TICKS, TICKS_PER_EPOCH, trainedRun, type Run, type Tick } from './training.ts';

/** One batching's curves and numbers. */
export interface BatchingDerived {
  trainCurve: ChartPoint[];
  validationCurve: ChartPoint[];
  /** Fits at the tick shown, and at the end of epoch 1 (`null` before it is reached). */
  now: { train: RankingFit; validation: RankingFit };
  epochOne: { train: RankingFit; validation: RankingFit } | null;
  /** Lowest validation loss so far and the epoch where it was reached. */
  best: { loss: number; epoch: number };
}

/** What the widget shows for a state and a run. */
export interface RmTrainingDerived {
  size: number;
  pairsPerRanking: number;
  noise: number;
  rate: number;
  tick: number;
  epoch: number;
  pairs: BatchingDerived;
  kwise: BatchingDerived;
  /** The labeller's own model $r^{*}/\tau$ on the validation rankings. */
  gold: RankingFit;
}

function batching(ticks: readonly Tick[], which: 'pairs' | 'kwise'): BatchingDerived {
  const last = ticks[ticks.length - 1] as Tick;
  const one = ticks[TICKS_PER_EPOCH];
  let best = { loss: Infinity, epoch: 0 };
  for (const t of ticks) if (t[which].validation.loss < best.loss) best = { loss: t[which].validation.loss, epoch: t.epoch };
  return {
    trainCurve: ticks.map((t) => ({ x: t.epoch, y: t[which].train.loss })),
    validationCurve: ticks.map((t) => ({ x: t.epoch, y: t[which].validation.loss })),
    now: { train: last[which].train, validation: last[which].validation },
    epochOne: one === undefined ? null : { train: one[which].train, validation: one[which].validation },
    best,
  };
}

/**
 * The derived numbers of a state at a run (the element's run on screen, or the end of the run).
 *
 * @example
 * deriveRmTrainingAt(rmTrainingDefaults, trainedRun(rmTrainingDefaults)).tick; // → 40
 */
export function deriveRmTrainingAt(state: RmTrainingState, run: Run): RmTrainingDerived {
  const last = run.ticks[run.ticks.length - 1] as Tick;
  return {
    size: run.problem.pairs.size,
    pairsPerRanking: run.problem.pairs.pairsPerRanking,
    noise: state.noise,
    rate: state.rate,
    tick: last.tick,
    epoch: last.epoch,
    pairs: batching(run.ticks, 'pairs'),
    kwise: batching(run.ticks, 'kwise'),
    gold: run.problem.gold,
  };
}

/**
 * The derived numbers at the end of the state's run.
 *
 * @example
 * deriveRmTraining(rmTrainingDefaults).epoch; // → 4
 */
export function deriveRmTraining(state: RmTrainingState): RmTrainingDerived {
  return deriveRmTrainingAt(state, trainedRun(state));
}

/**
 * The one-sentence summary.
 *
 * @example
 * summarizeRmTraining(rmTrainingDefaults, deriveRmTraining(rmTrainingDefaults));
 * // → 'K = 9, τ = 1, η = 1, epoch 4.0 of 4: validation loss 0.733 with shuffled pairs (lowest 0.632 at epoch 1.0), 0.677 with K-wise batches; …'
 */
export function summarizeRmTraining(_state: RmTrainingState, d: RmTrainingDerived): string {
  return (
    `K = ${String(d.size)}, τ = ${formatParameter(d.noise)}, η = ${formatParameter(d.rate)}, epoch ${formatFixed(d.epoch, 1)} of ${String(EPOCHS)}: ` +
    `validation loss ${formatFixed(d.pairs.now.validation.loss, 3)} with shuffled pairs (lowest ${formatFixed(d.pairs.best.loss, 3)} at epoch ${formatFixed(d.pairs.best.epoch, 1)}), ` +
    `${formatFixed(d.kwise.now.validation.loss, 3)} with K-wise batches (lowest ${formatFixed(d.kwise.best.loss, 3)} at epoch ${formatFixed(d.kwise.best.epoch, 1)}); ` +
    `the labeller's own model scores ${formatFixed(d.gold.loss, 3)} and validation accuracy ${formatFixed(d.gold.accuracy, 3)}.`
  );
}

const fit = (f: RankingFit | undefined, key: 'loss' | 'accuracy'): string => (f === undefined ? '—' : formatFixed(f[key], 3));

/**
 * The data table: per batching and split, the loss at the end of epoch 1, then loss and accuracy at the tick
 * shown; a last row for the labeller's own model.
 *
 * @example
 * rmTrainingTable(deriveRmTraining(rmTrainingDefaults)).rows.length; // → 5
 */
export function rmTrainingTable(d: RmTrainingDerived): WidgetTable {
  const row = (label: string, b: BatchingDerived, split: 'train' | 'validation'): string[] => [
    label,
    fit(b.epochOne?.[split], 'loss'),
    fit(b.now[split], 'loss'),
    fit(b.now[split], 'accuracy'),
  ];
  return {
    caption: `A tabular reward model on one ranking of K = ${String(d.size)} answers for each of 40 prompts (${String(d.pairsPerRanking)} pairs each), label noise τ = ${formatParameter(d.noise)}, step size η = ${formatParameter(d.rate)}, batches of 4, at epoch ${formatFixed(d.epoch, 1)} of ${String(EPOCHS)}. Validation: a fresh ranking of the same answers by the same labeller.`,
    columns: ['Run and split', 'Loss, epoch 1', 'Loss now', 'Accuracy now'],
    rows: [
      row('Shuffled pairs, train', d.pairs, 'train'),
      row('Shuffled pairs, validation', d.pairs, 'validation'),
      row('K-wise, train', d.kwise, 'train'),
      row('K-wise, validation', d.kwise, 'validation'),
      ["Labeller's model r*/τ, validation", formatFixed(d.gold.loss, 3), formatFixed(d.gold.loss, 3), formatFixed(d.gold.accuracy, 3)],
    ],
  };
}

/**
 * The build-time fallback: the end of the run.
 *
 * @example
 * rmTrainingFallback(rmTrainingDefaults).table.rows.length; // → 5
 */
export function rmTrainingFallback(state: RmTrainingState): WidgetFallback {
  const d = deriveRmTraining(state);
  return { summary: summarizeRmTraining(state, d), table: rmTrainingTable(d) };
}

/** Ticks of a full run (for the chart's axis). */
export const TICKS = RUN_TICKS;

/** The widget's model (the element derives from its own run instead, see element.ts). */
export const rmTrainingModel: WidgetModel<typeof rmTrainingSchema, RmTrainingDerived> = {
  derive: deriveRmTraining,
  summarize: summarizeRmTraining,
  chartConfig: rmTrainingChartConfig,
};
