/**
 * Pure model of the `rlhf-vs-dpo` widget (content/chapter-1/rlhf-vs-dpo.mdx): a run (`run.ts`) and the state →
 * derived numbers → summary sentence, data table and chart configuration. Every number comes from `src/math`.
 *
 * The same comparisons go down two paths: (a) Bradley–Terry rewards $\hat r$, then
 * $\pi_{\mathrm{RLHF}} = \pi_{\mathrm{ref}}\,e^{\hat r/\beta}/Z$; (b) a policy $\pi_t$ trained with the DPO loss for
 * $t$ steps. The chart follows $\pi_t(y)$ of the shown prompt's four answers toward $\pi_{\mathrm{RLHF}}(y)$, and
 * the mean total variation between the two paths on a logarithmic right axis.
 */
import { totalVariation } from '../../math/index.ts';
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import type { ChartColors } from '../shared/chart-colors.ts';
import { curveDataset, type LineDataset } from '../shared/chart-datasets.ts';
import type { WidgetChartConfig } from '../shared/chart-types.ts';
import { lineChartOptions } from '../shared/line-chart-options.ts';
import type { WidgetModel } from '../shared/widget-model.ts';
import type { WidgetFallback, WidgetTable } from '../shared/widget-table.ts';
import { formatDistance, powerOfTen } from './distance-format.ts';
import { completedRlhfVsDpoRun, trainedSteps, type RlhfVsDpoRun } from './run.ts';
import type { rlhfVsDpoSchema, RlhfVsDpoState } from './state.ts';

/** The right axis runs from 10^DISTANCE_FLOOR to 1; smaller distances are drawn on the floor. */
export const DISTANCE_FLOOR = -12;

/** One answer of the shown prompt. */
export interface RlhfVsDpoResponse {
  /** $\pi_{\mathrm{ref}}(y)$. */
  reference: number;
  /** Path (a): fitted Bradley–Terry reward $\hat r(y)$, centred over the prompt's answers (`NaN` without a fit). */
  reward: number;
  /** Path (a): $\pi_{\mathrm{RLHF}}(y)$ (`NaN` without a fit). */
  rlhf: number;
  /** Path (b): implicit reward $\beta\log(\pi_t(y)/\pi_{\mathrm{ref}}(y))$, centred over the prompt's answers. */
  implicit: number;
  /** Path (b): $\pi_t(y)$ after `trained` steps. */
  dpo: number;
  /** $\pi_s(y)$ for s = 0 … trained. */
  trajectory: number[];
}

/** Everything the widget shows for a state. */
export interface RlhfVsDpoDerived {
  beta: number;
  comparisons: number;
  /** Steps asked for, and steps trained so far (less while the widget is still training). */
  steps: number;
  trained: number;
  /** 1-based prompt shown. */
  prompt: number;
  /** Label flips among the comparisons. */
  flipped: number;
  /** 1-based prompts whose Bradley–Terry fit does not exist (no finite rewards, so no π_RLHF). */
  noFit: number[];
  promptHasFit: boolean;
  responses: RlhfVsDpoResponse[];
  /** TV between π_t and π_RLHF on the shown prompt (`NaN` without a fit). */
  promptDistance: number;
  /** Mean TV over the prompts with a fit, at step 0 (π_ref) and at step `trained`; `NaN` when no prompt has a fit. */
  startDistance: number;
  distance: number;
  /** Mean TV after each step s = 0 … trained. */
  distances: number[];
  /** DPO loss (mean over the N comparisons) at step `trained`. */
  loss: number;
}

/**
 * Derives what the widget shows from a state and a run for it, read at step min(steps trained, `state.steps`).
 * Without a run, trains one to `state.steps` at once (tests and the build-time fallback).
 *
 * @example
 * const d = deriveRlhfVsDpo(rlhfVsDpoDefaults);
 * d.distance < 1e-6; // true: after 200 steps DPO's policy is within 10⁻⁶ of π_RLHF
 */
export function deriveRlhfVsDpo(state: RlhfVsDpoState, run: RlhfVsDpoRun = completedRlhfVsDpoRun(state, state.steps)): RlhfVsDpoDerived {
  const trained = Math.min(trainedSteps(run), state.steps);
  const x = Math.min(Math.max(state.prompt, 1), run.reference.length) - 1;
  const reference = run.reference[x] as number[];
  const policy = (run.policies[trained] as number[][])[x] as number[];
  // Implicit reward β log(π_t/π_ref), centred like the fitted rewards (mean 0 over the prompt's answers).
  const implicitRaw = policy.map((p, y) => state.beta * (Math.log(p) - Math.log(reference[y] as number)));
  const implicitMean = implicitRaw.reduce((s, v) => s + v, 0) / implicitRaw.length;
  const promptHasFit = run.fitExists[x] === true;
  const rlhf = run.rlhf[x] as number[];
  const responses = reference.map((p, y) => ({
    reference: p,
    reward: (run.rewards[x] as number[])[y] as number,
    rlhf: rlhf[y] as number,
    implicit: (implicitRaw[y] as number) - implicitMean,
    dpo: policy[y] as number,
    trajectory: run.policies.slice(0, trained + 1).map((step) => (step[x] as number[])[y] as number),
  }));
  const promptDistance = promptHasFit ? totalVariation(policy, rlhf) : Number.NaN;
  return {
    beta: state.beta,
    comparisons: state.comparisons,
    steps: state.steps,
    trained,
    prompt: x + 1,
    flipped: run.flipped,
    noFit: run.fitExists.flatMap((exists, p) => (exists ? [] : [p + 1])),
    promptHasFit,
    responses,
    promptDistance,
    startDistance: run.distances[0] as number,
    distance: run.distances[trained] as number,
    distances: run.distances.slice(0, trained + 1),
    loss: run.losses[trained] as number,
  };
}

