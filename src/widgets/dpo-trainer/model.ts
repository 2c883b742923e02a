/**
 * The pure model of the `dpo-trainer` widget (content/chapter-5/dpo-trainer.mdx): from a state and the run on
 * screen (training.ts) to the numbers, the summary sentence and the table. Everything follows the selected
 * policy: the tabular policy is compared with its closed-form end point π*, the bigram policy reports how its
 * chosen sentences' log-probability moved; the "End point against π*" plot exists for the tabular policy only
 * and falls back to the loss plot for the bigram policy.
 */
import { totalVariation, type TabularDpoMetrics } from '../../math/index.ts';
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import type { WidgetFallback, WidgetTable } from '../shared/widget-table.ts';
import type { WidgetModel } from '../shared/widget-model.ts';
import { dpoTrainerChartConfig } from './chart.ts';
import { dpoTrainerSchema, type DpoTrainerState } from './state.ts';
import { RUN_STEPS, trainedRun, type Run } from './training.ts';

/** One prompt of the tabular policy against its closed-form end point. */
export interface OptimumRow {
  /** 1-based prompt number. */
  prompt: number;
  policy: number[];
  /** π* of the prompt, `null` when the Bradley–Terry fit of its comparisons does not exist. */
  optimum: number[] | null;
  /** Total variation between the two, `null` without π*. */
  tv: number | null;
}

/** What the widget shows for a state and a run. */
export interface DpoTrainerDerived {
  policy: DpoTrainerState['policy'];
  /** The plot shown: the state's, except `optimum` with the bigram policy, which shows `loss`. */
  view: DpoTrainerState['plot'];
  beta: number;
  step: number;
  total: number;
  /** Metrics of every step so far, from step 0. */
  history: TabularDpoMetrics[];
  metrics: TabularDpoMetrics;
  start: TabularDpoMetrics;
  /** The highest mean log π of the chosen answers so far and the first step that reached it. */
  peakChosen: { value: number; step: number };
  /** Tabular only: the end-point comparison per prompt and the mean total variation over prompts with a π*. */
  optimum: { rows: OptimumRow[]; meanTv: number; missing: number } | null;
}

/** Steps the table lists, always all of them (a step the run has not reached yet shows dashes), so the table keeps its size while the run plays. */
export const TABLE_STEPS = [0, 1, 3, 10, 30, 100, 300];

