/**
 * Pure model of the `ppo-clip` widget (content/chapter-4/ppo-clip.mdx): state → derived numbers → summary
 * sentence, data table and build-time fallback; the chart is in `chart.ts`. Every number comes from `src/math`
 * (`ppoClipObjective`, `ppoClipGradient`, `isPpoClipped`, and through `responses.ts` `shapedRewards`).
 *
 * Clip view: the advantage is $\hat A = \pm 1$ (the `sign` control); the curves are sampled on $\rho \in [0, 2]$.
 * The clipped region, where $L^{\mathrm{CLIP}}$ is flat and its gradient is zero, is $\rho > 1+\varepsilon$ for
 * $\hat A > 0$ and $\rho < 1-\varepsilon$ for $\hat A < 0$.
 */
import { isPpoClipped, ppoClipGradient, ppoClipObjective } from '../../math/index.ts';
import type { ChartPoint } from '../shared/chart-types.ts';
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import type { WidgetFallback, WidgetTable } from '../shared/widget-table.ts';
import { shapedResponse, type ShapedResponse } from './responses.ts';
import type { WidgetModel } from '../shared/widget-model.ts';
import { ppoClipChartConfig } from './chart.ts';
import { RATIO_MAX, type ppoClipSchema, type PpoClipState, type PpoClipView } from './state.ts';

const CURVE_SAMPLES = 81;

/** One ratio of the clip view's table. */
export interface PpoClipRow {
  ratio: number;
  /** $\rho\hat A$. */
  unclipped: number;
  /** $\operatorname{clip}(\rho, 1-\varepsilon, 1+\varepsilon)\,\hat A$. */
  clippedTerm: number;
  /** $L^{\mathrm{CLIP}}$, the smaller of the two. */
  objective: number;
  /** $\partial L^{\mathrm{CLIP}}/\partial\rho$. */
  gradient: number;
  clipped: boolean;
}

/** Everything the widget shows for a state. */
export interface PpoClipDerived {
  view: PpoClipView;
  epsilon: number;
  advantage: number;
  /** The reader's ratio ρ and its numbers. */
  point: PpoClipRow;
  /** The clipped region $[\text{from}, \text{to}]$ on the ratio axis. */
  region: { from: number; to: number };
  objectiveCurve: ChartPoint[];
  unclippedCurve: ChartPoint[];
  /** Table rows: ρ = 0.5, 1 − ε, 1, 1 + ε, 1.5 and the reader's ρ, sorted, without repeats. */
  rows: PpoClipRow[];
  /** The token view's response (computed in both views; cheap). */
  response: ShapedResponse;
  beta: number;
  score: number;
}

/**
 * The numbers of one ratio.
 *
 * @example
 * ppoClipRow(1.3, 1, 0.2); // → { ratio: 1.3, unclipped: 1.3, clippedTerm: 1.2, objective: 1.2, gradient: 0, clipped: true }
 */
export function ppoClipRow(ratio: number, advantage: number, epsilon: number): PpoClipRow {
  const clippedRatio = Math.min(Math.max(ratio, 1 - epsilon), 1 + epsilon);
  return {
    ratio,
    unclipped: ratio * advantage,
    clippedTerm: clippedRatio * advantage,
    objective: ppoClipObjective(ratio, advantage, epsilon),
    gradient: ppoClipGradient(ratio, advantage, epsilon),
    clipped: isPpoClipped(ratio, advantage, epsilon),
  };
}

/**
 * Derives both views' numbers from a state.
 *
 * @example
 * derivePpoClip(ppoClipDefaults).point.objective; // → 1.2
 */
export function derivePpoClip(state: PpoClipState): PpoClipDerived {
  const { epsilon, ratio, sign, view, beta, score } = state;
  const advantage = sign === 'positive' ? 1 : -1;
  const grid = Array.from({ length: CURVE_SAMPLES }, (_, i) => (i * RATIO_MAX) / (CURVE_SAMPLES - 1));
  const ratios = [...new Set([0.5, 1 - epsilon, 1, 1 + epsilon, 1.5, ratio].map((r) => Number(r.toFixed(10))))].sort((a, b) => a - b);
  return {
    view,
    epsilon,
    advantage,
    point: ppoClipRow(ratio, advantage, epsilon),
    region: advantage > 0 ? { from: 1 + epsilon, to: RATIO_MAX } : { from: 0, to: 1 - epsilon },
    objectiveCurve: grid.map((r) => ({ x: r, y: ppoClipObjective(r, advantage, epsilon) })),
    unclippedCurve: grid.map((r) => ({ x: r, y: r * advantage })),
    rows: ratios.map((r) => ppoClipRow(r, advantage, epsilon)),
    response: shapedResponse(state.response, beta, score),
    beta,
    score,
  };
}

