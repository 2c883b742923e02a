/**
 * Pure model of the `reward-model` widget (content/chapter-2/reward-model.mdx): a training state → derived numbers
 * → summary sentence, data table and chart configuration. Every number comes from `src/math`.
 *
 * The linear reward model $r_\phi(x, y) = w \cdot \psi(x, y)$ scores each response of the toy world from its
 * features $\psi = $ (helpfulness, harmlessness, length). The widget shows the learned weights $w$ next to the
 * world's gold weights $w^*$, every response as a point in the (helpfulness, harmlessness) plane coloured by its
 * learned reward, and what a per-prompt constant does: $f(x_k) = k\,c$ is added to every reward of prompt $k$,
 * which moves the rewards and their colours but leaves every margin, probability and the loss as they were.
 */
import { cosineSimilarity, pairwiseLoss, rewardModelRewards, type RewardModelState } from '../../math/index.ts';
import type { ChartColors } from '../shared/chart-colors.ts';
import { curveDataset, type LineDataset } from '../shared/chart-datasets.ts';
import type { WidgetChartConfig } from '../shared/chart-types.ts';
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import { lineChartOptions } from '../shared/line-chart-options.ts';
import type { WidgetModel } from '../shared/widget-model.ts';
import type { WidgetFallback, WidgetTable } from '../shared/widget-table.ts';
import { REWARD_BINS, rewardBin, rewardColours } from './reward-colors.ts';
import type { rewardModelSchema, RewardModelWidgetState } from './state.ts';
import { rewardModelProblem, trainedRewardModel, type RewardModelProblem } from './training.ts';

/** One response of the toy world. */
export interface RewardModelResponse {
  /** Prompt number $k$ and response number, from 1. */
  prompt: number;
  response: number;
  /** $\psi(x, y)$: helpfulness, harmlessness, length. */
  features: number[];
  /** Gold reward $r^*(x, y) = w^* \cdot \psi(x, y)$. */
  gold: number;
  /** Learned reward $r_\phi(x, y) = w \cdot \psi(x, y)$. */
  learned: number;
  /** $r_\phi(x, y) + f(x)$ with $f(x_k) = k\,c$: what the chart colours. */
  shifted: number;
  /** Colour bin of `shifted` (0 = lowest). */
  bin: number;
}

/** The loss and the probabilities of the comparisons for one set of rewards. */
export interface RewardModelFit {
  /** Mean pairwise loss $-\frac1N\sum\log\sigma(r_w - r_l)$. */
  loss: number;
  /** Comparisons with $r_w > r_l$ strictly. */
  correct: number;
  /** $P(y_w \succ y_l) = \sigma(r_w - r_l)$ of the first comparison. */
  firstProbability: number;
}

/** Everything the widget shows for a state and a training state. */
export interface RewardModelDerived {
  step: number;
  steps: number;
  comparisons: number;
  learningRate: number;
  offset: number;
  /** Learned weights $w$ and gold weights $w^*$, in feature order. */
  weights: number[];
  goldWeights: number[];
  /** $\cos(w, w^*)$; `null` while $w = 0$ (no direction yet). */
  cosine: number | null;
  /** The fit with the learned rewards and with $f(x)$ added. */
  plain: RewardModelFit;
  shifted: RewardModelFit;
  /** The first comparison: prompt and responses (from 1). */
  firstPair: { prompt: number; chosen: number; rejected: number };
  /** Labels the annotators' flips reversed (hidden from the learner). */
  flipped: number;
  responses: RewardModelResponse[];
  /** Lower edges of the colour bins and the top of the last, over the shifted rewards. */
  binEdges: number[];
}

function fit(problem: RewardModelProblem, rewards: number[][]): RewardModelFit {
  const chosen = problem.comparisons.map((c) => (rewards[c.prompt] as number[])[c.chosen] as number);
  const rejected = problem.comparisons.map((c) => (rewards[c.prompt] as number[])[c.rejected] as number);
  const result = pairwiseLoss(chosen, rejected);
  return {
    loss: result.mean,
    correct: Math.round(result.accuracy * chosen.length),
    firstProbability: result.probabilities[0] as number,
  };
}

/**
 * Derives the view of one training state (the element passes each slice's state; see
 * {@link deriveRewardModel} for the end state).
 *
 * @example
 * const problem = rewardModelProblem(rewardModelDefaults);
 * deriveRewardModelAt(rewardModelDefaults, problem, rewardModelInitialState(problem.trainer)).plain.loss; // → 0.6931… (log 2)
 */
