/**
 * Pure model of the `sft-init` widget (content/chapter-4/sft-init.mdx): state → derived numbers → summary sentence,
 * data table and chart configuration. Every number comes from `src/math`.
 *
 * One prompt of the toy world with 8 responses. Supervised fine-tuning fits π_SFT to n demonstrations by maximum
 * likelihood with add-α smoothing, π_SFT(y) = (c(y) + α)/(n + 8α); π_SFT becomes the reference policy, and the
 * KL-regularized optimum for the gold reward is π*(y) = π_SFT(y)·e^{r*(y)/β}/Z. With α = 0 a response never
 * demonstrated has π_SFT(y) = 0 and therefore π*(y) = 0 for every β: the support of π_SFT bounds what π* reaches.
 */
import {
  createWorld,
  demonstrationCounts,
  drawDemonstrations,
  expectedValue,
  klDivergence,
  optimalPolicy,
  sftMaximumLikelihood,
} from '../../math/index.ts';
import type { ChartColors } from '../shared/chart-colors.ts';
import type { LineDataset } from '../shared/chart-datasets.ts';
import type { WidgetChartConfig } from '../shared/chart-types.ts';
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import { lineChartOptions } from '../shared/line-chart-options.ts';
import { responseHistogramOutline } from '../shared/response-histogram-outline.ts';
import type { WidgetModel } from '../shared/widget-model.ts';
import type { WidgetFallback, WidgetTable } from '../shared/widget-table.ts';
import { DEMONSTRATOR_TEMPERATURE } from '../reference-policy/model.ts';
import type { sftInitSchema, SftInitState } from './state.ts';

/** Candidate responses of the widget's prompt, K. */
export const SFT_INIT_RESPONSES = 8;

/** One response of the prompt. */
export interface SftInitResponse {
  /** 1-based response number. */
  response: number;
  /** Gold reward r*(y). */
  gold: number;
  /** How many of the n demonstrations wrote it, c(y). */
  count: number;
  /** π_SFT(y) = (c(y) + α)/(n + Kα). */
  sft: number;
  /** π*(y) = π_SFT(y)·e^{r*(y)/β}/Z. */
  optimal: number;
}

/** Everything the widget shows for a state. */
export interface SftInitDerived {
  responses: SftInitResponse[];
  demonstrations: number;
  smoothing: number;
  beta: number;
  /** Responses (1-based) with π_SFT(y) = 0, outside the support. */
  zeroSupport: number[];
  /** The response (1-based) with the highest gold reward. */
  best: number;
  /** The response (1-based) with the highest gold reward inside the support of π_SFT. */
  bestReachable: number;
  /** E_{π_SFT}[r*]. */
  sftValue: number;
  /** E_{π*}[r*]. */
  optimalValue: number;
  /** max_y r*(y): what a policy on the best response would get. */
  bestValue: number;
  /** max over supp π_SFT of r*(y): the limit of E_{π*}[r*] as β → 0. */
  reachableValue: number;
  /** KL(π*‖π_SFT). */
  kl: number;
  /** Upper end of the probability axis. */
  yMax: number;
}

/** Index of the largest entry of `values` among the indices `keep` accepts. */
function argmax(values: readonly number[], keep: (i: number) => boolean = () => true): number {
  let best = -1;
  values.forEach((v, i) => {
    if (keep(i) && (best < 0 || v > (values[best] as number))) best = i;
  });
  return best;
}

/**
 * The widget's prompt: the gold rewards of its 8 responses and the counts of n demonstrations drawn from the toy
 * world's demonstrator (`drawDemonstrations`, stream `[seed, 2]`, temperature 1).
 *
 * @example
 * sftInitData(216, 10).counts; // → [0, 1, 2, 5, 0, 2, 0, 0]
 */
export function sftInitData(seed: number, demonstrations: number): { gold: number[]; counts: number[] } {
  const world = createWorld({ seed, prompts: 1, responsesPerPrompt: SFT_INIT_RESPONSES });
  const gold = (world.prompts[0]?.responses ?? []).map((r) => r.goldReward);
  const demos = drawDemonstrations(world, { perPrompt: demonstrations, temperature: DEMONSTRATOR_TEMPERATURE, seed });
  const counts = demonstrationCounts([SFT_INIT_RESPONSES], demos)[0] as number[];
  return { gold, counts };
}

/**
 * Derives π_SFT, π*, the support, the best response's mass and the expected gold rewards from a state.
 *
 * @example
 * const d = deriveSftInit(sftInitDefaults);
 * d.zeroSupport; // → [1, 5, 7, 8]
 * d.best; // → 7 (never demonstrated, so π*(y7) = 0)
 */
