/**
 * Pure model of the `choice-vs-demo` widget (content/chapter-1/choice-vs-demo.mdx): state → derived numbers →
 * summary sentence, data table and chart configuration. Every number comes from `src/math`.
 *
 * One prompt of the toy world with six candidate responses. Two policies are trained on data about the *same*
 * responses:
 * - $\pi_{\mathrm{SFT}}$, maximum likelihood on {@link DEMONSTRATIONS} demonstrations written by a demonstrator
 *   with temperature $T$ (`drawDemonstrations`, `sftMaximumLikelihood`): the demonstrator's frequencies;
 * - $\pi_{\mathrm{pref}}$, trained from $N$ comparisons labelled by the world's careful annotator: Bradley–Terry
 *   rewards $\hat r$ fitted to the choices (`fitTabularBradleyTerryMap`, prior precision {@link REWARD_PRIOR}),
 *   then the KL-regularized optimum $\pi_{\mathrm{pref}} = \pi_{\mathrm{SFT}}\,e^{\hat r/\beta}/Z$
 *   (`tabularOptimalPolicy`).
 * Both are scored by the hidden gold reward $r^*$ the learners never see: $\mathbb{E}_{\pi}[r^*]$.
 */
import {
  createWorld,
  demonstrationCounts,
  demonstratorPolicy,
  drawDemonstrations,
  drawPreferences,
  expectedValue,
  fitTabularBradleyTerryMap,
  klDivergence,
  sftMaximumLikelihood,
  tabularOptimalPolicy,
} from '../../math/index.ts';
import type { ChartColors } from '../shared/chart-colors.ts';
import { curveDataset, type LineDataset } from '../shared/chart-datasets.ts';
import type { ChartPoint, WidgetChartConfig } from '../shared/chart-types.ts';
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import { lineChartOptions } from '../shared/line-chart-options.ts';
import type { WidgetModel } from '../shared/widget-model.ts';
import type { WidgetFallback, WidgetTable } from '../shared/widget-table.ts';
import { choiceVsDemoSchema, type ChoiceVsDemoState } from './state.ts';

/** Candidate responses of the widget's one prompt. */
export const RESPONSES = 6;
/** Demonstrations the SFT policy is fitted to. */
export const DEMONSTRATIONS = 100;
/** The annotator who labels the comparisons: the toy world's careful one (noise 0.5, flip rate 0.05, no length bias). */
export const ANNOTATOR = 0;
/** Precision λ of the Gaussian prior on the fitted rewards (keeps them finite when an answer never lost). */
export const REWARD_PRIOR = 0.1;

/** One candidate response. */
export interface ChoiceVsDemoResponse {
  /** Hidden gold reward $r^*(x, y)$. */
  gold: number;
  /** Demonstrator's probability $\propto e^{r^{*}/T}$. */
  demonstrator: number;
  /** How often the demonstrator wrote it (of {@link DEMONSTRATIONS}). */
  demonstrations: number;
  /** $\pi_{\mathrm{SFT}}(y)$ = demonstrations / {@link DEMONSTRATIONS}. */
  sft: number;
  /** Comparisons it won and took part in. */
  wins: number;
  appearances: number;
  /** Bradley–Terry reward fitted to the choices. */
  fitted: number;
  /** $\pi_{\mathrm{pref}}(y)$. */
  pref: number;
}

/** Everything the widget shows for a state. */
export interface ChoiceVsDemoDerived {
  responses: ChoiceVsDemoResponse[];
  /** Expected gold reward of the demonstrator, of $\pi_{\mathrm{SFT}}$ and of $\pi_{\mathrm{pref}}$; the best response's reward. */
  demonstratorValue: number;
  sftValue: number;
  prefValue: number;
  bestValue: number;
  /** $\mathrm{KL}(\pi_{\mathrm{pref}} \,\|\, \pi_{\mathrm{SFT}})$, how far the choices moved the policy. */
  kl: number;
  /** Comparisons the annotator's label flip reversed (hidden from the learner). */
  flipped: number;
  comparisons: number;
  temperature: number;
  beta: number;
}

/**
 * Derives both policies and their expected gold rewards from a state.
 *
 * @example
 * const d = deriveChoiceVsDemo(choiceVsDemoDefaults);
 * d.prefValue > d.sftValue; // true: the choices found the better answers
 */