function softmaxRow(logits: readonly number[]): number[] {
  const m = Math.max(...logits);
  const e = logits.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

/**
 * The derived numbers of a state at a run (the element's run on screen, or the end of the run).
 *
 * @example
 * deriveDpoTrainerAt(dpoTrainerDefaults, trainedRun(dpoTrainerDefaults)).step; // → 300
 */
export function deriveDpoTrainerAt(state: DpoTrainerState, run: Run): DpoTrainerDerived {
  const { history } = run;
  const metrics = history[history.length - 1] as TabularDpoMetrics;
  let peak = { value: -Infinity, step: 0 };
  history.forEach((m, step) => {
    if (m.logpChosen > peak.value) peak = { value: m.logpChosen, step };
  });
  let optimum: DpoTrainerDerived['optimum'] = null;
  if (run.problem.optimum !== null) {
    const target = run.problem.optimum;
    const rows = run.state.logits.map((logits, x): OptimumRow => {
      const policy = softmaxRow(logits);
      const best = target[x] ?? null;
      return { prompt: x + 1, policy, optimum: best, tv: best === null ? null : totalVariation(policy, best) };
    });
    const known = rows.flatMap((r) => (r.tv === null ? [] : [r.tv]));
    optimum = { rows, meanTv: known.length === 0 ? NaN : known.reduce((a, b) => a + b, 0) / known.length, missing: rows.length - known.length };
  }
  return {
    policy: run.problem.policy,
    view: state.plot === 'optimum' && optimum === null ? 'loss' : state.plot,
    beta: run.problem.beta,
    step: run.state.step,
    total: RUN_STEPS,
    history,
    metrics,
    start: history[0] as TabularDpoMetrics,
    peakChosen: peak,
    optimum,
  };
}

/**
 * The derived numbers at the end of the state's run.
 *
 * @example
 * deriveDpoTrainer(dpoTrainerDefaults).metrics.accuracy; // → 0.68 (up to rounding: 136 of the 200 pairs after 300 steps)
 */
export function deriveDpoTrainer(state: DpoTrainerState): DpoTrainerDerived {
  return deriveDpoTrainerAt(state, trainedRun(state));
}

/** The mean total variation as text (with the prompts that have no π*). */
function optimumText(optimum: NonNullable<DpoTrainerDerived['optimum']>): string {
  const missing = optimum.missing === 0 ? '' : ` (${String(optimum.missing)} of ${String(optimum.rows.length)} prompts have no finite π*)`;
  return Number.isNaN(optimum.meanTv) ? `no prompt has a finite π*` : `mean total variation to π* ${formatFixed(optimum.meanTv, 6)}${missing}`;
}

/**
 * The one-sentence summary.
 *
 * @example
 * summarizeDpoTrainer(dpoTrainerDefaults, deriveDpoTrainer(dpoTrainerDefaults));
 * // → 'Tabular policy, β = 0.1, step 300 of 300: loss 0.5911, reward accuracy 0.68, margin 0.459, KL 1.078; mean total variation to π* 0.000000.'
 */
export function summarizeDpoTrainer(_state: DpoTrainerState, d: DpoTrainerDerived): string {
  const m = d.metrics;
  const head = `${d.policy === 'tabular' ? 'Tabular' : 'Bigram'} policy, β = ${formatParameter(d.beta)}, step ${String(d.step)} of ${String(d.total)}: loss ${formatFixed(m.loss, 4)}, reward accuracy ${formatFixed(m.accuracy, 2)}, margin ${formatFixed(m.margin, 3)}, KL ${formatFixed(m.kl, 3)}`;
  if (d.optimum !== null) return `${head}; ${optimumText(d.optimum)}.`;
  return `${head}; log π of the chosen sentences ${formatFixed(m.logpChosen, 2)} (${formatFixed(d.start.logpChosen, 2)} at step 0, highest ${formatFixed(d.peakChosen.value, 2)} at step ${String(d.peakChosen.step)}).`;
}

/**
 * The data table: the training curves at a few steps (dashes for steps not reached yet; the summary gives the
 * current step), or (the π* plot) each prompt's policy against π*.
 *
 * @example
 * dpoTrainerTable(deriveDpoTrainer(dpoTrainerDefaults)).columns[0]; // → 'Step'
 */
export function dpoTrainerTable(d: DpoTrainerDerived): WidgetTable {
  if (d.view === 'optimum' && d.optimum !== null) {
    const probabilities = (p: number[]) => p.map((v) => formatFixed(v, 3)).join(', ');
    return {
      caption: `Each prompt's policy π_θ at step ${String(d.step)} and the closed-form π* for β = ${formatParameter(d.beta)}, with the total variation between them.`,
      columns: ['Prompt', 'π_θ(y₁ … y₄)', 'π*(y₁ … y₄)', 'Total variation'],
      rows: d.optimum.rows.map((r) => [
        String(r.prompt),
        probabilities(r.policy),
        r.optimum === null ? 'none (no finite fit)' : probabilities(r.optimum),
        r.tv === null ? '—' : formatFixed(r.tv, 6),
      ]),
    };
  }
  const answers = d.policy === 'tabular' ? 'responses' : 'sentences';
  return {
    caption: `Training curves of the ${d.policy} policy at β = ${formatParameter(d.beta)}, means over the pairs: loss, reward accuracy, implicit reward margin, log π of the chosen and rejected ${answers}, and KL(π_θ ‖ π_ref).`,
    columns: ['Step', 'Loss', 'Reward accuracy', 'Margin', 'log π(y_w)', 'log π(y_l)', 'KL'],
    rows: TABLE_STEPS.map((s) => {
      const m = d.history[s];
      if (m === undefined) return [String(s), '—', '—', '—', '—', '—', '—'];
      return [
        String(s),
        formatFixed(m.loss, 4),
        formatFixed(m.accuracy, 2),
        formatFixed(m.margin, 3),
        formatFixed(m.logpChosen, 2),
        formatFixed(m.logpRejected, 2),
        formatFixed(m.kl, 3),
      ];
    }),
  };
}

/**
 * The build-time fallback: the end state of the run.
 *
 * @example
 * dpoTrainerFallback(dpoTrainerDefaults).table.rows.length; // → 7
 */
export function dpoTrainerFallback(state: DpoTrainerState): WidgetFallback {
  const d = deriveDpoTrainer(state);
  return { summary: summarizeDpoTrainer(state, d), table: dpoTrainerTable(d) };
}

/** The widget's model (the element derives from its own run instead, see element.ts). */
export const dpoTrainerModel: WidgetModel<typeof dpoTrainerSchema, DpoTrainerDerived> = {
  derive: deriveDpoTrainer,
  summarize: summarizeDpoTrainer,
  chartConfig: dpoTrainerChartConfig,
};