export function deriveSftInit(state: SftInitState): SftInitDerived {
  const { gold, counts } = sftInitData(state.seed, state.demonstrations);
  const sft = sftMaximumLikelihood([counts], { smoothing: state.smoothing })[0] as number[];
  const optimal = Array.from(optimalPolicy(sft, gold, state.beta));
  const responses = sft.map((p, i) => ({
    response: i + 1,
    gold: gold[i] as number,
    count: counts[i] as number,
    sft: p,
    optimal: optimal[i] as number,
  }));
  const best = argmax(gold);
  const reachable = argmax(gold, (i) => (sft[i] as number) > 0);
  const largest = Math.max(...sft, ...optimal);
  return {
    responses,
    demonstrations: state.demonstrations,
    smoothing: state.smoothing,
    beta: state.beta,
    zeroSupport: responses.filter((r) => r.sft === 0).map((r) => r.response),
    best: best + 1,
    bestReachable: reachable + 1,
    sftValue: expectedValue(sft, gold),
    optimalValue: expectedValue(optimal, gold),
    bestValue: gold[best] as number,
    reachableValue: gold[reachable] as number,
    kl: klDivergence(optimal, sft),
    yMax: Math.min(1, Math.ceil((largest + 0.02) * 10) / 10),
  };
}

/** "y1, y5 and y7" from [1, 5, 7]. */
export function responseList(items: readonly number[]): string {
  const text = items.map((y) => `y${String(y)}`);
  return text.length <= 1 ? text.join('') : `${text.slice(0, -1).join(', ')} and ${text[text.length - 1] ?? ''}`;
}

/**
 * The one-sentence live summary.
 *
 * @example
 * summarizeSftInit(sftInitDefaults);
 * // → 'π_SFT from 10 demonstrations (α = 0) is 0 on y1, y5, y7 and y8, the best response y7 among them. With
 * //    β = 0.5, π* gives y7 0.000: E[r*] = 0.48 under π_SFT and 0.72 under π*; the best response scores 1.60.'
 */
export function summarizeSftInit(state: SftInitState, derived: SftInitDerived = deriveSftInit(state)): string {
  const n = derived.demonstrations;
  const zeros = derived.zeroSupport;
  const fit = `π_SFT from ${String(n)} ${n === 1 ? 'demonstration' : 'demonstrations'} (α = ${formatParameter(state.smoothing)})`;
  const support =
    zeros.length === 0
      ? `${fit} gives every response some probability.`
      : `${fit} is 0 on ${responseList(zeros)}${zeros.includes(derived.best) ? `, the best response y${String(derived.best)} among them` : ''}.`;
  const bestMass = (derived.responses[derived.best - 1] as SftInitResponse).optimal;
  return (
    `${support} With β = ${formatParameter(state.beta)}, π* gives y${String(derived.best)} ${formatFixed(bestMass, 3)}: ` +
    `E[r*] = ${formatFixed(derived.sftValue, 2)} under π_SFT and ${formatFixed(derived.optimalValue, 2)} under π*; ` +
    `the best response scores ${formatFixed(derived.bestValue, 2)}.`
  );
}

/** Column headers of the data table. */
export const sftInitColumns = ['Response y', 'Gold reward r*(y)', 'Count c(y)', 'π_SFT(y)', 'π*(y)'];

/** A response's first cell: its name, marked when it has the best gold reward or lies outside the support. */
function responseLabel(r: SftInitResponse, derived: SftInitDerived): string {
  const marks = [
    ...(r.response === derived.best ? ['best'] : []),
    ...(r.sft === 0 ? ['π_SFT = 0'] : []),
  ];
  return marks.length === 0 ? `y${String(r.response)}` : `y${String(r.response)} (${marks.join(', ')})`;
}

/**
 * The data table (the chart's text alternative): one row per response and a last row with each policy's expected
 * gold reward E[r*].
 *
 * @example
 * sftInitTable(deriveSftInit(sftInitDefaults)).rows[6];
 * // → ['y7 (best, π_SFT = 0)', '1.60', '0', '0.000', '0.000']
 */
export function sftInitTable(derived: SftInitDerived): WidgetTable {
  return {
    caption:
      `π_SFT (fitted on ${String(derived.demonstrations)} demonstrations with α = ${formatParameter(derived.smoothing)}) and ` +
      `π* ∝ π_SFT·e^{r*/β} (β = ${formatParameter(derived.beta)}) per response; the last row is each policy's expected gold reward.`,
    columns: [...sftInitColumns],
    rows: [
      ...derived.responses.map((r) => [
        responseLabel(r, derived),
        formatFixed(r.gold, 2),
        String(r.count),
        formatFixed(r.sft, 3),
        formatFixed(r.optimal, 3),
      ]),
      ['Expected gold reward E[r*]', '', String(derived.demonstrations), formatFixed(derived.sftValue, 2), formatFixed(derived.optimalValue, 2)],
    ],
  };
}

