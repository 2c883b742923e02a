/**
 * Pure model of the `calibration` widget (content/chapter-3/calibration.mdx): state → derived numbers → summary
 * sentence and data table (the chart is in `chart.ts`). Every number comes from `src/math`.
 *
 * A toy world of {@link TRAIN_PROMPTS} + {@link HELD_OUT_PROMPTS} prompts with {@link RESPONSES} answers each and
 * two annotators without length bias or flips: the training annotator (noise {@link TRAIN_NOISE}) compares $N$
 * random pairs of answers to the first prompts, and a linear Bradley–Terry reward model $\hat r = \hat w \cdot
 * \varphi$ is fitted to them (`fitLinearBradleyTerryMap`, prior precision {@link PRIOR}). The held-out annotator,
 * with noise $\tau$, labels {@link HELD_OUT_PAIRS} pairs of answers to the other prompts. Each held-out pair
 * $(a, b)$ is read with $a$ the answer of lower index (a fair orientation, since answers are exchangeable): the
 * reward model's margin is $\Delta = \hat r(a) - \hat r(b)$, its probability that $a$ is chosen $\sigma(\Delta/T)$
 * (`temperatureScaledProbabilities`, Guo et al. 2017), and the outcome is 1 when the annotator chose $a$. The
 * reliability diagram, ECE and MCE come from `expectedCalibrationError` (Naeini et al. 2015), the fitted
 * temperature from `fitTemperature` (minimum held-out NLL).
 */
import {
  createWorld,
  drawPreferences,
  comparisonDifferences,
  expectedCalibrationError,
  fitLinearBradleyTerryMap,
  fitTemperature,
  temperatureNll,
  temperatureScaledProbabilities,
  type CalibrationResult,
  type World,
} from '../../math/index.ts';
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import type { WidgetModel } from '../shared/widget-model.ts';
import type { WidgetFallback, WidgetTable } from '../shared/widget-table.ts';
import { calibrationChartConfig } from './chart.ts';
import type { calibrationSchema, CalibrationState } from './state.ts';

/** Prompts whose answers the training annotator compares. */
export const TRAIN_PROMPTS = 50;
/** Prompts held out: their answers are compared only by the held-out annotator. */
export const HELD_OUT_PROMPTS = 50;
/** Candidate answers per prompt. */
export const RESPONSES = 8;
/** Held-out pairs the calibration is measured on. */
export const HELD_OUT_PAIRS = 1000;
/** Noise $\tau_0$ of the annotator who labels the training comparisons. */
export const TRAIN_NOISE = 1;
/** Prior precision of the fit (weak: it matters only for very few comparisons). */
export const PRIOR = 0.1;

/** Everything the widget shows for a state. */
export interface CalibrationDerived {
  state: CalibrationState;
  /** The reward model's margins $\Delta_i = \hat r(a_i) - \hat r(b_i)$ on the held-out pairs. */
  margins: Float64Array;
  /** 1 when the held-out annotator chose $a_i$. */
  outcomes: Float64Array;
  /** $\hat w$ (helpfulness, harmlessness, length). */
  weights: number[];
  /** $\sigma(\Delta_i / T)$ at the state's temperature. */
  probabilities: Float64Array;
  /** Reliability bins, ECE and MCE at $T$, at $T = 1$ (the model as trained) and at the fitted $\hat T$. */
  calibration: CalibrationResult;
  trained: CalibrationResult;
  fitted: CalibrationResult;
  /** Share of held-out pairs with $\sigma(\Delta_i/T) > \tfrac12$ exactly when $a_i$ was chosen (ties wrong). */
  accuracy: number;
  /** Mean held-out NLL at $T$, at $T = 1$ and at $\hat T$. */
  nll: number;
  trainedNll: number;
  fittedNll: number;
  /** $\hat T = \arg\min_T \mathrm{NLL}(T)$ on the held-out pairs. */
  fittedTemperature: number;
  /** $\tau / \tau_0$: the temperature that calibrates the model exactly with unlimited data. */
  idealTemperature: number;
}

/**
 * Share of pairs whose probability is above ½ exactly when the outcome is 1, below ½ exactly when it is 0 (a
 * probability of exactly ½, a tie, counts wrong as in TRL and RewardBench).
 *
 * @example
 * accuracyOf([0.9, 0.2, 0.5], [1, 1, 0]); // → 0.3333333333333333
 */
