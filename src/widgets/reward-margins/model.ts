/**
 * The pure model of the `reward-margins` widget (content/chapter-3/reward-margins.mdx): from a state and the run on
 * screen (training.ts) to the margin histogram, the error rate, the per-rating table and the summary sentence.
 * Every number follows the selected margin term; with a margin term the chart also outlines the histogram of the
 * same world trained without one, at the same step, so the shift is visible.
 */
import { histogram, RATING_LEVELS, RATING_MARGINS, type MarginRewardState, type RatingMarginVariant } from '../../math/index.ts';
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import type { WidgetFallback, WidgetTable } from '../shared/widget-table.ts';
import type { WidgetModel } from '../shared/widget-model.ts';
import { rewardMarginsChartConfig } from './chart.ts';
import { rewardMarginsSchema, type RewardMarginsState } from './state.ts';
import { RUN_STEPS, trainedRun, type Run } from './training.ts';

/** The histogram's range and bins: margins in $[-4, 4)$ in bins of width 0.25 (margins outside go to the end bins). */
export const HISTOGRAM = Object.freeze({ lo: -4, hi: 4, bins: 32 });

/** One rating's pairs at the current step. */
export interface RatingRow {
  /** Index into `RATING_LEVELS`, or `null` for the row of all pairs. */
  rating: number | null;
  /** $m(r)$ of the rating, `null` for all pairs. */
  ratingMargin: number | null;
  pairs: number;
  /** Mean margin $m$ of the rating's pairs (`NaN` without pairs). */
  meanMargin: number;
  /** Pairs with $m \le 0$. */
  negative: number;
}

/** What the widget shows for a state and a run. */
export interface RewardMarginsDerived {
  variant: RatingMarginVariant;
  step: number;
  total: number;
  state: MarginRewardState;
  /** Counts of the margins per bin of {@link HISTOGRAM}. */
  counts: number[];
  /** The histogram of the same world trained without a margin term (same step), `null` when the variant is `none` or no plain run was given. */
  reference: number[] | null;
  /** One row per rating, then all pairs. */
  rows: RatingRow[];
}

function ratingRows(run: Run, state: MarginRewardState): RatingRow[] {
  const { ratings, ratingMargins } = run.problem.trainer;
  const row = (rating: number | null): RatingRow => {
    const idx = ratings.flatMap((r, i) => (rating === null || r === rating ? [i] : []));
    const margins = idx.map((i) => state.margins[i] as number);
    const first = idx[0];
    return {
      rating,
      ratingMargin: rating === null ? null : first === undefined ? (RATING_MARGINS[run.problem.trainer.variant][rating] as number) : (ratingMargins[first] as number),
      pairs: idx.length,
      meanMargin: margins.length === 0 ? NaN : margins.reduce((a, b) => a + b, 0) / margins.length,
      negative: margins.filter((m) => m <= 0).length,
    };
  };
  return [0, 1, 2, 3, null].map(row);
}

/**
 * The derived numbers of a state at a run (the element's run on screen, or the end of the run). `plain` is the run
 * of the same world without a margin term that the dashed outline shows, at the same step when it has reached it
 * (the element trains it alongside); `null` leaves the outline out (`reference` is `null`; the section's equations
 * need no outline and must not train a run for it); when omitted, the end of that run, trained here at once.
 *
 * @example
 * deriveRewardMarginsAt(rewardMarginsDefaults, trainedRun(rewardMarginsDefaults)).step; // → 60
 */
export function deriveRewardMarginsAt(state: RewardMarginsState, run: Run, plain?: Run | null): RewardMarginsDerived {
  const current = run.states[run.states.length - 1] as MarginRewardState;
  const variant = run.problem.trainer.variant;
  const { lo, hi, bins } = HISTOGRAM;
  const reference = variant === 'none' || plain === null ? null : (plain ?? trainedRun({ margin: 'none', seed: state.seed }));
  const referenceState = reference === null ? null : (reference.states[Math.min(current.step, reference.states.length - 1)] as MarginRewardState);
  return {
    variant,
    step: current.step,
    total: RUN_STEPS,
    state: current,
    counts: histogram(current.margins, lo, hi, bins),
    reference: referenceState === null ? null : histogram(referenceState.margins, lo, hi, bins),
    rows: ratingRows(run, current),
  };
}