/** The response numbers 1…K, the only ticks of the response axis (the bars' edges sit at half-integers). */
const RESPONSE_TICKS: readonly number[] = Array.from({ length: SFT_INIT_RESPONSES }, (_, i) => i + 1);

/**
 * The chart: π_SFT and π* as histogram outlines (solid and dashed), crosses on the axis at the responses outside
 * the support of π_SFT, and a diamond at π* of the best response.
 *
 * @example
 * sftInitChartConfig(deriveSftInit(sftInitDefaults), paletteChartColors('light')).data.datasets.length; // → 4
 */
export function sftInitChartConfig(derived: SftInitDerived, colors: ChartColors): WidgetChartConfig {
  const [sftColour, optimalColour, bestColour, zeroColour] = colors.series;
  const outline = (label: string, values: number[], colour: string, dash: number[]): LineDataset => ({
    label,
    data: responseHistogramOutline(values),
    borderColor: colour,
    backgroundColor: colour,
    borderWidth: 2.5,
    borderDash: dash,
    // Chart.js's 'before' draws the segment from point i to point i + 1 at point i's height.
    stepped: 'before',
    pointRadius: 0,
    pointHoverRadius: 0,
    pointStyle: 'line',
  });
  const best = derived.responses[derived.best - 1] as SftInitResponse;
  const options = lineChartOptions(colors, {
    x: { title: 'Response y', min: 0.5, max: SFT_INIT_RESPONSES + 0.5 },
    y: { title: 'Probability', min: 0, max: derived.yMax },
  });
  const x = options.scales?.['x'];
  if (x !== undefined && x.type === 'linear') {
    x.afterBuildTicks = (scale) => {
      scale.ticks = RESPONSE_TICKS.map((value) => ({ value }));
    };
    x.ticks = { ...x.ticks, align: 'center' };
  }
  return {
    type: 'line',
    data: {
      datasets: [
        outline('π_SFT(y)', derived.responses.map((r) => r.sft), sftColour, []),
        outline('π*(y)', derived.responses.map((r) => r.optimal), optimalColour, [6, 4]),
        {
          label: 'Never demonstrated: π_SFT(y) = π*(y) = 0',
          data: derived.zeroSupport.map((y) => ({ x: y, y: 0 })),
          showLine: false,
          borderColor: zeroColour,
          backgroundColor: zeroColour,
          borderWidth: 3,
          pointStyle: 'crossRot',
          pointRadius: 8,
          pointHoverRadius: 10,
          clip: false,
        },
        {
          label: `Best response y${String(derived.best)}: π*`,
          data: [{ x: derived.best, y: best.optimal }],
          showLine: false,
          borderColor: bestColour,
          backgroundColor: bestColour,
          pointStyle: 'rectRot',
          pointRadius: 7,
          pointHoverRadius: 9,
          clip: false,
        },
      ],
    },
    options,
  };
}

/**
 * Accessible name of the chart canvas.
 *
 * @example
 * sftInitChartDescription(deriveSftInit(sftInitDefaults)); // starts with 'Bars of π_SFT'
 */
export function sftInitChartDescription(derived: SftInitDerived): string {
  const marked =
    derived.zeroSupport.length === 0 ? '' : `; crosses mark ${responseList(derived.zeroSupport)}, never demonstrated, where both are 0`;
  return (
    `Bars of π_SFT (solid outline) and π* (dashed outline) over responses 1 to ${String(SFT_INIT_RESPONSES)}${marked}; ` +
    `a diamond marks π* of the best response y${String(derived.best)}. The table below lists the values.`
  );
}

/**
 * Build-time fallback: the summary and the table for a state.
 *
 * @example
 * sftInitFallback(sftInitDefaults).summary; // contains 'π* gives y7 0.000'
 */
export function sftInitFallback(state: SftInitState): WidgetFallback {
  const derived = deriveSftInit(state);
  return { summary: summarizeSftInit(state, derived), table: sftInitTable(derived) };
}

/** The model as the `po-sft-init` element uses it (see shared/widget-model.ts). */
export const sftInitModel: WidgetModel<typeof sftInitSchema, SftInitDerived> = {
  derive: deriveSftInit,
  summarize: summarizeSftInit,
  chartConfig: sftInitChartConfig,
};