export function accuracyOf(probabilities: ArrayLike<number>, outcomes: ArrayLike<number>): number {
  let right = 0;
  for (let i = 0; i < probabilities.length; i++) {
    const p = probabilities[i]!;
    if ((p > 0.5 && outcomes[i] === 1) || (p < 0.5 && outcomes[i] === 0)) right++;
  }
  return right / probabilities.length;
}

/** The held-out margins and outcomes of a trained reward model (they do not depend on $T$ or $M$). */
interface HeldOut {
  margins: Float64Array;
  outcomes: Float64Array;
  weights: number[];
  fittedTemperature: number;
}

let last: { key: string; heldOut: HeldOut } | undefined;

function heldOutPairs(state: CalibrationState): HeldOut {
  const key = [state.heldOutNoise, state.comparisons, state.seed].join('|');
  if (last?.key === key) return last.heldOut;
  const annotators = [
    { name: 'training', noise: TRAIN_NOISE, flipRate: 0, lengthBias: 0 },
    { name: 'held-out', noise: state.heldOutNoise, flipRate: 0, lengthBias: 0 },
  ];
  const world = createWorld({ seed: state.seed, prompts: TRAIN_PROMPTS + HELD_OUT_PROMPTS, responsesPerPrompt: RESPONSES, annotators });
  const trainWorld: World = { ...world, prompts: world.prompts.slice(0, TRAIN_PROMPTS) };
  const heldWorld: World = { ...world, prompts: world.prompts.slice(TRAIN_PROMPTS) };
  const train = drawPreferences(trainWorld, { count: state.comparisons, annotators: 0 });
  const weights = fitLinearBradleyTerryMap(comparisonDifferences(trainWorld, train), { prior: PRIOR }).weights;
  // Both annotators label every held-out pair (so this stream's draws do not line up with the training
  // stream's); the held-out annotator's labels are kept.
  const held = drawPreferences(heldWorld, { count: HELD_OUT_PAIRS, annotators: 'all' }).filter((c) => c.annotator === 1);
  const margins = new Float64Array(held.length);
  const outcomes = new Float64Array(held.length);
  held.forEach((c, i) => {
    const a = Math.min(c.chosen, c.rejected);
    const b = Math.max(c.chosen, c.rejected);
    const responses = heldWorld.prompts[c.prompt]!.responses;
    let m = 0;
    for (let j = 0; j < weights.length; j++) m += weights[j]! * (responses[a]!.features[j]! - responses[b]!.features[j]!);
    margins[i] = m;
    outcomes[i] = c.chosen === a ? 1 : 0;
  });
  const heldOut = { margins, outcomes, weights, fittedTemperature: fitTemperature(margins, outcomes) };
  last = { key, heldOut };
  return heldOut;
}

/**
 * Trains the reward model for a state (or reuses the last training: it does not depend on $T$ or $M$) and
 * measures its calibration on the held-out pairs.
 *
 * @example
 * const d = deriveCalibration(calibrationDefaults);
 * d.margins.length; // 1000
 * d.fittedTemperature > 1; // true: the held-out labels are noisier than the training labels
 */
export function deriveCalibration(state: CalibrationState): CalibrationDerived {
  const { margins, outcomes, weights, fittedTemperature } = heldOutPairs(state);
  const probabilities = temperatureScaledProbabilities(margins, state.temperature);
  return {
    state: { ...state },
    margins,
    outcomes,
    weights,
    probabilities,
    calibration: expectedCalibrationError(probabilities, outcomes, state.bins),
    trained: expectedCalibrationError(temperatureScaledProbabilities(margins, 1), outcomes, state.bins),
    fitted: expectedCalibrationError(temperatureScaledProbabilities(margins, fittedTemperature), outcomes, state.bins),
    accuracy: accuracyOf(probabilities, outcomes),
    nll: temperatureNll(margins, outcomes, state.temperature),
    trainedNll: temperatureNll(margins, outcomes, 1),
    fittedNll: temperatureNll(margins, outcomes, fittedTemperature),
    fittedTemperature,
    idealTemperature: state.heldOutNoise / TRAIN_NOISE,
  };
}

/**
 * The temperature the "Fit T" button sets: $\hat T$ rounded to the slider's 0.01 and kept in its range.
 *
 * @example
 * fittedTemperatureSetting(deriveCalibration(calibrationDefaults)); // → 1.66
 */
export function fittedTemperatureSetting(d: CalibrationDerived): number {
  return Math.min(10, Math.max(0.1, Math.round(d.fittedTemperature * 100) / 100));
}

