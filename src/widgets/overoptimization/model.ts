/**
 * Pure model of the `overoptimization` widget (content/chapter-4/overoptimization.mdx): state → proxy and gold
 * reward along the β path and along best-of-$n$ → Gao et al.'s fits → summary sentence and data table. Every
 * number comes from `src/math`.
 *
 * The toy world (`createWorld`, seed {@link WORLD_SEED}) has {@link SHOWN_PROMPTS} + {@link TRAIN_PROMPTS} prompts
 * with {@link RESPONSES} answers each. An annotator who likes length ({@link ANNOTATOR}) compares
 * {@link COMPARISONS} random pairs of answers to the training prompts, five times with seeds 0–4; a linear
 * Bradley–Terry reward model is fitted to each draw (`fitLinearBradleyTerryMap`). The proxy of an answer is the
 * first model's score, or the mean or min of the five (`combineRewardEnsemble`), minus $\eta\,\ell$. On the shown
 * prompt, $\pi_{\mathrm{ref}}$ is uniform over the 16 answers; the β path is $\pi_\beta \propto \pi_{\mathrm{ref}}
 * e^{r_{\mathrm{proxy}}/\beta}$ (`betaPathCurve`), best-of-$n$ keeps the highest proxy of $n$ draws
 * (`bestOfNCurve`). Rewards are shown as gains over $\pi_{\mathrm{ref}}$, so every curve starts at 0 like Gao et
 * al.'s forms, which are fitted by least squares (`fitGaoForm`): $d(a - b\log d)$ to the β path's gold gains,
 * $d(a - bd)$ to best-of-$n$'s.
 */
import {
  betaPathCurve,
  bestOfNCurve,
  combineRewardEnsemble,
  comparisonDifferences,
  createWorld,
  drawPreferences,
  fitGaoForm,
  fitLinearBradleyTerryMap,
  frontierPoint,
  gaoPeak,
  klBudgetOptimum,
  type BestOfNPoint,
  type GaoFit,
  type OveroptimizationPoint,
  type World,
} from '../../math/index.ts';
import { formatFixed } from '../shared/format-number.ts';
import type { WidgetModel } from '../shared/widget-model.ts';
import type { WidgetFallback, WidgetTable } from '../shared/widget-table.ts';
import { overoptimizationChartConfig } from './chart.ts';
import type { overoptimizationSchema, OveroptimizationState } from './state.ts';

/** Seed of the toy world. */
export const WORLD_SEED = 42;
/** Prompts the widget can show (the first ones of the world). */
export const SHOWN_PROMPTS = 8;
/** Prompts whose answers the annotator compares (the rest of the world). */
export const TRAIN_PROMPTS = 32;
/** Answers per prompt. */
export const RESPONSES = 16;
/** Comparisons each reward model is fitted to. */
export const COMPARISONS = 60;
/** Reward models in the ensemble (comparison seeds 0, 1, …). */
export const MEMBERS = 5;
/** Prior precision of each fit. */
export const PRIOR = 0.1;
/** The annotator: Bradley–Terry noise 1, 10 % label flips, and a length bias of 1 (as much as helpfulness). */
export const ANNOTATOR = Object.freeze({ name: 'likes length', noise: 1, flipRate: 0.1, lengthBias: 1 });
/** Index of the length feature ℓ. */
const LENGTH = 2;
/** KL coefficients of the β path, from 30 down to 0.003, evenly spaced in log β. */
export const PATH_BETAS: readonly number[] = Array.from({ length: 61 }, (_, i) => 30 * 10 ** (-i / 15));
/** Sample counts of best-of-n. */
export const BEST_OF_NS: readonly number[] = [1, 2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 24, 32, 48, 64, 96, 128];

/** The world and the fitted weights of the five reward models (computed once). */
let fitted: { world: World; weights: number[][] } | undefined;

/**
 * The toy world and the weights $\hat w_m$ (helpfulness, harmlessness, length) of the {@link MEMBERS} reward models.
 *
 * @example
 * rewardModels().weights.length; // 5
 */
export function rewardModels(): { world: World; weights: number[][] } {
  if (fitted !== undefined) return fitted;
  const world = createWorld({ seed: WORLD_SEED, prompts: SHOWN_PROMPTS + TRAIN_PROMPTS, responsesPerPrompt: RESPONSES, annotators: [ANNOTATOR] });
  const train: World = { ...world, prompts: world.prompts.slice(SHOWN_PROMPTS) };
  const weights = Array.from({ length: MEMBERS }, (_, seed) =>
    fitLinearBradleyTerryMap(comparisonDifferences(train, drawPreferences(train, { count: COMPARISONS, annotators: 0, seed })), { prior: PRIOR }).weights,
  );
  fitted = { world, weights };
  return fitted;
}