export function deriveRewardModelAt(state: RewardModelWidgetState, problem: RewardModelProblem, training: RewardModelState): RewardModelDerived {
  const { world } = problem;
  const weights = [...training.weights];
  const learned = rewardModelRewards(world, weights);
  const shiftedRewards = learned.map((row, x) => row.map((r) => r + (x + 1) * state.offset));
  const flat = shiftedRewards.flat();
  const low = Math.min(...flat);
  const high = Math.max(...flat);
  const binEdges = Array.from({ length: REWARD_BINS + 1 }, (_, i) => low + ((high - low) * i) / REWARD_BINS);
  const responses = world.prompts.flatMap((p, x) =>
    p.responses.map((r, y) => {
      const shifted = (shiftedRewards[x] as number[])[y] as number;
      return {
        prompt: x + 1,
        response: y + 1,
        features: [...r.features],
        gold: r.goldReward,
        learned: (learned[x] as number[])[y] as number,
        shifted,
        bin: rewardBin(shifted, low, high),
      };
    }),
  );
  const first = problem.comparisons[0] as RewardModelProblem['comparisons'][number];
  return {
    step: training.step,
    steps: problem.trainer.steps,
    comparisons: problem.comparisons.length,
    learningRate: state.learningRate,
    offset: state.offset,
    weights,
    goldWeights: [...world.goldWeights],
    cosine: weights.some((v) => v !== 0) ? cosineSimilarity(weights, world.goldWeights) : null,
    plain: fit(problem, learned),
    shifted: fit(problem, shiftedRewards),
    firstPair: { prompt: first.prompt + 1, chosen: first.chosen + 1, rejected: first.rejected + 1 },
    flipped: problem.comparisons.filter((c) => c.flipped).length,
    responses,
    binEdges,
  };
}

/**
 * Derives the view of the trained model, after all `steps` steps (the build-time fallback, the section's
 * equations and the widget's first draw).
 *
 * @example
 * deriveRewardModel(rewardModelDefaults).weights; // ≈ [1.1746, 0.4494, 0.0506] (numpy: full-batch GD, 100 steps of η = 0.5)
 */
export function deriveRewardModel(state: RewardModelWidgetState): RewardModelDerived {
  return deriveRewardModelAt(state, rewardModelProblem(state), trainedRewardModel(state));
}

/**
 * A weight vector with two decimals, as the summary and the section's prose write it.
 *
 * @example
 * formatWeights([1.1746, 0.4494, 0.0506]); // → '(1.17, 0.45, 0.05)'
 */
export function formatWeights(weights: readonly number[]): string {
  return `(${weights.map((w) => formatFixed(w, 2)).join(', ')})`;
}

/**
 * The one-sentence live summary.
 *
 * @example
 * summarizeRewardModel(rewardModelDefaults);
 * // → 'Step 100 of 100 (η = 0.5, N = 100): loss 0.5798, 69 of 100 comparisons ordered correctly; learned weights
 * //    w = (1.17, 0.45, 0.05), gold w* = (1.00, 0.50, 0.00), cosine 0.994; with f(x_k) = k·c, c = 0, loss 0.5798.'
 */
export function summarizeRewardModel(state: RewardModelWidgetState, derived: RewardModelDerived = deriveRewardModel(state)): string {
  const cosine = derived.cosine === null ? 'no direction yet' : `cosine ${formatFixed(derived.cosine, 3)}`;
  return (
    `Step ${String(derived.step)} of ${String(derived.steps)} (η = ${formatParameter(derived.learningRate)}, N = ${String(derived.comparisons)}): ` +
    `loss ${formatFixed(derived.plain.loss, 4)}, ${String(derived.plain.correct)} of ${String(derived.comparisons)} comparisons ordered correctly; ` +
    `learned weights w = ${formatWeights(derived.weights)}, gold w* = ${formatWeights(derived.goldWeights)}, ${cosine}; ` +
    `with f(x_k) = k·c, c = ${formatParameter(derived.offset)}, loss ${formatFixed(derived.shifted.loss, 4)}.`
  );
}

/** Column headers of the data table. */
export const rewardModelColumns = ['Response', 'Helpful', 'Harmless', 'Length', 'Gold r*', 'Learned r', 'r + f(x)'];

/**
 * The data table (the chart's text alternative): the gold and learned weights, then every response with its
 * features, its gold reward, its learned reward and the learned reward plus $f(x_k) = k\,c$.
 *
 * @example
 * rewardModelTable(deriveRewardModel(rewardModelDefaults)).rows[1]; // → ['Learned weights w', '1.17', '0.45', '0.05', '', '', '']
 */
