/**
 * Pure model of the `dpo-gradient` widget (content/chapter-5/dpo-gradient.mdx): a run (`run.ts`) and the state →
 * derived numbers → summary sentence and data table (the chart is in `chart.ts`). Every number comes from
 * `src/math`.
 *
 * For the shown prompt, at the shown step $t$: each distinct labelled pair $y_w \succ y_l$ with its implicit reward
 * margin $u = \beta\Delta$, its gradient weight $w$ ($\sigma(-u)$ for DPO, 1 for the unweighted loss) and the step it
 * gives the two logits, $\eta\beta w\cdot$ labels$/N$ (Rafailov et al. 2023, §4); and each answer's probability,
 * log-probability and net logit step, with the KL to $\pi_{\mathrm{ref}}$.
 */
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import type { WidgetModel } from '../shared/widget-model.ts';
import type { WidgetFallback, WidgetTable } from '../shared/widget-table.ts';
import { dpoGradientChartConfig } from './chart.ts';
import { COMPARISONS, dpoGradientRun, RUN_STEPS, trainedSteps, type DpoGradientRun } from './run.ts';
import type { dpoGradientSchema, DpoGradientState } from './state.ts';

/** One distinct labelled pair of the shown prompt. */
export interface DpoGradientPair {
  /** 0-based chosen and rejected answers. */
  chosen: number;
  rejected: number;
  /** How many of the comparisons carry this label. */
  count: number;
  /** $u = \beta\Delta$ at the shown step. */
  margin: number;
  /** Gradient weight $w$ at the shown step. */
  weight: number;
  /** The logit step this pair gives at the shown step, $\eta\beta w\cdot$ count$/N$ (up on $y_w$, down on $y_l$). */
  push: number;
  /** Whether the implicit reward orders it as labelled at the shown step ($u > 0$). */
  correct: boolean;
  /** $w$ after each step s = 0 … trained. */
  weights: number[];
}

/** One answer of the shown prompt. */
export interface DpoGradientResponse {
  reference: number;
  /** $\pi_t(y)$ and $\log\pi_t(y)$ at the shown step. */
  probability: number;
  logProb: number;
  /** Net logit step at the shown step, $-\eta\,\partial\mathcal{L}/\partial\theta_y$: the pairs' pushes summed. */
  push: number;
  /** $\log\pi_s(y)$ after each step s = 0 … trained. */
  logProbs: number[];
}

/** Everything the widget shows for a state. */
export interface DpoGradientDerived {
  beta: number;
  loss: DpoGradientState['loss'];
  view: DpoGradientState['view'];
  /** The step shown: the state's step, or fewer while the run is still training. */
  step: number;
  trained: number;
  /** 1-based prompt shown. */
  prompt: number;
  /** The trainer's step size η = 10/β². */
  learningRate: number;
  /** Pairs by number of labels (most first), then by chosen and rejected answer. */
  pairs: DpoGradientPair[];
  responses: DpoGradientResponse[];
  /** KL(π_t ‖ π_ref) of the shown prompt at the shown step, and after each step s = 0 … trained. */
  kl: number;
  kls: number[];
}

/**
 * Derives what the widget shows from a state and a run for it, at step min(steps trained, `state.step`).
 * Without a run, uses the completed run of the state (tests, the build).
 *
 * @example
 * deriveDpoGradient(dpoGradientDefaults).pairs[0].count; // → 6 (y2 ≻ y4, weight σ(−1.468) = 0.187)
 */
export function deriveDpoGradient(state: DpoGradientState, run: DpoGradientRun = dpoGradientRun(state)): DpoGradientDerived {
  const trained = trainedSteps(run);
  const step = Math.min(trained, state.step);
  const x = Math.min(Math.max(state.prompt, 1), run.reference.length) - 1;
  const eta = run.trainer.learningRate;
  const own = (run.terms[0] ?? []).flatMap((term, i) => (term.prompt === x ? [i] : []));
  const pairs = own.map((i): DpoGradientPair => {
    const term = run.terms[step]![i]!;
    return {
      chosen: term.chosen,
      rejected: term.rejected,
      count: Math.round(term.share * COMPARISONS),
      margin: term.margin,
      weight: term.weight,
      push: -eta * term.gradient,
      correct: term.margin > 0,
      weights: run.terms.slice(0, trained + 1).map((terms) => terms[i]!.weight),
    };
  });
  pairs.sort((a, b) => b.count - a.count || a.chosen - b.chosen || a.rejected - b.rejected);
  const reference = run.reference[x] as number[];
  const responses = reference.map((p, y): DpoGradientResponse => {
    const logProb = run.logProbs[step]![x]![y]!;
    const push = pairs.reduce((s, pair) => s + (pair.chosen === y ? pair.push : pair.rejected === y ? -pair.push : 0), 0);
    return { reference: p, probability: Math.exp(logProb), logProb, push, logProbs: run.logProbs.slice(0, trained + 1).map((lp) => lp[x]![y]!) };
  });
  return {
    beta: state.beta,
    loss: state.loss,
    view: state.view,
    step,
    trained,
    prompt: x + 1,
    learningRate: eta,
    pairs,
    responses,
    kl: run.kls[step]![x]!,
    kls: run.kls.slice(0, trained + 1).map((k) => k[x]!),
  };
}

/** "y2 ≻ y4" (1-based answers). */
export function pairName(pair: Pick<DpoGradientPair, 'chosen' | 'rejected'>): string {
  return `y${String(pair.chosen + 1)} ≻ y${String(pair.rejected + 1)}`;
}