/** A policy the table lists: its KL, and its proxy and gold gains over π_ref. */
export interface PolicyRow {
  kl: number;
  proxyGain: number;
  goldGain: number;
}

/** Everything the widget shows for a state. */
export interface OveroptimizationDerived {
  state: OveroptimizationState;
  /** The answers' gold rewards $r^*$, proxy rewards and lengths ℓ on the shown prompt. */
  gold: number[];
  proxy: number[];
  lengths: number[];
  /** $\mathbb{E}_{\pi_{\mathrm{ref}}}[r^*]$ and $\mathbb{E}_{\pi_{\mathrm{ref}}}[r_{\mathrm{proxy}}]$ (the zero of the gains). */
  goldRef: number;
  proxyRef: number;
  path: OveroptimizationPoint[];
  bon: BestOfNPoint[];
  /** Gao et al.'s RL form fitted to the path's gold gains, best-of-n form to best-of-n's, with their peaks in d. */
  rlFit: GaoFit;
  bonFit: GaoFit;
  rlPeak: number | null;
  bonPeak: number | null;
  /** The path point with the highest gold gain. */
  goldPeak: OveroptimizationPoint;
  /** The policy at the state's β, or at the budget when π_β would spend more (early stopping). */
  chosen: PolicyRow & { beta: number; stopped: boolean };
  /** The greedy end of the path (β → 0): the proxy's favourite answer. */
  greedy: PolicyRow;
  /** Best-of-16. */
  bestOf16: PolicyRow;
  /** Gold gain of the gold-best answer: the most any policy could gain. */
  goldBest: number;
}

/**
 * Computes the curves, fits and listed policies for a state.
 *
 * @example
 * const d = deriveOveroptimization(overoptimizationDefaults);
 * d.goldPeak.gold > d.greedy.goldGain + d.goldRef; // true: on prompt 2 the single reward model's gold peaks, then falls
 */
export function deriveOveroptimization(state: OveroptimizationState): OveroptimizationDerived {
  const { world, weights } = rewardModels();
  const answers = (world.prompts[state.prompt - 1] ?? world.prompts[0]!).responses;
  const gold = answers.map((a) => a.goldReward);
  const lengths = answers.map((a) => a.features[LENGTH]!);
  const scores = weights.map((w) => answers.map((a) => a.features.reduce((s, v, j) => s + v * w[j]!, 0)));
  const combined = state.ensemble === 'single' ? scores[0]! : Array.from(combineRewardEnsemble(scores, state.ensemble));
  const proxy = combined.map((r, i) => r - state.lengthPenalty * lengths[i]!);
  const ref = answers.map(() => 1 / answers.length);
  const path = betaPathCurve(ref, proxy, gold, PATH_BETAS);
  const bon = bestOfNCurve(ref, proxy, gold, BEST_OF_NS);
  const start = bon[0]!;
  const goldRef = start.gold;
  const proxyRef = start.proxy;
  const rlFit = fitGaoForm('rl', path.map((p) => p.d), path.map((p) => p.gold - goldRef));
  const bonFit = fitGaoForm('bon', bon.map((p) => p.d), bon.map((p) => p.gold - goldRef));
  const goldPeak = path.reduce((best, p) => (p.gold > best.gold ? p : best), path[0]!);
  const row = (kl: number, p: number, g: number): PolicyRow => ({ kl, proxyGain: p - proxyRef, goldGain: g - goldRef });
  const atBeta = frontierPoint(ref, proxy, state.beta);
  const stopped = atBeta.kl > state.budget;
  const chosenPoint = stopped ? klBudgetOptimum(ref, proxy, state.budget) : atBeta;
  const goldOf = (policy: ArrayLike<number>) => gold.reduce((s, g, i) => s + g * policy[i]!, 0);
  const last = path[path.length - 1]!;
  const b16 = bon.find((p) => p.knob === 16)!;
  return {
    state: { ...state },
    gold,
    proxy,
    lengths,
    goldRef,
    proxyRef,
    path,
    bon,
    rlFit,
    bonFit,
    rlPeak: gaoPeak('rl', rlFit.a, rlFit.b),
    bonPeak: gaoPeak('bon', bonFit.a, bonFit.b),
    goldPeak,
    chosen: { ...row(chosenPoint.kl, chosenPoint.expectedReward, goldOf(chosenPoint.policy)), beta: chosenPoint.beta, stopped },
    greedy: row(last.kl, last.proxy, last.gold),
    bestOf16: row(b16.kl, b16.proxy, b16.gold),
    goldBest: Math.max(...gold) - goldRef,
  };
}