/** "prompts 1, 6 and 7" / "prompt 3". */
function promptList(prompts: readonly number[]): string {
  const names = prompts.map(String);
  const list = names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
  return `${prompts.length === 1 ? 'prompt' : 'prompts'} ${list}`;
}

/**
 * The one-sentence live summary. It depends on the state and path (a) only, not on how far the run has trained,
 * so it is final the moment a control changes (the live region announces it once); DPO's progress, δ_t and the
 * loss are in the chart, its label and the table.
 *
 * @example
 * summarizeRlhfVsDpo(rlhfVsDpoDefaults, deriveRlhfVsDpo(rlhfVsDpoDefaults));
 * // → 'β = 1, N = 200, t = 200 DPO steps: on prompt 1, path (a) gives y3 the probability 0.734 (π_ref 0.357); the table and the chart follow DPO’s π_t toward it.'
 */
export function summarizeRlhfVsDpo(state: RlhfVsDpoState, derived: RlhfVsDpoDerived = deriveRlhfVsDpo(state)): string {
  const head = `β = ${formatParameter(state.beta)}, N = ${String(state.comparisons)}, t = ${String(state.steps)} DPO ${state.steps === 1 ? 'step' : 'steps'}: `;
  const missing = derived.noFit.length === 0 ? '' : ` (${promptList(derived.noFit)} have no unique finite Bradley–Terry fit)`.replace('prompt ', 'prompt ');
  if (!derived.promptHasFit) {
    return `${head}prompt ${String(derived.prompt)} has no unique finite Bradley–Terry fit, so path (a) has no policy there${derived.noFit.length > 1 ? missing : ''}; the table and the chart follow DPO’s π_t.`;
  }
  const top = derived.responses.reduce((best, r, y) => (r.reward > (derived.responses[best]?.reward ?? -Infinity) ? y : best), 0);
  const r = derived.responses[top] as RlhfVsDpoResponse;
  return (
    `${head}on prompt ${String(derived.prompt)}, path (a) gives y${String(top + 1)} the probability ${formatFixed(r.rlhf, 3)} ` +
    `(π_ref ${formatFixed(r.reference, 3)})${missing}; the table and the chart follow DPO’s π_t toward it.`
  );
}

/** Column headers of the data table. */
export const rlhfVsDpoColumns = ['Answer', 'π_ref', '(a) fitted r̂', '(a) π_RLHF', '(b) implicit reward', '(b) π_t'];

/**
 * The data table (the chart's text alternative): the shown prompt's answers on both paths at step t, then the
 * distance between the two policies.
 *
 * @example
 * rlhfVsDpoTable(deriveRlhfVsDpo(rlhfVsDpoDefaults)).rows.length; // → 5
 */
export function rlhfVsDpoTable(derived: RlhfVsDpoDerived): WidgetTable {
  const cell = (value: number) => (Number.isNaN(value) ? '—' : formatFixed(value, 3));
  const rows = derived.responses.map((r, y) => [
    `y${String(y + 1)}`,
    formatFixed(r.reference, 3),
    cell(r.reward),
    cell(r.rlhf),
    formatFixed(r.implicit, 3),
    formatFixed(r.dpo, 3),
  ]);
  rows.push(['TV', '', '', '', '', formatDistance(derived.promptDistance)]);
  const fit = derived.promptHasFit
    ? 'Path (a): Bradley–Terry rewards r̂ fitted by maximum likelihood, then π_RLHF ∝ π_ref·exp(r̂/β). '
    : `Path (a): no unique finite Bradley–Terry fit on prompt ${String(derived.prompt)} (its answers split into two groups, one of which won every comparison between them), so no π_RLHF. `;
  return {
    caption:
      `Prompt ${String(derived.prompt)} of the toy world, N = ${String(derived.comparisons)} comparisons (${String(derived.flipped)} labels flipped), ` +
      `β = ${formatParameter(derived.beta)}. ${fit}` +
      `Path (b): π_t after ${String(derived.trained)} DPO steps from π_ref, and its implicit reward β·log(π_t/π_ref); ` +
      'both rewards are centred to mean 0 over the four answers. Last row: total variation between π_t and π_RLHF on this prompt; ' +
      `mean over the prompts with a fit: ${formatDistance(derived.distance)}.`,
    columns: [...rlhfVsDpoColumns],
    rows,
  };
}

