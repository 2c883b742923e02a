/**
 * Pure model of the `reference-policy` widget (content/chapter-2/reference-policy.mdx): state → derived numbers →
 * summary sentence, data table and chart configuration. Every number comes from `src/math`.
 *
 * The reference policy π_ref is the maximum-likelihood (SFT) policy of one prompt of the toy world, fitted on n
 * demonstrations: the empirical frequency of each of its 8 responses, so a response never demonstrated gets
 * π_ref(y) = 0. The candidate policy is π = (1 − α)·π_ref^{1/T}/Z + α/8: temperature first, then a mix toward
 * uniform. The widget shows KL(π‖π_ref) and KL(π_ref‖π) with their per-response terms; KL(π‖π_ref) is +∞ as soon
 * as π puts mass on a response where π_ref is 0, and every other number stays finite.
 */
import {
  createWorld,
  demonstrationCounts,
  drawDemonstrations,
  klDivergence,
  klDivergenceTerms,
  mixturePolicy,
  sftMaximumLikelihood,
  temperedPolicy,
} from '../../math/index.ts';
import type { ChartColors } from '../shared/chart-colors.ts';
import type { LineDataset } from '../shared/chart-datasets.ts';
import type { WidgetChartConfig } from '../shared/chart-types.ts';
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import { lineChartOptions } from '../shared/line-chart-options.ts';
import { responseHistogramOutline } from '../shared/response-histogram-outline.ts';
import type { WidgetModel } from '../shared/widget-model.ts';
import type { WidgetFallback, WidgetTable } from '../shared/widget-table.ts';
import type { referencePolicySchema, ReferencePolicyState } from './state.ts';

/** Candidate responses of the widget's prompt. */
export const REFERENCE_POLICY_RESPONSES = 8;
/** Temperature of the toy world's demonstrator, who writes response y with probability ∝ e^{r*(x, y)/1}. */
export const DEMONSTRATOR_TEMPERATURE = 1;

/** One response of the prompt. */
export interface ReferencePolicyResponse {
  /** 1-based response number. */
  response: number;
  /** How many of the n demonstrations wrote it, c(y). */
  count: number;
  /** π_ref(y) = c(y)/n. */
  reference: number;
  /** π(y). */
  policy: number;
  /** π(y) log(π(y)/π_ref(y)): its term of KL(π‖π_ref) (+∞ where π_ref = 0 < π). */
  termPiRef: number;
  /** π_ref(y) log(π_ref(y)/π(y)): its term of KL(π_ref‖π). */
  termRefPi: number;
}

/** Everything the widget shows for a state. */
export interface ReferencePolicyDerived {
  responses: ReferencePolicyResponse[];
  /** KL(π‖π_ref), the penalty RLHF puts on the policy (+∞ on a support violation). */
  klPiRef: number;
  /** KL(π_ref‖π), the other direction. */
  klRefPi: number;
  /** Responses (1-based) with π_ref(y) = 0. */
  zeroReference: number[];
  /** Responses (1-based) with π(y) > 0 = π_ref(y): the ones that make KL(π‖π_ref) infinite. */
  violations: number[];
  /** Σ π(y) over the violations. */
  violationMass: number;
  demonstrations: number;
  temperature: number;
  mix: number;
  /** Upper end of the probability axis. */
  yMax: number;
}

/**
 * The reference policy of the widget's prompt: the empirical frequencies of n demonstrations drawn from the toy
 * world's demonstrator (`drawDemonstrations`, stream `[seed, 2]`), with their counts.
 *
 * @example
 * referencePolicyOf(42, 20).counts; // → [3, 6, 7, 0, 0, 2, 0, 2]
 */
export function referencePolicyOf(seed: number, demonstrations: number): { counts: number[]; reference: number[] } {
  const world = createWorld({ seed, prompts: 1, responsesPerPrompt: REFERENCE_POLICY_RESPONSES });
  const demos = drawDemonstrations(world, { perPrompt: demonstrations, temperature: DEMONSTRATOR_TEMPERATURE, seed });
  const counts = demonstrationCounts([REFERENCE_POLICY_RESPONSES], demos)[0] as number[];
  const reference = sftMaximumLikelihood([counts])[0] as number[];
  return { counts, reference };
}

/**
 * Derives π_ref, π, both KL divergences and their per-response terms from a state.
 *
 * @example
 * const d = deriveReferencePolicy(referencePolicyDefaults);
 * d.klPiRef; // ≈ 0.089246 (scipy rel_entr)
 * d.klRefPi; // ≈ 0.107223
 */