/** The answer whose logit the pairs push down hardest at the shown step (0-based). */
export function mostPushedDown(derived: DpoGradientDerived): number {
  return derived.responses.reduce((best, r, y) => (r.push < derived.responses[best]!.push ? y : best), 0);
}

/**
 * The one-sentence live summary.
 *
 * @example
 * summarizeDpoGradient(dpoGradientDefaults, deriveDpoGradient(dpoGradientDefaults));
 * // → 'β = 1, DPO loss, step 10 of 200, prompt 1: the 9 labelled pairs have gradient weights from 0.114 (y3 ≻ y4, u = 2.055) to 0.747 (y4 ≻ y1, u = −1.080); KL to π_ref 0.145.'
 */
export function summarizeDpoGradient(state: DpoGradientState, derived: DpoGradientDerived = deriveDpoGradient(state)): string {
  const loss = state.loss === 'sigmoid' ? 'DPO loss' : 'unweighted loss';
  const head = `β = ${formatParameter(state.beta)}, ${loss}, step ${String(derived.step)} of ${String(RUN_STEPS)}, prompt ${String(derived.prompt)}: `;
  const kl = `KL to π_ref ${formatFixed(derived.kl, 3)}.`;
  const n = derived.pairs.length;
  if (n === 0) return `${head}no comparison of the toy world is about this prompt; ${kl}`;
  if (state.loss === 'unweighted') {
    const y = mostPushedDown(derived);
    const r = derived.responses[y]!;
    return (
      `${head}all ${String(n)} labelled pairs keep weight 1, so the push never shrinks: y${String(y + 1)}’s logit moves by ${formatFixed(r.push, 3)} every step ` +
      `and log π(y${String(y + 1)}) = ${formatFixed(r.logProb, 2)}; ${kl}`
    );
  }
  const byWeight = [...derived.pairs].sort((a, b) => a.weight - b.weight);
  const low = byWeight[0]!;
  const high = byWeight[byWeight.length - 1]!;
  const pair = (p: DpoGradientPair) => `${formatFixed(p.weight, 3)} (${pairName(p)}, u = ${formatFixed(p.margin, 3)})`;
  if (formatFixed(low.weight, 3) === formatFixed(high.weight, 3)) {
    return `${head}all ${String(n)} labelled pairs have gradient weight ${formatFixed(low.weight, 3)} (u = ${formatFixed(low.margin, 3)}); ${kl}`;
  }
  return `${head}the ${String(n)} labelled pairs have gradient weights from ${pair(low)} to ${pair(high)}; ${kl}`;
}

/** Column headers of the two tables. */
export const pairColumns = ['Pair y_w ≻ y_l', 'Labels', 'Δ', 'u = βΔ', 'Weight w', 'Logit step ±'];
export const responseColumns = ['Answer', 'π_ref', 'π_t', 'log π_t', 'Logit step'];

/**
 * The data table (the chart's text alternative), for the chart the state shows: the pairs at step t, or the answers.
 *
 * @example
 * dpoGradientTable(deriveDpoGradient(dpoGradientDefaults)).rows.length; // → 9
 */
export function dpoGradientTable(derived: DpoGradientDerived): WidgetTable {
  const weight = derived.loss === 'sigmoid' ? 'σ(−u), DPO’s weight' : '1, the unweighted loss’s weight';
  const where = `Prompt ${String(derived.prompt)} of the toy world, ${String(COMPARISONS)} comparisons, β = ${formatParameter(derived.beta)}, step ${String(derived.step)} of ${String(RUN_STEPS)} (step size η = 10/β² = ${formatParameter(derived.learningRate)}). `;
  if (derived.view === 'weights') {
    return {
      caption:
        `${where}Each distinct labelled pair y_w ≻ y_l, how many comparisons carry that label, its log-ratio gap Δ and implicit reward margin u = βΔ, ` +
        `its gradient weight w = ${weight}, and the step it gives the logits, η·β·w·labels/N: up on y_w, down on y_l.`,
      columns: [...pairColumns],
      rows: derived.pairs.map((p) => [pairName(p), String(p.count), formatFixed(p.margin / derived.beta, 3), formatFixed(p.margin, 3), formatFixed(p.weight, 3), formatFixed(p.push, 3)]),
    };
  }
  return {
    caption: `${where}Each answer’s probability under π_ref and π_t, its log-probability, and the net step of its logit (the pairs’ steps summed). KL(π_t ‖ π_ref) = ${formatFixed(derived.kl, 3)}.`,
    columns: [...responseColumns],
    rows: derived.responses.map((r, y) => [`y${String(y + 1)}`, formatFixed(r.reference, 3), formatFixed(r.probability, 3), formatFixed(r.logProb, 3), formatFixed(r.push, 3)]),
  };
}

/**
 * Build-time fallback: the summary and the table for a state (the completed run).
 *
 * @example
 * dpoGradientFallback(dpoGradientDefaults).table.columns[4]; // → 'Weight w'
 */
export function dpoGradientFallback(state: DpoGradientState): WidgetFallback {
  const derived = deriveDpoGradient(state);
  return { summary: summarizeDpoGradient(state, derived), table: dpoGradientTable(derived) };
}

/** The model as the `po-dpo-gradient` element uses it (the element passes its own run to `deriveDpoGradient`). */
export const dpoGradientModel: WidgetModel<typeof dpoGradientSchema, DpoGradientDerived> = {
  derive: (state) => deriveDpoGradient(state),
  summarize: summarizeDpoGradient,
  chartConfig: dpoGradientChartConfig,
};
