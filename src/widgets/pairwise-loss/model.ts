/**
 * Pure model of the `pairwise-loss` widget (content/chapter-3/pairwise-loss.mdx): state → derived numbers →
 * summary sentence, data table, chart description and chart configuration. Every number comes from `src/math`
 * (`createWorld`, `drawRankings`, `rankingPairs`, `dpoPairLoss`, `dpoPairLossGradient`, `dpoMarginCurve`); this
 * module only picks the options, the view and the formats.
 *
 * The batch is the toy world's first {@link PAIRWISE_LOSS_PROMPTS} prompts. For each, a labeller ranks its first
 * $K$ answers (Plackett–Luce on the gold reward, `drawRankings`), the ranking is expanded into its $\binom{K}{2}$
 * pairs with weight $1/\binom{K}{2}$ (Ouyang et al. 2022), and each pair is scored with the world's gold reward:
 * its margin is $m = r^*(x, y_w) - r^*(x, y_l)$. The selected loss $\ell(m)$ is the margin loss of
 * `src/math/dpo.ts` at $\beta = 1$ (there $u = \beta\Delta = m$): `sigmoid` is $-\log\sigma(m)$, `hinge` is
 * $\max(0, 1 - m)$, `ipo` is $(m - \tfrac12)^2$. The batch loss is
 * $\mathcal{L} = \frac{1}{B}\sum_x \frac{1}{\binom{K}{2}}\sum_{i \lt j} \ell(m_{x,ij})$.
 */
import { createWorld, dpoMarginCurve, dpoPairLoss, dpoPairLossGradient, drawRankings, rankingPairCount, rankingPairs, type DpoVariant } from '../../math/index.ts';
import { fittedRange, sampleRange, type AxisRange } from '../shared/axis-range.ts';
import type { ChartColors } from '../shared/chart-colors.ts';
import { curveDataset, orderedPairDatasets } from '../shared/chart-datasets.ts';
import type { ChartPoint, WidgetChartConfig } from '../shared/chart-types.ts';
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import { lineChartOptions } from '../shared/line-chart-options.ts';
import type { WidgetModel } from '../shared/widget-model.ts';
import type { WidgetFallback, WidgetTable } from '../shared/widget-table.ts';
import { PAIRWISE_LOSS_PROMPTS, pairwiseLossSchema, type PairwiseLossKind, type PairwiseLossState } from './state.ts';

/** The margin loss of `src/math/dpo.ts` each picker entry is, evaluated at β = 1. */
export const PAIRWISE_LOSS_VARIANT: Readonly<Record<PairwiseLossKind, DpoVariant>> = {
  logistic: 'sigmoid',
  hinge: 'hinge',
  squared: 'ipo',
};

/** One pair of the batch. */
export interface PairwiseLossPair {
  /** Prompt number, from 1. */
  prompt: number;
  /** Answer numbers, from 1, of the better- and worse-ranked answer. */
  chosen: number;
  rejected: number;
  /** Margin $m = r^*(x, y_w) - r^*(x, y_l)$ under the gold reward. */
  margin: number;
  /** Weight $1/\binom{K}{2}$ in its prompt's loss. */
  weight: number;
  /** The selected loss $\ell(m)$. */
  loss: number;
  /** Its gradient $\partial\ell/\partial m$ (negative: a descent step widens the margin). */
  gradient: number;
  /** $m > 0$: the gold reward orders the pair as the labeller did. */
  correct: boolean;
}

/** Everything the widget shows for a state. */
export interface PairwiseLossDerived {
  k: number;
  loss: PairwiseLossKind;
  /** $\binom{K}{2}$, pairs per prompt. */
  pairsPerPrompt: number;
  /** The rankings, answer numbers from 1, best first. */
  rankings: number[][];
  pairs: PairwiseLossPair[];
  /** $\mathcal{L}$: mean over prompts of the weighted sum of the pair losses. */
  batchLoss: number;
  correctCount: number;
  range: AxisRange;
  lossCurve: ChartPoint[];
  gradientCurve: ChartPoint[];
}

const CURVE_SAMPLES = 97;

/**
 * The m axis: fitted to the pairs' margins and always covering $[-2, 2]$, so the shape of the curve around
 * $m = 0$, the hinge's kink at $m = 1$ and the squared loss's target $m = \tfrac12$ are in view whatever the seed.
 *
 * @example
 * pairwiseLossRange([1.535, -0.978]); // → { min: -2.5, max: 2.5 }
 */