export function deriveReferencePolicy(state: ReferencePolicyState): ReferencePolicyDerived {
  const { counts, reference } = referencePolicyOf(state.seed, state.demonstrations);
  const uniform = new Array<number>(REFERENCE_POLICY_RESPONSES).fill(1 / REFERENCE_POLICY_RESPONSES);
  const policy = mixturePolicy(temperedPolicy(reference, state.temperature), uniform, state.mix);
  const termsPiRef = klDivergenceTerms(policy, reference);
  const termsRefPi = klDivergenceTerms(reference, policy);
  const responses = reference.map((ref, i) => ({
    response: i + 1,
    count: counts[i] as number,
    reference: ref,
    policy: policy[i] as number,
    termPiRef: termsPiRef[i] as number,
    termRefPi: termsRefPi[i] as number,
  }));
  const zeroReference = responses.filter((r) => r.reference === 0).map((r) => r.response);
  const violating = responses.filter((r) => r.reference === 0 && r.policy > 0);
  const largest = Math.max(...responses.map((r) => Math.max(r.reference, r.policy)));
  return {
    responses,
    klPiRef: klDivergence(policy, reference),
    klRefPi: klDivergence(reference, policy),
    zeroReference,
    violations: violating.map((r) => r.response),
    violationMass: violating.reduce((s, r) => s + r.policy, 0),
    demonstrations: state.demonstrations,
    temperature: state.temperature,
    mix: state.mix,
    yMax: Math.min(1, Math.ceil((largest + 0.02) * 10) / 10),
  };
}

/** "4, 5 and 7" from [4, 5, 7]. */
function listOf(items: readonly number[]): string {
  const text = items.map(String);
  return text.length <= 1 ? text.join('') : `${text.slice(0, -1).join(', ')} and ${text[text.length - 1] ?? ''}`;
}

/** The KL divergence written for a sentence: 4 decimals, or ∞. */
function klText(value: number): string {
  return formatFixed(value, 4);
}

/**
 * The one-sentence live summary.
 *
 * @example
 * summarizeReferencePolicy(referencePolicyDefaults);
 * // → 'π_ref from 20 demonstrations is 0 on responses 4, 5 and 7. π (T = 0.5, α = 0): KL(π‖π_ref) = 0.0892,
 * //    KL(π_ref‖π) = 0.1072.'
 */
export function summarizeReferencePolicy(
  state: ReferencePolicyState,
  derived: ReferencePolicyDerived = deriveReferencePolicy(state),
): string {
  const n = derived.demonstrations;
  const zeros = derived.zeroReference;
  const support =
    zeros.length === 0
      ? `π_ref from ${String(n)} ${n === 1 ? 'demonstration' : 'demonstrations'} gives every response some probability.`
      : `π_ref from ${String(n)} ${n === 1 ? 'demonstration' : 'demonstrations'} is 0 on ${zeros.length === 1 ? 'response' : 'responses'} ${listOf(zeros)}.`;
  const candidate = `π (T = ${formatParameter(state.temperature)}, α = ${formatParameter(state.mix)})`;
  if (derived.violations.length > 0) {
    return (
      `${support} ${candidate} puts ${formatFixed(derived.violationMass, 3)} on ${derived.violations.length === 1 ? 'it' : 'them'}, ` +
      `so KL(π‖π_ref) = ∞; KL(π_ref‖π) = ${klText(derived.klRefPi)} stays finite.`
    );
  }
  return `${support} ${candidate}: KL(π‖π_ref) = ${klText(derived.klPiRef)}, KL(π_ref‖π) = ${klText(derived.klRefPi)}.`;
}

/** Column headers of the data table. */
export const referencePolicyColumns = ['Response y', 'Count c(y)', 'π_ref(y)', 'π(y)', 'π·log(π/π_ref)', 'π_ref·log(π_ref/π)'];

/**
 * The data table (the chart's text alternative): one row per response and a last row with the sums, whose last
 * two cells are KL(π‖π_ref) and KL(π_ref‖π).
 *
 * @example
 * referencePolicyTable(deriveReferencePolicy(referencePolicyDefaults)).rows[3];
 * // → ['4', '0', '0.000', '0.000', '0.0000', '0.0000']
 */