/** "over-confident", "under-confident" or "calibrated" from the fitted temperature relative to $T$. */
function confidenceWord(d: CalibrationDerived): string {
  const ratio = d.fittedTemperature / d.state.temperature;
  if (ratio > 1.1) return 'over-confident (the NLL wants a higher T)';
  if (ratio < 1 / 1.1) return 'under-confident (the NLL wants a lower T)';
  return 'close to calibrated';
}

/**
 * The one-sentence live summary.
 *
 * @example
 * summarizeCalibration(calibrationDefaults);
 * // → 'T = 1, held-out noise τ = 2: on 1000 held-out pairs, accuracy 0.655 (the same at every T), ECE 0.065, MCE 0.166, …'
 */
export function summarizeCalibration(state: CalibrationState, d: CalibrationDerived = deriveCalibration(state)): string {
  return (
    `T = ${formatParameter(state.temperature)}, held-out noise τ = ${formatParameter(state.heldOutNoise)}: on ${String(d.margins.length)} held-out pairs, ` +
    `accuracy ${formatFixed(d.accuracy, 3)} (the same at every T), ECE ${formatFixed(d.calibration.ece, 3)}, MCE ${formatFixed(d.calibration.mce, 3)}, ` +
    `NLL ${formatFixed(d.nll, 3)}; the model is ${confidenceWord(d)}. The held-out NLL is lowest at T̂ = ${formatFixed(d.fittedTemperature, 2)} ` +
    `(NLL ${formatFixed(d.fittedNll, 3)}, ECE ${formatFixed(d.fitted.ece, 3)}).`
  );
}

/** Column headers of the data table. */
export const calibrationColumns = ['Bin of σ(Δ/T)', 'Pairs', 'Mean σ(Δ/T)', 'Observed frequency', 'Gap'];

/**
 * The data table (the reliability diagram's text alternative): one row per non-empty bin.
 *
 * @example
 * calibrationTable(deriveCalibration(calibrationDefaults)).rows.length; // → 10
 */
export function calibrationTable(d: CalibrationDerived): WidgetTable {
  const { state } = d;
  return {
    caption:
      `Reliability of σ(Δ/T) at T = ${formatParameter(state.temperature)} on ${String(d.margins.length)} held-out pairs labelled by an annotator with ` +
      `noise τ = ${formatParameter(state.heldOutNoise)}; the reward model was fitted on N = ${String(state.comparisons)} comparisons labelled with noise ` +
      `${formatParameter(TRAIN_NOISE)}. Each non-empty bin of ${String(state.bins)} equal-width bins: its pairs, their mean predicted probability that ` +
      `the first answer is chosen, how often it was, and the gap. ECE ${formatFixed(d.calibration.ece, 3)}, MCE ${formatFixed(d.calibration.mce, 3)}, ` +
      `accuracy ${formatFixed(d.accuracy, 3)}, NLL ${formatFixed(d.nll, 3)}; at T = 1: ECE ${formatFixed(d.trained.ece, 3)}, NLL ${formatFixed(d.trainedNll, 3)}; ` +
      `at the fitted T̂ = ${formatFixed(d.fittedTemperature, 2)}: ECE ${formatFixed(d.fitted.ece, 3)}, NLL ${formatFixed(d.fittedNll, 3)}. ` +
      `The first held-out pair has margin Δ₁ = ${formatFixed(d.margins[0]!, 3)} and σ(Δ₁/T) = ${formatFixed(d.probabilities[0]!, 3)}.`,
    columns: [...calibrationColumns],
    rows: d.calibration.bins
      .filter((bin) => bin.count > 0)
      .map((bin) => [
        `${formatFixed(bin.lower, 2)}–${formatFixed(bin.upper, 2)}`,
        String(bin.count),
        formatFixed(bin.confidence, 3),
        formatFixed(bin.accuracy, 3),
        formatFixed(bin.gap, 3),
      ]),
  };
}

/**
 * Build-time fallback: the summary and the table for a state.
 *
 * @example
 * calibrationFallback(calibrationDefaults).table.columns.length; // → 5
 */
export function calibrationFallback(state: CalibrationState): WidgetFallback {
  const d = deriveCalibration(state);
  return { summary: summarizeCalibration(state, d), table: calibrationTable(d) };
}

/** The model as the `po-calibration` element uses it (see shared/widget-model.ts). */
export const calibrationModel: WidgetModel<typeof calibrationSchema, CalibrationDerived> = {
  derive: deriveCalibration,
  summarize: summarizeCalibration,
  chartConfig: calibrationChartConfig,
};