const signText = (advantage: number) => (advantage > 0 ? 'A = +1' : 'A = −1');

/**
 * The one-sentence live summary, for the selected view.
 *
 * @example
 * summarizePpoClip(ppoClipDefaults);
 * // → 'A = +1, ε = 0.2: at ρ = 1.3 the sample is clipped: L^CLIP = 1.200 instead of ρA = 1.300, gradient 0;
 * //    the objective is flat for ρ > 1.2.'
 */
export function summarizePpoClip(_state: PpoClipState, derived: PpoClipDerived): string {
  if (derived.view === 'tokens') {
    const { response, beta, score } = derived;
    return (
      `“${response.sentence}”, ${String(response.tokens.length)} tokens, β = ${formatParameter(beta)}: KL penalties sum to ` +
      `${formatFixed(-beta * response.logRatio, 3)} (log π_θ(y)/π_ref(y) = ${formatFixed(response.logRatio, 3)}), score ` +
      `r = ${formatParameter(score)} at the last token; total reward ${formatFixed(response.total, 3)}.`
    );
  }
  const { point, epsilon, advantage } = derived;
  const edge = advantage > 0 ? `ρ > ${formatParameter(1 + epsilon)}` : `ρ < ${formatParameter(1 - epsilon)}`;
  const state = point.clipped
    ? `the sample is clipped: L^CLIP = ${formatFixed(point.objective, 3)} instead of ρA = ${formatFixed(point.unclipped, 3)}, gradient 0`
    : `not clipped: L^CLIP = ρA = ${formatFixed(point.objective, 3)}, gradient ${formatFixed(point.gradient, 0)}`;
  return `${signText(advantage)}, ε = ${formatParameter(epsilon)}: at ρ = ${formatParameter(point.ratio)} ${state}; the objective is flat for ${edge}.`;
}

/**
 * The data table (the chart's text alternative) of the selected view.
 *
 * @example
 * ppoClipTable(derivePpoClip(ppoClipDefaults)).rows[3];
 * // → ['1.2', '1.200', '1.200', '1.200', 'no', '1']
 */
export function ppoClipTable(derived: PpoClipDerived): WidgetTable {
  if (derived.view === 'tokens') {
    const { response, beta } = derived;
    return {
      caption:
        `Per-token shaped rewards of “${response.sentence}” at β = ${formatParameter(beta)}: r_t = −β·(log π_θ − log π_ref), ` +
        `plus the score at the last token. Sum ${formatFixed(response.total, 4)}; −β·log(π_θ(y)/π_ref(y)) + r = ` +
        `${formatFixed(response.sequenceCheck, 4)}.`,
      columns: ['t', 'Token', 'log π_θ', 'log π_ref', 'KL penalty −β·log ratio', 'Score', 'Reward r_t'],
      rows: response.tokens.map((token, t) => [
        String(t + 1),
        token.token,
        formatFixed(token.policyLogProb, 3),
        formatFixed(token.referenceLogProb, 3),
        formatFixed(token.penalty, 4),
        token.score === 0 ? '0' : formatParameter(token.score),
        formatFixed(token.reward, 4),
      ]),
    };
  }
  return {
    caption:
      `L^CLIP = min(ρA, clip(ρ, 1 − ε, 1 + ε)A) for ${signText(derived.advantage)} and ε = ${formatParameter(derived.epsilon)} at ` +
      'a few ratios, with its gradient ∂L/∂ρ (0 where clipped).',
    columns: ['Ratio ρ', 'ρA', 'clip(ρ)·A', 'L^CLIP', 'Clipped', 'Gradient ∂L/∂ρ'],
    rows: derived.rows.map((row) => [
      formatParameter(row.ratio),
      formatFixed(row.unclipped, 3),
      formatFixed(row.clippedTerm, 3),
      formatFixed(row.objective, 3),
      row.clipped ? 'yes' : 'no',
      formatFixed(row.gradient, 0),
    ]),
  };
}

/**
 * Build-time fallback: the summary and the table for a state.
 *
 * @example
 * ppoClipFallback(ppoClipDefaults).table.rows.length; // → 6
 */
export function ppoClipFallback(state: PpoClipState): WidgetFallback {
  const derived = derivePpoClip(state);
  return { summary: summarizePpoClip(state, derived), table: ppoClipTable(derived) };
}

/** The model as the `po-ppo-clip` element uses it (see shared/widget-model.ts). */
export const ppoClipModel: WidgetModel<typeof ppoClipSchema, PpoClipDerived> = {
  derive: derivePpoClip,
  summarize: summarizePpoClip,
  chartConfig: ppoClipChartConfig,
};
