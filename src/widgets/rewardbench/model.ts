/**
 * Pure model of the `rewardbench` widget (content/chapter-3/rewardbench.mdx): state → derived numbers → summary
 * sentence and data table. Every number comes from `src/math`: the toy benchmark (`buildRewardBench`), the toy
 * reward models' scores, per-example correctness with ties counted wrong (`pairwiseCorrect`), the category-
 * weighted score (`weightedScore`, as RewardBench weights its sections, Lambert et al. 2024) and percentile-
 * bootstrap intervals (`bootstrapGroupMeans`, Efron 1979) drawn from the seed's bootstrap stream. The chart is
 * in `chart.ts`.
 */
import {
  bootstrapGroupMeans,
  buildRewardBench,
  combineGroupMeans,
  createWorld,
  pairwiseCorrect,
  percentileInterval,
  REWARD_BENCH_CATEGORIES,
  REWARD_BENCH_CATEGORY_NAMES,
  TOY_REWARD_MODELS,
  toyRewardScores,
  weightedScore,
  type BootstrapInterval,
  type RewardBenchCategory,
} from '../../math/index.ts';
import { STREAM, streamRandom } from '../../math/world/streams.ts';
import { formatFixed } from '../shared/format-number.ts';
import type { WidgetModel } from '../shared/widget-model.ts';
import type { WidgetFallback, WidgetTable } from '../shared/widget-table.ts';
import { rewardbenchChartConfig } from './chart.ts';
import type { rewardbenchSchema, RewardbenchState } from './state.ts';

/** Responses per prompt of the toy world the benchmark is built from. */
export const RESPONSES_PER_PROMPT = 5;

/** One category's result. */
export interface CategoryResult {
  id: RewardBenchCategory;
  name: string;
  /** Number of triples $n_k$. */
  count: number;
  /** Strict wins, and ties (each credited 0 or ½). */
  correct: number;
  ties: number;
  /** Accuracy $a_k$ and its bootstrap interval (`null` for an empty category). */
  accuracy: number | null;
  interval: BootstrapInterval | null;
}

/** Everything the widget shows for a state. */
export interface RewardbenchDerived {
  modelName: string;
  tieCredit: number;
  level: number;
  resamples: number;
  categories: CategoryResult[];
  /** The RewardBench score: the unweighted mean of the non-empty categories' accuracies, with its interval. */
  score: BootstrapInterval;
  /** Accuracy pooled over all triples (each example weighted equally), for contrast. */
  pooled: number;
  total: number;
}

/** The last bootstrap replicates and the state they belong to (a one-entry cache). */
let lastReplicates: { key: string; means: Float64Array[] } | null = null;

/**
 * Builds the benchmark, scores the selected model and bootstraps every interval from one set of draws
 * (`numpyRandom([seed, 6])`): each replicate resamples every category with replacement at its own size.
 *
 * @example
 * const d = deriveRewardbench(rewardbenchDefaults);
 * d.categories.map((c) => c.accuracy); // ≈ [1, 0.225, 0.488, 0.482] (95/95, 16/71, 21/43, 27/56)
 */
export function deriveRewardbench(state: RewardbenchState): RewardbenchDerived {
  const model = TOY_REWARD_MODELS[state.model];
  const tieCredit = state.tieHalf ? 0.5 : 0;
  const world = createWorld({ seed: state.seed, prompts: state.prompts, responsesPerPrompt: RESPONSES_PER_PROMPT });
  const bench = buildRewardBench(world);
  const correctness = REWARD_BENCH_CATEGORIES.map((id) => {
    const triples = bench[id];
    if (triples.length === 0) return { id, values: null, ties: 0 };
    const s = toyRewardScores(world, triples, model);
    const ties = s.chosen.filter((v, i) => v === s.rejected[i]).length;
    return { id, values: pairwiseCorrect(s.chosen, s.rejected, tieCredit), ties };
  });
  const filled = correctness.filter((c) => c.values !== null) as { id: RewardBenchCategory; values: Float64Array; ties: number }[];
  // The replicates depend on everything but the confidence level: dragging the level slider reuses them.
  const key = [state.model, state.tieHalf, state.prompts, state.seed, state.resamples].join('|');
  if (lastReplicates?.key !== key) {
    lastReplicates = {
      key,
      means: bootstrapGroupMeans(
        filled.map((c) => c.values),
        state.resamples,
        streamRandom(state.seed, STREAM.bootstrap),
      ),
    };
  }
  const replicates = lastReplicates.means;
  const accuracies = filled.map((c) => c.values.reduce((a, v) => a + v, 0) / c.values.length);
  const categories: CategoryResult[] = correctness.map((c) => {
    const g = filled.findIndex((f) => f.id === c.id);
    const values = c.values;
    const count = values === null ? 0 : values.length;
    const correct = values === null ? 0 : values.filter((v) => v === 1).length;
    return {
      id: c.id,
      name: REWARD_BENCH_CATEGORY_NAMES[c.id],
      count,
      correct,
      ties: c.ties,
      accuracy: g < 0 ? null : (accuracies[g] as number),
      interval: g < 0 ? null : percentileInterval(accuracies[g] as number, replicates[g] as Float64Array, state.level),
    };
  });
  const ones = filled.map(() => 1);
  const scoreValue = weightedScore(accuracies, ones);
  return {
    modelName: model.name,
    tieCredit,
    level: state.level,
    resamples: state.resamples,
    categories,
    score: percentileInterval(scoreValue, combineGroupMeans(replicates, ones), state.level),
    pooled: weightedScore(accuracies, filled.map((c) => c.values.length)),
    total: filled.reduce((a, c) => a + c.values.length, 0),
  };
}