/** log₁₀ of a distance, clamped to the axis floor. */
function logDistance(value: number): number {
  return value > 0 ? Math.max(DISTANCE_FLOOR, Math.log10(value)) : DISTANCE_FLOOR;
}

/**
 * The chart: $\pi_t(y)$ of the shown prompt's answers against the step $t$ (solid, left axis), $\pi_{\mathrm{RLHF}}(y)$
 * as a dashed level in the same colour, and the mean TV between the paths on a logarithmic right axis.
 *
 * @example
 * rlhfVsDpoChartConfig(deriveRlhfVsDpo(rlhfVsDpoDefaults), paletteChartColors('light')).data.datasets.length; // → 10
 */
export function rlhfVsDpoChartConfig(derived: RlhfVsDpoDerived, colors: ChartColors): WidgetChartConfig {
  const end = Math.max(derived.steps, 1);
  const answers: LineDataset[] = derived.responses.map((r, y) =>
    curveDataset(
      `π_t(y${String(y + 1)})`,
      r.trajectory.map((p, t) => ({ x: t, y: p })),
      colors.series[y] as string,
      { tension: 0 },
    ),
  );
  const levels: LineDataset[] = derived.responses.map((r, y) =>
    curveDataset('', derived.promptHasFit ? [{ x: 0, y: r.rlhf }, { x: end, y: r.rlhf }] : [], colors.series[y] as string, { borderDash: [6, 4] }),
  );
  const options = lineChartOptions(colors, {
    x: { title: 'DPO step t', min: 0, max: end },
    y: { title: `π(y | prompt ${String(derived.prompt)})`, min: 0, max: 1 },
    y1: { title: 'δ_t, mean TV to π_RLHF (log scale)', min: DISTANCE_FLOOR, max: 0 },
  });
  // Powers of ten on the right axis, every second one.
  const y1 = options.scales?.['y1'] as Record<string, unknown> | undefined;
  if (y1) {
    y1['afterBuildTicks'] = (scale: { ticks: { value: number }[] }) => {
      scale.ticks = Array.from({ length: -DISTANCE_FLOOR / 2 + 1 }, (_, i) => ({ value: DISTANCE_FLOOR + 2 * i }));
    };
    Object.assign(y1['ticks'] as Record<string, unknown>, { callback: (value: number | string) => powerOfTen(Number(value)) });
  }
  return {
    type: 'line',
    data: {
      datasets: [
        ...answers,
        ...levels,
        // Legend-only entry for the four dashed levels (drawn above without a label of their own).
        curveDataset('π_RLHF (dashed, in each answer’s colour)', [], colors.muted, { borderDash: [6, 4] }),
        curveDataset(
          'δ_t: mean TV(π_t, π_RLHF), right axis',
          Number.isNaN(derived.distance) ? [] : derived.distances.map((d, t) => ({ x: t, y: logDistance(d) })),
          colors.series[4],
          { yAxisID: 'y1', borderWidth: 3, tension: 0 },
        ),
      ],
    },
    options,
  };
}

/**
 * The canvas's accessible name: what is drawn, and where the numbers are.
 *
 * @example
 * rlhfVsDpoChartLabel(deriveRlhfVsDpo(rlhfVsDpoDefaults)); // 'Probabilities of the four answers to prompt 1 …'
 */
export function rlhfVsDpoChartLabel(derived: RlhfVsDpoDerived): string {
  return (
    `Probabilities of the four answers to prompt ${String(derived.prompt)} under π_t at each of ${String(derived.trained)} DPO steps (solid), ` +
    'π_RLHF of each answer (dashed), and the mean total variation between the two policies on a logarithmic right axis; the table below lists the values.'
  );
}

/**
 * Build-time fallback: the summary and the table for a state, trained to the end.
 *
 * @example
 * rlhfVsDpoFallback(rlhfVsDpoDefaults).table.rows.length; // → 5
 */
export function rlhfVsDpoFallback(state: RlhfVsDpoState): WidgetFallback {
  const derived = deriveRlhfVsDpo(state);
  return { summary: summarizeRlhfVsDpo(state, derived), table: rlhfVsDpoTable(derived) };
}

/** The model as the `po-rlhf-vs-dpo` element uses it (the element passes its own run to `deriveRlhfVsDpo`). */
export const rlhfVsDpoModel: WidgetModel<typeof rlhfVsDpoSchema, RlhfVsDpoDerived> = {
  derive: (state) => deriveRlhfVsDpo(state),
  summarize: summarizeRlhfVsDpo,
  chartConfig: rlhfVsDpoChartConfig,
};