export function rewardModelTable(derived: RewardModelDerived): WidgetTable {
  const weightRow = (label: string, weights: readonly number[]) => [label, ...weights.map((w) => formatFixed(w, 2)), '', '', ''];
  return {
    caption:
      `Linear reward model after ${String(derived.step)} of ${String(derived.steps)} gradient steps on ${String(derived.comparisons)} comparisons ` +
      `(${String(derived.flipped)} labels flipped by the annotators): gold weights w*, learned weights w, and every response's features and rewards; ` +
      `the last column adds f(x_k) = k·c with c = ${formatParameter(derived.offset)} to prompt k's rewards ` +
      `(loss ${formatFixed(derived.plain.loss, 4)} without it, ${formatFixed(derived.shifted.loss, 4)} with it).`,
    columns: [...rewardModelColumns],
    rows: [
      weightRow('Gold weights w*', derived.goldWeights),
      weightRow('Learned weights w', derived.weights),
      ...derived.responses.map((r) => [
        `x${String(r.prompt)} y${String(r.response)}`,
        ...r.features.map((v) => formatFixed(v, 2)),
        formatFixed(r.gold, 2),
        formatFixed(r.learned, 2),
        formatFixed(r.shifted, 2),
      ]),
    ],
  };
}

/** Smallest half-width of both axes (features are standard normal). */
const MIN_HALF_WIDTH = 2.5;

/**
 * The chart: each response at (helpfulness, harmlessness), in one of {@link REWARD_BINS} reward bins (colour from
 * low to high, and larger points for higher bins), and the gold and learned weight vectors as arrows from the
 * origin, each ending in a dot (their helpfulness and harmlessness parts: the reward grows fastest along them).
 *
 * @example
 * rewardModelChartConfig(deriveRewardModel(rewardModelDefaults), paletteChartColors('light')).data.datasets.length; // → 7
 */
export function rewardModelChartConfig(derived: RewardModelDerived, colors: ChartColors): WidgetChartConfig {
  const scale = rewardColours(colors.series[0], colors.series[1]);
  const edges = derived.binEdges;
  const bins: LineDataset[] = scale.map((colour, bin) => ({
    label: `r + f(x) from ${formatFixed(edges[bin] as number, 2)} to ${formatFixed(edges[bin + 1] as number, 2)}`,
    data: derived.responses.filter((r) => r.bin === bin).map((r) => ({ x: r.features[0] as number, y: r.features[1] as number })),
    showLine: false,
    borderColor: colour,
    backgroundColor: colour,
    pointStyle: 'circle',
    pointRadius: 3 + bin,
    pointHoverRadius: 3 + bin,
  }));
  const arrow = (label: string, weights: readonly number[], colour: string, dash: number[]): LineDataset =>
    curveDataset(label, [{ x: 0, y: 0 }, { x: weights[0] as number, y: weights[1] as number }], colour, {
      borderDash: dash,
      borderWidth: 3,
      pointRadius: [0, 5],
      pointHoverRadius: [0, 5],
      pointStyle: 'circle',
      tension: 0,
    });
  let half = MIN_HALF_WIDTH;
  for (const v of [...derived.responses.flatMap((r) => r.features.slice(0, 2)), ...derived.weights.slice(0, 2), ...derived.goldWeights.slice(0, 2)]) {
    if (Number.isFinite(v)) half = Math.max(half, Math.ceil(Math.abs(v) * 2 + 0.5) / 2);
  }
  return {
    type: 'line',
    data: {
      datasets: [
        ...bins,
        arrow('Gold weights w* (helpful, harmless)', derived.goldWeights, colors.series[4], [6, 4]),
        arrow('Learned weights w (helpful, harmless)', derived.weights, colors.series[3], []),
      ],
    },
    options: lineChartOptions(colors, {
      x: { title: 'Helpfulness ψ₁', min: -half, max: half },
      y: { title: 'Harmlessness ψ₂', min: -half, max: half },
    }),
  };
}

/**
 * Build-time fallback: the summary and the table of the trained model.
 *
 * @example
 * rewardModelFallback(rewardModelDefaults).table.rows.length; // → 22
 */
export function rewardModelFallback(state: RewardModelWidgetState): WidgetFallback {
  const derived = deriveRewardModel(state);
  return { summary: summarizeRewardModel(state, derived), table: rewardModelTable(derived) };
}

/** The model as the `po-reward-model` element uses it (see shared/widget-model.ts). */
export const rewardModelModel: WidgetModel<typeof rewardModelSchema, RewardModelDerived> = {
  derive: deriveRewardModel,
  summarize: summarizeRewardModel,
  chartConfig: rewardModelChartConfig,
};