/** "[0.123, 0.456]". */
export function formatInterval(interval: BootstrapInterval | null): string {
  return interval === null ? '—' : `[${formatFixed(interval.lower, 3)}, ${formatFixed(interval.upper, 3)}]`;
}

/** "95 %". */
function levelText(level: number): string {
  return `${formatFixed(100 * level, 0)} %`;
}

/**
 * The one-sentence live summary.
 *
 * @example
 * summarizeRewardbench(rewardbenchDefaults);
 * // → 'length-biased reward model on 265 toy triples: Chat 1.000, Chat Hard 0.225, Safety 0.488, Reasoning 0.482; …'
 */
export function summarizeRewardbench(state: RewardbenchState, d: RewardbenchDerived = deriveRewardbench(state)): string {
  const parts = d.categories.map((c) => `${c.name} ${c.accuracy === null ? 'no triples' : formatFixed(c.accuracy, 3)}`);
  const ties = d.categories.reduce((a, c) => a + c.ties, 0);
  return (
    `${d.modelName} reward model on ${String(d.total)} toy triples: ${parts.join(', ')}; ` +
    `RewardBench score (mean of the categories) ${formatFixed(d.score.estimate, 3)}, ${levelText(d.level)} interval ${formatInterval(d.score)} ` +
    `from ${String(d.resamples)} bootstrap resamples; ${String(ties)} ${ties === 1 ? 'tie' : 'ties'}, each counted ${d.tieCredit === 0 ? 'wrong' : 'as ½'}.`
  );
}

/**
 * The data table (the chart's text alternative): one row per category, then the score and the pooled accuracy.
 *
 * @example
 * rewardbenchTable(deriveRewardbench(rewardbenchDefaults)).rows[1]; // → ['Chat Hard', '71', '16', '0', '0.225', '[…, …]']
 */
export function rewardbenchTable(d: RewardbenchDerived): WidgetTable {
  return {
    caption:
      `The ${d.modelName} reward model on the toy benchmark: per category the number of (prompt, chosen, rejected) triples, ` +
      `strict wins, ties (each counted ${d.tieCredit === 0 ? 'wrong' : 'as ½'}), accuracy and its ${levelText(d.level)} percentile-bootstrap ` +
      `interval (${String(d.resamples)} resamples); then the RewardBench score, the mean of the category accuracies, and the accuracy pooled over all triples.`,
    columns: ['Category', 'Triples', 'Wins', 'Ties', 'Accuracy', `${levelText(d.level)} interval`],
    rows: [
      ...d.categories.map((c) => [
        c.name,
        String(c.count),
        String(c.correct),
        String(c.ties),
        c.accuracy === null ? '—' : formatFixed(c.accuracy, 3),
        formatInterval(c.interval),
      ]),
      ['Score (mean of categories)', String(d.total), '', '', formatFixed(d.score.estimate, 3), formatInterval(d.score)],
      ['Pooled over all triples', String(d.total), '', '', formatFixed(d.pooled, 3), '—'],
    ],
  };
}

/**
 * Build-time fallback: the summary and the table for a state.
 *
 * @example
 * rewardbenchFallback(rewardbenchDefaults).summary; // contains 'Chat Hard 0.225'
 */
export function rewardbenchFallback(state: RewardbenchState): WidgetFallback {
  const derived = deriveRewardbench(state);
  return { summary: summarizeRewardbench(state, derived), table: rewardbenchTable(derived) };
}

/** The model as the `po-rewardbench` element uses it (see shared/widget-model.ts). */
export const rewardbenchModel: WidgetModel<typeof rewardbenchSchema, RewardbenchDerived> = {
  derive: deriveRewardbench,
  summarize: summarizeRewardbench,
  chartConfig: rewardbenchChartConfig,
};