export function deriveChoiceVsDemo(state: ChoiceVsDemoState): ChoiceVsDemoDerived {
  const world = createWorld({ seed: state.seed, prompts: 1, responsesPerPrompt: RESPONSES });
  const gold = world.prompts[0]!.responses.map((response) => response.goldReward);
  const demonstrator = demonstratorPolicy(world, state.temperature)[0]!;
  const demos = drawDemonstrations(world, { perPrompt: DEMONSTRATIONS, temperature: state.temperature });
  const counts = demonstrationCounts(world, demos);
  const sft = sftMaximumLikelihood(counts)[0]!;
  const data = drawPreferences(world, { count: state.comparisons, annotators: ANNOTATOR });
  const fit = fitTabularBradleyTerryMap(world, data, { prior: REWARD_PRIOR });
  const pref = tabularOptimalPolicy([sft], fit.rewards, state.beta)[0]!;
  const responses = gold.map((g, y) => ({
    gold: g,
    demonstrator: demonstrator[y]!,
    demonstrations: counts[0]![y]!,
    sft: sft[y]!,
    wins: data.filter((c) => c.chosen === y).length,
    appearances: data.filter((c) => c.chosen === y || c.rejected === y).length,
    fitted: fit.rewards[0]![y]!,
    pref: pref[y]!,
  }));
  return {
    responses,
    demonstratorValue: expectedValue(demonstrator, gold),
    sftValue: expectedValue(sft, gold),
    prefValue: expectedValue(pref, gold),
    bestValue: Math.max(...gold),
    kl: klDivergence(pref, sft),
    flipped: data.filter((c) => c.flipped).length,
    comparisons: data.length,
    temperature: state.temperature,
    beta: state.beta,
  };
}

/**
 * The one-sentence live summary.
 *
 * @example
 * summarizeChoiceVsDemo(choiceVsDemoDefaults);
 * // → 'T = 1, N = 100, β = 1: expected gold reward 1.39 for π_SFT (the demonstrator's is 1.34), 1.8… for π_pref; …'
 */
export function summarizeChoiceVsDemo(state: ChoiceVsDemoState, derived: ChoiceVsDemoDerived = deriveChoiceVsDemo(state)): string {
  return (
    `T = ${formatParameter(state.temperature)}, N = ${String(state.comparisons)}, β = ${formatParameter(state.beta)}: ` +
    `expected gold reward ${formatFixed(derived.sftValue, 2)} for π_SFT (the demonstrator's is ${formatFixed(derived.demonstratorValue, 2)}), ` +
    `${formatFixed(derived.prefValue, 2)} for π_pref; the best answer has ${formatFixed(derived.bestValue, 2)}.`
  );
}

/** Column headers of the data table. */
export const choiceVsDemoColumns = ['Answer', 'Gold r*', 'Demos', 'π_SFT', 'Won / compared', 'Fitted r̂', 'π_pref'];

/**
 * The data table (the chart's text alternative): one row per answer, then the expected gold reward of each policy.
 *
 * @example
 * choiceVsDemoTable(deriveChoiceVsDemo(choiceVsDemoDefaults)).rows.length; // → 7
 */
export function choiceVsDemoTable(derived: ChoiceVsDemoDerived): WidgetTable {
  const rows = derived.responses.map((r, y) => [
    `y${String(y + 1)}`,
    formatFixed(r.gold, 2),
    String(r.demonstrations),
    formatFixed(r.sft, 2),
    `${String(r.wins)} / ${String(r.appearances)}`,
    formatFixed(r.fitted, 2),
    formatFixed(r.pref, 2),
  ]);
  rows.push(['E[r*]', `best ${formatFixed(derived.bestValue, 2)}`, '', formatFixed(derived.sftValue, 2), '', '', formatFixed(derived.prefValue, 2)]);
  return {
    caption:
      `Six answers to one prompt: ${String(DEMONSTRATIONS)} demonstrations at T = ${formatParameter(derived.temperature)} give π_SFT; ` +
      `${String(derived.comparisons)} comparisons (${String(derived.flipped)} labels flipped by the annotator) give the fitted rewards r̂ ` +
      `and π_pref ∝ π_SFT·exp(r̂/β) at β = ${formatParameter(derived.beta)}; KL(π_pref ‖ π_SFT) = ${formatFixed(derived.kl, 3)}. ` +
      'Last row: expected gold reward E[r*] of each policy.',
    columns: [...choiceVsDemoColumns],
    rows,
  };
}

/** Half the distance between the two bars of one answer, in x units (answers are 1 apart). */
const BAR_OFFSET = 0.2;

/**
 * Bar thickness in pixels: 30 % of the room per answer, between 3 and 14 px, so the two bars of an answer stay
 * apart on a phone as on a desktop (a scriptable Chart.js option, re-read when the chart resizes).
 *
 * @example
 * barWidth({ chart: { chartArea: { width: 180 } } }); // → 9
 */