export function pairwiseLossRange(margins: readonly number[]): AxisRange {
  return fittedRange(margins, { include: [-2, 2], paddingFraction: 0.1, minSpan: 1 });
}

/**
 * Derives the batch: rankings, their pairs, margins, losses and gradients, and the two curves.
 *
 * @example
 * const d = derivePairwiseLoss(pairwiseLossDefaults);
 * d.pairs.length; // → 12 (4 prompts × C(3, 2))
 * d.batchLoss;    // ≈ 0.523452 (numpy)
 */
export function derivePairwiseLoss(state: PairwiseLossState): PairwiseLossDerived {
  const { seed, k, loss } = state;
  const variant = PAIRWISE_LOSS_VARIANT[loss];
  const world = createWorld({ seed, prompts: PAIRWISE_LOSS_PROMPTS });
  const rankings = drawRankings(world, { size: k });
  const pairs: PairwiseLossPair[] = [];
  let total = 0;
  rankings.forEach((ranking, x) => {
    const responses = world.prompts[x]?.responses ?? [];
    for (const pair of rankingPairs(ranking)) {
      const margin = (responses[pair.chosen]?.goldReward ?? 0) - (responses[pair.rejected]?.goldReward ?? 0);
      const pairLoss = dpoPairLoss(margin, 1, { variant });
      total += pair.weight * pairLoss;
      pairs.push({
        prompt: x + 1,
        chosen: pair.chosen + 1,
        rejected: pair.rejected + 1,
        margin,
        weight: pair.weight,
        loss: pairLoss,
        gradient: dpoPairLossGradient(margin, 1, { variant }),
        correct: margin > 0,
      });
    }
  });
  const range = pairwiseLossRange(pairs.map((pair) => pair.margin));
  const grid = sampleRange(range, CURVE_SAMPLES);
  const curve = dpoMarginCurve(grid, 1, { variant });
  return {
    k,
    loss,
    pairsPerPrompt: rankingPairCount(k),
    rankings: rankings.map((ranking) => ranking.map((y) => y + 1)),
    pairs,
    batchLoss: total / rankings.length,
    correctCount: pairs.filter((pair) => pair.correct).length,
    range,
    lossCurve: Array.from(grid, (m, i) => ({ x: m, y: curve.losses[i] as number })),
    gradientCurve: Array.from(grid, (m, i) => ({ x: m, y: -(curve.gradientWeights[i] as number) })),
  };
}

/** The loss's name as the picker shows it. */
function lossName(loss: PairwiseLossKind): string {
  return pairwiseLossSchema.loss.labels[loss];
}

/**
 * The weight $1/\binom{K}{2}$ as text: `1` or `1/3`.
 *
 * @example
 * weightText(6); // → '1/6'
 */
export function weightText(pairsPerPrompt: number): string {
  return pairsPerPrompt === 1 ? '1' : `1/${String(pairsPerPrompt)}`;
}

/**
 * The one-sentence live summary.
 *
 * @example
 * summarizePairwiseLoss(pairwiseLossDefaults);
 * // → 'K = 3: 4 rankings give 12 pairs, each weighted 1/3; logistic −log σ(m) loss: batch loss 0.5235;
 * //    10 of 12 pairs have a positive margin m.'
 */
export function summarizePairwiseLoss(state: PairwiseLossState, derived: PairwiseLossDerived = derivePairwiseLoss(state)): string {
  const n = derived.pairs.length;
  return (
    `K = ${String(derived.k)}: ${String(derived.rankings.length)} rankings give ${String(n)} pairs, each weighted ` +
    `${weightText(derived.pairsPerPrompt)}; ${lossName(derived.loss)} loss: batch loss ${formatFixed(derived.batchLoss, 4)}; ` +
    `${String(derived.correctCount)} of ${String(n)} pairs have a positive margin m.`
  );
}

/** Column headers of the data table. */
export const pairwiseLossColumns = ['Prompt', 'Pair', 'Margin m', 'Weight', 'Loss ℓ(m)', 'Gradient ∂ℓ/∂m'];

