/**
 * Pure model of the `noisy-preferences` widget (content/chapter-1/noisy-preferences.mdx): state and the results
 * of the simulation jobs done so far (`simulation.ts`) → derived numbers → summary sentence, data table and chart
 * configuration. Every number comes from `src/math`. A number whose jobs are not all done yet is `null`, so the
 * widget can draw while the simulation runs in slices; the build-time fallback runs every job first.
 *
 * Curves view: for each flip rate ε, the ranking accuracy of the fitted linear reward model against the dataset
 * size n, averaged over {@link DATASETS} datasets. Rounds view: the feedback loop (collect pairs from the current
 * policy, refit, retrain) at the reader's ε and with noise-free labels, averaged over {@link RUNS} runs.
 */
import { effectiveSampleSize, type FeedbackLoopMetrics } from '../../math/index.ts';
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import type { WidgetModel } from '../shared/widget-model.ts';
import type { WidgetFallback } from '../shared/widget-table.ts';
import { noisyPreferencesChartConfig } from './chart.ts';
import { noisyPreferencesTable } from './table.ts';
import {
  curveFlipRates,
  curveJob,
  DATASETS,
  loopJob,
  ROUNDS,
  RUNS,
  runSimulation,
  simulationJobs,
  SIZES,
  type JobResult,
} from './simulation.ts';
import type { noisyPreferencesSchema, NoisyPreferencesState } from './state.ts';

/** One learning curve: the mean ranking accuracy at each of {@link SIZES} (`null` until its datasets are done). */
export interface LearningCurve {
  epsilon: number;
  accuracy: (number | null)[];
}

/** The curves view. */
export interface CurvesDerived {
  view: 'curves';
  epsilon: number;
  n: number;
  /** $(1 - 2\varepsilon)^2 n$. */
  effectiveN: number;
  curves: LearningCurve[];
  /** Mean ranking accuracy at the reader's (ε, n), and with noise-free labels at the same n. */
  point: number | null;
  cleanPoint: number | null;
  done: number;
  total: number;
}

/** Mean metrics of one round of the feedback loop. */
export interface RoundMetrics {
  round: number;
  goldReward: number;
  helpfulness: number;
  harmlessness: number;
  kl: number;
  /** `null` at round 0 (no reward model yet). */
  accuracy: number | null;
  /** The reward model's scale against the gold reward (see `FeedbackLoopMetrics`); `null` at round 0. */
  rewardScale: number | null;
}

/** The rounds view. */
export interface RoundsDerived {
  view: 'rounds';
  epsilon: number;
  perRound: number;
  beta: number;
  /** Rounds 0 … 5 at the reader's ε (`null` until its runs are done). */
  rounds: RoundMetrics[] | null;
  /** The same with noise-free labels (ε = 0). */
  cleanRounds: RoundMetrics[] | null;
  done: number;
  total: number;
}

export type NoisyPreferencesDerived = CurvesDerived | RoundsDerived;

const range = (count: number) => Array.from({ length: count }, (_, i) => i);