export function barWidth(context: { chart: { chartArea?: { width: number } } }): number {
  const width = context.chart.chartArea?.width;
  if (width === undefined || !(width > 0)) return 8;
  return Math.max(3, Math.min(14, (0.3 * width) / RESPONSES));
}

/**
 * A bar chart drawn with the line chart the platform registers: each bar is a thick vertical segment from 0 to
 * its value, and a point with `y = NaN` between bars breaks the line (Chart.js skips it).
 *
 * @example
 * barSegments([0.5, 0.25], -0.2); // [{x: 0.8, y: 0}, {x: 0.8, y: 0.5}, {x: 0.8, y: NaN}, {x: 1.8, y: 0}, …]
 */
export function barSegments(values: readonly number[], offset: number): ChartPoint[] {
  return values.flatMap((v, i) => {
    const x = i + 1 + offset;
    return [{ x, y: 0 }, { x, y: v }, { x, y: Number.NaN }];
  });
}

/**
 * The chart: π_SFT and π_pref as bars per answer (left axis), the gold reward of each answer as points and the
 * expected gold reward of each policy as a dashed line in its colour (right axis).
 *
 * @example
 * choiceVsDemoChartConfig(deriveChoiceVsDemo(choiceVsDemoDefaults), paletteChartColors('light')).data.datasets.length; // → 5
 */
export function choiceVsDemoChartConfig(derived: ChoiceVsDemoDerived, colors: ChartColors): WidgetChartConfig {
  const [sftColour, prefColour, goldColour] = colors.series;
  const bar = (label: string, values: number[], offset: number, colour: string): LineDataset =>
    curveDataset(label, barSegments(values, offset), colour, { borderWidth: barWidth, borderCapStyle: 'butt', tension: 0, spanGaps: false });
  const level = (label: string, value: number, colour: string): LineDataset =>
    curveDataset(label, [{ x: 0.5, y: value }, { x: RESPONSES + 0.5, y: value }], colour, { borderDash: [6, 4], yAxisID: 'y1' });
  const golds = derived.responses.map((r) => r.gold);
  const low = Math.min(0, ...golds);
  const high = Math.max(0, ...golds);
  const options = lineChartOptions(colors, {
    x: { title: 'Answer y1 … y6 to the prompt', min: 0.5, max: RESPONSES + 0.5 },
    y: { title: 'Probability π(y)', min: 0, max: 1 },
    y1: { title: 'Gold reward r*(y)', min: Math.floor(low - 0.25), max: Math.ceil(high + 0.25) },
  });
  // One tick per answer, labelled y1 … y6 (the axis runs from 0.5 to 6.5 so the bars have room).
  const x = options.scales?.['x'] as Record<string, unknown> | undefined;
  if (x) {
    x['afterBuildTicks'] = (scale: { ticks: { value: number }[] }) => {
      scale.ticks = Array.from({ length: RESPONSES }, (_, i) => ({ value: i + 1 }));
    };
    Object.assign(x['ticks'] as Record<string, unknown>, { callback: (value: number | string) => `y${String(value)}` });
  }
  return {
    type: 'line',
    data: {
      datasets: [
        bar('π_SFT (copies the demonstrations)', derived.responses.map((r) => r.sft), -BAR_OFFSET, sftColour),
        bar('π_pref (trained from choices)', derived.responses.map((r) => r.pref), BAR_OFFSET, prefColour),
        {
          label: 'Gold reward r* of the answer',
          data: golds.map((g, i) => ({ x: i + 1, y: g })),
          showLine: false,
          borderColor: goldColour,
          backgroundColor: goldColour,
          pointStyle: 'circle',
          pointRadius: 6,
          pointHoverRadius: 6,
          yAxisID: 'y1',
        },
        level('E[r*] under π_SFT', derived.sftValue, sftColour),
        level('E[r*] under π_pref', derived.prefValue, prefColour),
      ],
    },
    options,
  };
}

/**
 * Build-time fallback: the summary and the table for a state.
 *
 * @example
 * choiceVsDemoFallback(choiceVsDemoDefaults).table.rows.length; // → 7
 */
export function choiceVsDemoFallback(state: ChoiceVsDemoState): WidgetFallback {
  const derived = deriveChoiceVsDemo(state);
  return { summary: summarizeChoiceVsDemo(state, derived), table: choiceVsDemoTable(derived) };
}

/** The model as the `po-choice-vs-demo` element uses it (see shared/widget-model.ts). */
export const choiceVsDemoModel: WidgetModel<typeof choiceVsDemoSchema, ChoiceVsDemoDerived> = {
  derive: deriveChoiceVsDemo,
  summarize: summarizeChoiceVsDemo,
  chartConfig: choiceVsDemoChartConfig,
};