/**
 * The data table (the chart's text alternative): one row per pair.
 *
 * @example
 * pairwiseLossTable(derivePairwiseLoss(pairwiseLossDefaults)).rows[0];
 * // → ['1', 'y3 ≻ y1', '1.535', '1/3', '0.1951', '−0.1772']
 */
export function pairwiseLossTable(derived: PairwiseLossDerived): WidgetTable {
  return {
    caption:
      `Each prompt’s ranking of K = ${String(derived.k)} answers as ${String(derived.pairsPerPrompt)} ` +
      `${derived.pairsPerPrompt === 1 ? 'pair' : 'pairs'} y_w ≻ y_l, with its margin m = r*(y_w) − r*(y_l) under the ` +
      `gold reward, its weight, the ${lossName(derived.loss)} loss and its gradient; batch loss ` +
      `${formatFixed(derived.batchLoss, 4)}.`,
    columns: [...pairwiseLossColumns],
    rows: derived.pairs.map((pair) => [
      String(pair.prompt),
      `y${String(pair.chosen)} ≻ y${String(pair.rejected)}`,
      formatFixed(pair.margin, 3),
      weightText(derived.pairsPerPrompt),
      formatFixed(pair.loss, 4),
      formatFixed(pair.gradient, 4),
    ]),
  };
}

/**
 * The chart's text alternative.
 *
 * @example
 * pairwiseLossChartDescription(derivePairwiseLoss(pairwiseLossDefaults));
 * // → 'The logistic −log σ(m) loss over the margin m from −3 to 3, each of the 12 pairs a point on it, …'
 */
export function pairwiseLossChartDescription(derived: PairwiseLossDerived): string {
  return (
    `The ${lossName(derived.loss)} loss over the margin m from ${formatParameter(derived.range.min)} to ` +
    `${formatParameter(derived.range.max)}, each of the ${String(derived.pairs.length)} pairs a point on it, and its ` +
    'gradient ∂ℓ/∂m (dashed, right axis); the table below lists the values.'
  );
}

/**
 * The chart: the selected loss over the margin with the batch's pairs on it (circles for positive margins,
 * triangles for negative ones) and its gradient $\partial\ell/\partial m$ dashed on a right axis that always
 * shows −1 and 0.
 *
 * @example
 * pairwiseLossChartConfig(derivePairwiseLoss(pairwiseLossDefaults), paletteChartColors('light')).data.datasets.length; // → 4
 */
export function pairwiseLossChartConfig(derived: PairwiseLossDerived, colors: ChartColors): WidgetChartConfig {
  const [lossColour, rightColour, gradientColour, wrongColour] = colors.series;
  return {
    type: 'line',
    data: {
      datasets: [
        curveDataset(`Loss ℓ(m), ${lossName(derived.loss)}`, derived.lossCurve, lossColour, { yAxisID: 'y' }),
        curveDataset('Gradient ∂ℓ/∂m (right axis)', derived.gradientCurve, gradientColour, { yAxisID: 'y1', borderDash: [6, 4] }),
        ...orderedPairDatasets(derived.pairs, (pair) => ({ x: pair.margin, y: pair.loss }), { right: rightColour, wrong: wrongColour }, { yAxisID: 'y' }),
      ],
    },
    options: lineChartOptions(colors, {
      x: { title: 'Margin m = r*(y_w) − r*(y_l)', min: derived.range.min, max: derived.range.max },
      y: { title: 'Loss ℓ(m)', suggestedMin: 0 },
      y1: { title: 'Gradient ∂ℓ/∂m', suggestedMin: -1, suggestedMax: 0 },
    }),
  };
}

/**
 * Build-time fallback: the summary and the table for a state.
 *
 * @example
 * pairwiseLossFallback(pairwiseLossDefaults).table.rows.length; // → 12
 */
export function pairwiseLossFallback(state: PairwiseLossState): WidgetFallback {
  const derived = derivePairwiseLoss(state);
  return { summary: summarizePairwiseLoss(state, derived), table: pairwiseLossTable(derived) };
}

/** The model as the `po-pairwise-loss` element uses it (see shared/widget-model.ts). */
export const pairwiseLossModel: WidgetModel<typeof pairwiseLossSchema, PairwiseLossDerived> = {
  derive: derivePairwiseLoss,
  summarize: summarizePairwiseLoss,
  chartConfig: pairwiseLossChartConfig,
};