function meanOf(values: number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/** Mean over datasets of curve jobs of one size, or `null` if one is missing. */
function curveMean(results: ReadonlyMap<string, JobResult>, keys: string[]): number | null {
  const values: number[] = [];
  for (const key of keys) {
    const result = results.get(key);
    if (!(result instanceof Float64Array)) return null;
    values.push(result[0]!);
  }
  return meanOf(values);
}

function roundsMean(results: ReadonlyMap<string, JobResult>, keys: string[]): RoundMetrics[] | null {
  const runs: FeedbackLoopMetrics[][] = [];
  for (const key of keys) {
    const result = results.get(key);
    if (!Array.isArray(result)) return null;
    runs.push(result);
  }
  return range(ROUNDS + 1).map((round) => {
    const at = runs.map((run) => run[round]!);
    return {
      round,
      goldReward: meanOf(at.map((m) => m.goldReward)),
      helpfulness: meanOf(at.map((m) => m.helpfulness)),
      harmlessness: meanOf(at.map((m) => m.harmlessness)),
      kl: meanOf(at.map((m) => m.kl)),
      accuracy: round === 0 ? null : meanOf(at.map((m) => m.accuracy ?? 0)),
      rewardScale: round === 0 ? null : meanOf(at.map((m) => m.rewardScale ?? 0)),
    };
  });
}

/**
 * Derives what the widget shows from a state and the job results available so far.
 *
 * @example
 * const d = deriveNoisyPreferences(noisyPreferencesDefaults, runSimulation(noisyPreferencesDefaults));
 * d.view === 'curves' && d.point !== null; // → true
 */
export function deriveNoisyPreferences(state: NoisyPreferencesState, results: ReadonlyMap<string, JobResult>): NoisyPreferencesDerived {
  const jobs = simulationJobs(state);
  const done = jobs.filter((job) => results.has(job.key)).length;
  if (state.view === 'rounds') {
    const keys = (epsilon: number) => range(RUNS).map((r) => loopJob(state.seed, epsilon, state.perRound, state.beta, r).key);
    return {
      view: 'rounds',
      epsilon: state.epsilon,
      perRound: state.perRound,
      beta: state.beta,
      rounds: roundsMean(results, keys(state.epsilon)),
      cleanRounds: roundsMean(results, keys(0)),
      done,
      total: jobs.length,
    };
  }
  const keys = (epsilon: number, sizes: readonly number[]) => range(DATASETS).map((d) => curveJob(state.seed, epsilon, d, sizes).key);
  return {
    view: 'curves',
    epsilon: state.epsilon,
    n: state.n,
    effectiveN: effectiveSampleSize(state.n, state.epsilon),
    curves: curveFlipRates(state.epsilon).map((epsilon) => ({
      epsilon,
      accuracy: SIZES.map((n) => curveMean(results, keys(epsilon, [n]))),
    })),
    point: curveMean(results, keys(state.epsilon, [state.n])),
    cleanPoint: curveMean(results, keys(0, [state.n])),
    done,
    total: jobs.length,
  };
}

/**
 * The one-sentence live summary (follows the view). It states only what the state fixes in closed form, so it
 * changes in the same frame as a control and is announced once; the simulated numbers follow in the chart and
 * the table as the slices finish.
 *
 * @example
 * summarizeNoisyPreferences(noisyPreferencesDefaults, derived);
 * // → 'ε = 0.2, n = 200 pairs: effective sample size (1 − 2ε)²·n = 72; ranking accuracy of the fitted reward model for 8 datasets per point, ε = 0 to 0.5.'
 */
export function summarizeNoisyPreferences(state: NoisyPreferencesState, derived: NoisyPreferencesDerived): string {
  const eps = `ε = ${formatParameter(state.epsilon)}`;
  if (derived.view === 'rounds') {
    return (
      `${eps}, m = ${String(derived.perRound)} pairs per round, β = ${formatParameter(derived.beta)}: ${String(ROUNDS)} rounds of ` +
      `collect, refit and retrain, ${String(RUNS)} runs, at this ε and with noise-free labels.`
    );
  }
  return (
    `${eps}, n = ${String(derived.n)} pairs: effective sample size (1 − 2ε)²·n = ${formatFixed(derived.effectiveN, 0)}; ` +
    `ranking accuracy of the fitted reward model for ${String(DATASETS)} datasets per point, ε = 0 to 0.5.`
  );
}

/**
 * Build-time fallback: every job run, then the summary and the table.
 *
 * @example
 * noisyPreferencesFallback(noisyPreferencesDefaults).table.rows.length; // → 6 (one row per flip rate)
 */
export function noisyPreferencesFallback(state: NoisyPreferencesState): WidgetFallback {
  const derived = deriveNoisyPreferences(state, runSimulation(state));
  return { summary: summarizeNoisyPreferences(state, derived), table: noisyPreferencesTable(derived) };
}

/**
 * The model as the `po-noisy-preferences` element uses it (see shared/widget-model.ts). `derive` runs the whole
 * simulation at once; the element instead derives from the results its slices have produced so far.
 */
export const noisyPreferencesModel: WidgetModel<typeof noisyPreferencesSchema, NoisyPreferencesDerived> = {
  derive: (state) => deriveNoisyPreferences(state, runSimulation(state)),
  summarize: summarizeNoisyPreferences,
  chartConfig: noisyPreferencesChartConfig,
};