/**
 * The derived numbers at the end of the state's run.
 *
 * @example
 * deriveRewardMargins(rewardMarginsDefaults).state.errorRate; // → 0.39
 */
export function deriveRewardMargins(state: RewardMarginsState): RewardMarginsDerived {
  return deriveRewardMarginsAt(state, trainedRun(state));
}

/** The margin term as text, e.g. `large margin term m(r) = 3, 2, 1, 0`. */
export function marginTermText(variant: RatingMarginVariant): string {
  if (variant === 'none') return 'no margin term';
  return `${variant} margin term m(r) = ${RATING_MARGINS[variant].map((v) => formatParameter(v, 2)).join(', ')}`;
}

/**
 * The one-sentence summary.
 *
 * @example
 * summarizeRewardMargins(rewardMarginsDefaults, deriveRewardMargins(rewardMarginsDefaults));
 * // → 'Large margin term m(r) = 3, 2, 1, 0, step 60 of 60: 78 of 200 margins ≤ 0 (error rate 0.390), mean loss 1.4593.'
 */
export function summarizeRewardMargins(_state: RewardMarginsState, d: RewardMarginsDerived): string {
  const all = d.rows[4] as RatingRow;
  const term = marginTermText(d.variant);
  return `${term.charAt(0).toUpperCase()}${term.slice(1)}, step ${String(d.step)} of ${String(d.total)}: ${String(all.negative)} of ${String(all.pairs)} margins ≤ 0 (error rate ${formatFixed(d.state.errorRate, 3)}), mean loss ${formatFixed(d.state.loss, 4)}.`;
}

/**
 * The data table: per rating, its rating margin, pairs, mean margin and margins ≤ 0, then all pairs.
 *
 * @example
 * rewardMarginsTable(deriveRewardMargins(rewardMarginsDefaults)).rows.length; // → 5
 */
export function rewardMarginsTable(d: RewardMarginsDerived): WidgetTable {
  return {
    caption: `Margins m = r_w − r_l of the 200 labelled pairs at step ${String(d.step)} of ${String(d.total)}, ${marginTermText(d.variant)}, by the rating derived from each pair's gold reward gap.`,
    columns: ['Rating', 'm(r)', 'Pairs', 'Mean margin m', 'Margins ≤ 0', 'Error rate'],
    rows: d.rows.map((r) => [
      r.rating === null ? 'All pairs' : (RATING_LEVELS[r.rating] as string),
      r.ratingMargin === null ? '—' : formatFixed(r.ratingMargin, 2),
      String(r.pairs),
      Number.isNaN(r.meanMargin) ? '—' : formatFixed(r.meanMargin, 3),
      String(r.negative),
      r.pairs === 0 ? '—' : formatFixed(r.negative / r.pairs, 3),
    ]),
  };
}

/**
 * The build-time fallback: the end state of the run.
 *
 * @example
 * rewardMarginsFallback(rewardMarginsDefaults).table.rows.length; // → 5
 */
export function rewardMarginsFallback(state: RewardMarginsState): WidgetFallback {
  const d = deriveRewardMargins(state);
  return { summary: summarizeRewardMargins(state, d), table: rewardMarginsTable(d) };
}

/** The widget's model (the element derives from its own run instead, see element.ts). */
export const rewardMarginsModel: WidgetModel<typeof rewardMarginsSchema, RewardMarginsDerived> = {
  derive: deriveRewardMargins,
  summarize: summarizeRewardMargins,
  chartConfig: rewardMarginsChartConfig,
};