/** A gain with its sign (true minus), 2 decimals. */
export function formatGain(value: number): string {
  const text = formatFixed(Math.abs(value), 2);
  if (text === '0.00') return '0.00';
  return value < 0 ? `−${text}` : `+${text}`;
}

/** The state's reward-model choice in words. */
export function proxyName(state: OveroptimizationState): string {
  const base = state.ensemble === 'single' ? 'one reward model' : state.ensemble === 'mean' ? 'the mean of 5 reward models' : 'the min of 5 reward models';
  return state.lengthPenalty > 0 ? `${base} − ${formatFixed(state.lengthPenalty, 2)}·length` : base;
}

/**
 * The one-sentence live summary.
 *
 * @example
 * summarizeOveroptimization(overoptimizationDefaults);
 * // 'Prompt 2, one reward model: the policy at β = 0.10 spends 1.29 nats, for a proxy gain of +0.75 and a gold gain of +0.01. …'
 */
export function summarizeOveroptimization(state: OveroptimizationState, derived: OveroptimizationDerived = deriveOveroptimization(state)): string {
  const { chosen, goldPeak } = derived;
  const where = chosen.stopped ? `stopped early at ${formatFixed(chosen.kl, 2)} nats` : `at β = ${formatFixed(state.beta, 2)} spends ${formatFixed(chosen.kl, 2)} nats`;
  return (
    `Prompt ${String(state.prompt)}, ${proxyName(state)}: the policy ${where}, for a proxy gain of ${formatGain(chosen.proxyGain)} ` +
    `and a gold gain of ${formatGain(chosen.goldGain)}. Along the β path the gold gain peaks at ${formatGain(goldPeak.gold - derived.goldRef)} ` +
    `(KL ${formatFixed(goldPeak.kl, 2)}) and ends at ${formatGain(derived.greedy.goldGain)}, while the proxy gain ends at ${formatGain(derived.greedy.proxyGain)}.`
  );
}

/**
 * The data table (the chart's text alternative): π_ref, the gold peak of the β path, the chosen policy, the
 * greedy end, best-of-16, and the two fits' coefficients in the caption.
 *
 * @example
 * overoptimizationTable(deriveOveroptimization(overoptimizationDefaults)).columns; // ['Policy', 'KL', 'd = √KL', 'Proxy gain', 'Gold gain']
 */
export function overoptimizationTable(derived: OveroptimizationDerived): WidgetTable {
  const { chosen, goldPeak, greedy, bestOf16, rlFit, bonFit, state } = derived;
  const line = (name: string, r: PolicyRow): string[] => [name, formatFixed(r.kl, 2), formatFixed(Math.sqrt(r.kl), 2), formatGain(r.proxyGain), formatGain(r.goldGain)];
  const chosenName = chosen.stopped ? `Stopped at KL ${formatFixed(state.budget, 2)}` : `π_β at β = ${formatFixed(state.beta, 2)}`;
  return {
    caption:
      `Prompt ${String(state.prompt)}, proxy = ${proxyName(state)}, 16 equally likely answers under π_ref; gains over π_ref. ` +
      `Fits to the gold gains: RL d(a − b log d) with a = ${formatFixed(rlFit.a, 3)}, b = ${formatFixed(rlFit.b, 3)}; ` +
      `best-of-n d(a − b d) with a = ${formatFixed(bonFit.a, 3)}, b = ${formatFixed(bonFit.b, 3)}.`,
    columns: ['Policy', 'KL', 'd = √KL', 'Proxy gain', 'Gold gain'],
    rows: [
      line('π_ref', { kl: 0, proxyGain: 0, goldGain: 0 }),
      line('Gold peak of the β path', { kl: goldPeak.kl, proxyGain: goldPeak.proxy - derived.proxyRef, goldGain: goldPeak.gold - derived.goldRef }),
      line(chosenName, chosen),
      line('Greedy (β → 0)', greedy),
      line('Best-of-16', bestOf16),
    ],
  };
}

/**
 * Build-time fallback: the summary and the table for a state.
 *
 * @example
 * overoptimizationFallback(overoptimizationDefaults).table.rows.length; // 5
 */
export function overoptimizationFallback(state: OveroptimizationState): WidgetFallback {
  const derived = deriveOveroptimization(state);
  return { summary: summarizeOveroptimization(state, derived), table: overoptimizationTable(derived) };
}

/** The model as the `po-overoptimization` element uses it (see shared/widget-model.ts). */
export const overoptimizationModel: WidgetModel<typeof overoptimizationSchema, OveroptimizationDerived> = {
  derive: deriveOveroptimization,
  summarize: summarizeOveroptimization,
  chartConfig: overoptimizationChartConfig,
};