export function referencePolicyTable(derived: ReferencePolicyDerived): WidgetTable {
  return {
    caption:
      `π_ref (the frequencies of ${String(derived.demonstrations)} demonstrations) and π (T = ${formatParameter(derived.temperature)}, ` +
      `α = ${formatParameter(derived.mix)}) per response, with each response's term of KL(π‖π_ref) and of KL(π_ref‖π); ` +
      `the last row sums them.`,
    columns: [...referencePolicyColumns],
    rows: [
      ...derived.responses.map((r) => [
        String(r.response),
        String(r.count),
        formatFixed(r.reference, 3),
        formatFixed(r.policy, 3),
        formatFixed(r.termPiRef, 4),
        formatFixed(r.termRefPi, 4),
      ]),
      [
        'Sum',
        String(derived.responses.reduce((s, r) => s + r.count, 0)),
        formatFixed(derived.responses.reduce((s, r) => s + r.reference, 0), 3),
        formatFixed(derived.responses.reduce((s, r) => s + r.policy, 0), 3),
        formatFixed(derived.klPiRef, 4),
        formatFixed(derived.klRefPi, 4),
      ],
    ],
  };
}

/**
 * The chart: π_ref and π as histogram outlines (solid and dashed), and triangles on the responses where π puts
 * mass but π_ref is 0.
 *
 * @example
 * referencePolicyChartConfig(deriveReferencePolicy(referencePolicyDefaults), paletteChartColors('light')).data.datasets.length; // → 3
 */
export function referencePolicyChartConfig(derived: ReferencePolicyDerived, colors: ChartColors): WidgetChartConfig {
  const [referenceColour, policyColour, , violationColour] = colors.series;
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
  const violating = derived.responses.filter((r) => derived.violations.includes(r.response));
  return {
    type: 'line',
    data: {
      datasets: [
        outline('π_ref(y)', derived.responses.map((r) => r.reference), referenceColour, []),
        outline('π(y)', derived.responses.map((r) => r.policy), policyColour, [6, 4]),
        {
          label: 'π(y) > 0 where π_ref(y) = 0 (KL(π‖π_ref) = ∞)',
          data: violating.map((r) => ({ x: r.response, y: r.policy })),
          showLine: false,
          borderColor: violationColour,
          backgroundColor: violationColour,
          pointStyle: 'triangle',
          pointRadius: 7,
          pointHoverRadius: 9,
        },
      ],
    },
    options: responseAxisOptions(
      lineChartOptions(colors, {
        x: { title: 'Response y', min: 0.5, max: REFERENCE_POLICY_RESPONSES + 0.5 },
        y: { title: 'Probability', min: 0, max: derived.yMax },
      }),
    ),
  };
}

/** The response numbers 1…K, the only ticks of the response axis (the bars' edges sit at half-integers). */
export const RESPONSE_TICKS: readonly number[] = Array.from({ length: REFERENCE_POLICY_RESPONSES }, (_, i) => i + 1);

/**
 * Puts the response axis's ticks on the responses 1…K, under the middle of each bar, each label centred on its
 * tick (the first and last ticks sit half a bar inside the axis, so centred labels fit).
 */
function responseAxisOptions(options: NonNullable<WidgetChartConfig['options']>): NonNullable<WidgetChartConfig['options']> {
  const x = options.scales?.['x'];
  if (x !== undefined && x.type === 'linear') {
    x.afterBuildTicks = (scale) => {
      scale.ticks = RESPONSE_TICKS.map((value) => ({ value }));
    };
    x.ticks = { ...x.ticks, align: 'center' };
  }
  return options;
}

/**
 * Accessible name of the chart canvas.
 *
 * @example
 * referencePolicyChartDescription(deriveReferencePolicy(referencePolicyDefaults)); // starts with 'Bars of π_ref'
 */
export function referencePolicyChartDescription(derived: ReferencePolicyDerived): string {
  const marked =
    derived.violations.length === 0 ? '' : `; triangles mark responses ${listOf(derived.violations)}, where π > 0 but π_ref = 0`;
  return `Bars of π_ref (solid outline) and π (dashed outline) over responses 1 to ${String(REFERENCE_POLICY_RESPONSES)}${marked}. The table below lists the values.`;
}

/**
 * Build-time fallback: the summary and the table for a state.
 *
 * @example
 * referencePolicyFallback(referencePolicyDefaults).summary; // contains 'KL(π‖π_ref) = 0.0892'
 */
export function referencePolicyFallback(state: ReferencePolicyState): WidgetFallback {
  const derived = deriveReferencePolicy(state);
  return { summary: summarizeReferencePolicy(state, derived), table: referencePolicyTable(derived) };
}

/** The model as the `po-reference-policy` element uses it (see shared/widget-model.ts). */
export const referencePolicyModel: WidgetModel<typeof referencePolicySchema, ReferencePolicyDerived> = {
  derive: deriveReferencePolicy,
  summarize: summarizeReferencePolicy,
  chartConfig: referencePolicyChartConfig,
};
