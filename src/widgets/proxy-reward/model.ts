/**
 * Pure model of the `proxy-reward` widget (content/chapter-1/proxy-reward.mdx): state → derived numbers →
 * summary sentence and data table (the chart is in `chart.ts`). Every number comes from `src/math`.
 *
 * A toy world of {@link TRAIN_PROMPTS} + {@link HELD_OUT_PROMPTS} prompts with {@link RESPONSES} answers each.
 * One annotator, with noise $\tau$ and length bias $\lambda$ (no label flips), compares $N$ random pairs of
 * answers to the first {@link TRAIN_PROMPTS} prompts; a linear Bradley–Terry reward model
 * $\hat r = \hat w \cdot \varphi$ is fitted to them (`fitLinearBradleyTerryMap`, prior precision {@link PRIOR}).
 * The proxy $\hat r$ is then compared with the gold reward $r^* = w^* \cdot \varphi$ on the answers of the other
 * prompts, which no comparison touched: Kendall's $\tau_b$ (`kendallTau`), the overlap of the two top
 * {@link TOP}, and the length premium $\hat w_\ell / \hat w_h$. With unlimited comparisons the fit tends to the
 * annotator's utility over its noise, $(w^* + \lambda e_\ell)/\tau$, so the "unlimited" numbers use
 * $u = r^* + \lambda\ell$ in place of $\hat r$ (the scale $1/\tau$ changes no ranking).
 */
import {
  annotatorPreferenceProbability,
  comparisonDifferences,
  createWorld,
  drawPreferences,
  fitLinearBradleyTerryMap,
  kendallPairCounts,
  kendallTau,
  mean,
  type KendallPairCounts,
  type World,
} from '../../math/index.ts';
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import type { WidgetModel } from '../shared/widget-model.ts';
import type { WidgetFallback, WidgetTable } from '../shared/widget-table.ts';
import { proxyRewardChartConfig } from './chart.ts';
import type { proxyRewardSchema, ProxyRewardState } from './state.ts';

/** Prompts whose answers the annotator compares (the training set). */
export const TRAIN_PROMPTS = 25;
/** Prompts held out: their answers are where the proxy is compared with the gold reward. */
export const HELD_OUT_PROMPTS = 25;
/** Candidate answers per prompt. */
export const RESPONSES = 4;
/** How many of the highest-scored held-out answers the table lists and the overlap counts. */
export const TOP = 10;
/** Prior precision ν of the fit (a weak prior: it only matters when the labels are separable). */
export const PRIOR = 0.1;
/** Index of the length feature ℓ, and of helpfulness h, in the world's feature vectors. */
const HELPFULNESS = 0;
const LENGTH = 2;

/** One held-out answer. */
export interface HeldOutAnswer {
  /** $r^*(x, y)$. */
  gold: number;
  /** $\hat r(x, y) = \hat w \cdot \varphi(x, y)$. */
  proxy: number;
  /** The annotator's utility $u = r^* + \lambda \ell$ (what unlimited comparisons teach, up to the scale $1/\tau$). */
  utility: number;
  /** Standardised length $\ell$. */
  length: number;
  /** 1 for the highest proxy (gold) reward among the held-out answers. */
  proxyRank: number;
  goldRank: number;
}

/** Everything the widget shows for a state. */
export interface ProxyRewardDerived {
  state: ProxyRewardState;
  /** $\hat w$ (helpfulness, harmlessness, length). */
  weights: number[];
  /** $w^*$. */
  goldWeights: number[];
  /** $(w^* + \lambda e_\ell)/\tau$, the limit of $\hat w$ as $N \to \infty$. */
  limitWeights: number[];
  /** $\hat w_\ell / \hat w_h$, or `null` when $\hat w_h \le 0$ (the proxy does not reward helpfulness at all). */
  lengthPremium: number | null;
  answers: HeldOutAnswer[];
  /** Kendall's $\tau_b(\hat r, r^*)$ on the held-out answers; `NaN` if the proxy is constant. */
  tauB: number;
  /** Its pair counts (x = proxy, y = gold): concordant, discordant and tied pairs. */
  counts: KendallPairCounts;
  /** Kendall's $\tau_b(u, r^*)$: the same with unlimited comparisons. */
  tauBLimit: number;
  /** Indices (into `answers`) of the proxy's top {@link TOP}, best first. */
  proxyTop: number[];
  /** How many of them are in the gold top {@link TOP}, and the same with unlimited comparisons. */
  overlap: number;
  overlapLimit: number;
  /** Mean gold reward of the proxy's top, of the gold top, and of all held-out answers. */
  proxyTopGold: number;
  goldTopGold: number;
  meanGold: number;
  /** Expected accuracy on the annotator's labels of held-out pairs (same prompt; ties wrong): proxy and gold. */
  proxyLabelAccuracy: number;
  goldLabelAccuracy: number;
  /** Comparisons drawn. */
  comparisons: number;
}

/** Ranks by decreasing value, 1 for the largest (ties share the better rank). */
function descendingRanks(values: readonly number[]): number[] {
  return values.map((v) => 1 + values.filter((w) => w > v).length);
}

/** Indices of the `k` largest values, largest first (ties by index). */
function topIndices(values: readonly number[], k: number): number[] {
  return values
    .map((v, i) => [v, i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .slice(0, k)
    .map(([, i]) => i);
}

/** Kendall's τ_b, or NaN when one ranking is constant (τ_b is undefined there). */
function tauOrNaN(x: readonly number[], y: readonly number[]): number {
  try {
    return kendallTau(x, y);
  } catch {
    return Number.NaN;
  }
}

/**
 * Expected share of the annotator's labels a score agrees with, over every pair of answers to each held-out
 * prompt: $P(a \succ b)$ when the score ranks $a$ above $b$, $P(b \succ a)$ when below, 0 on a tie.
 */
function labelAccuracy(world: World, scores: readonly number[]): number {
  const agreement: number[] = [];
  for (let x = TRAIN_PROMPTS; x < world.prompts.length; x++) {
    const base = (x - TRAIN_PROMPTS) * RESPONSES;
    for (let a = 0; a < RESPONSES; a++) {
      for (let b = a + 1; b < RESPONSES; b++) {
        const p = annotatorPreferenceProbability(world, 0, x, a, b);
        const gap = scores[base + a]! - scores[base + b]!;
        agreement.push(gap > 0 ? p : gap < 0 ? 1 - p : 0);
      }
    }
  }
  return mean(agreement);
}

/** The last state derived and its result: the element and the equations ask for the same state in one frame. */
let last: { key: string; derived: ProxyRewardDerived } | undefined;

/**
 * Fits the reward model for a state and compares it with the gold reward on the held-out answers. The result of
 * the most recent state is reused (it is the same for the same state; callers must not modify it).
 *
 * @example
 * const d = deriveProxyReward(proxyRewardDefaults);
 * d.answers.length; // 100 (25 held-out prompts × 4 answers)
 * d.tauB < d.tauBLimit; // true at the defaults: 200 comparisons have not reached the limit
 */
export function deriveProxyReward(state: ProxyRewardState): ProxyRewardDerived {
  const key = [state.comparisons, state.noise, state.lengthBias, state.seed].join('|');
  if (last?.key === key) return last.derived;
  const derived = fitAndCompare(state);
  last = { key, derived };
  return derived;
}

function fitAndCompare(state: ProxyRewardState): ProxyRewardDerived {
  const annotator = { name: 'annotator', noise: state.noise, flipRate: 0, lengthBias: state.lengthBias };
  const world = createWorld({ seed: state.seed, prompts: TRAIN_PROMPTS + HELD_OUT_PROMPTS, responsesPerPrompt: RESPONSES, annotators: [annotator] });
  const trainWorld: World = { ...world, prompts: world.prompts.slice(0, TRAIN_PROMPTS) };
  const data = drawPreferences(trainWorld, { count: state.comparisons, annotators: 0 });
  const weights = fitLinearBradleyTerryMap(comparisonDifferences(trainWorld, data), { prior: PRIOR }).weights;
  const limitWeights = world.goldWeights.map((w, j) => (w + (j === LENGTH ? state.lengthBias : 0)) / state.noise);
  const held = world.prompts.slice(TRAIN_PROMPTS).flatMap((p) => p.responses);
  const gold = held.map((r) => r.goldReward);
  const proxy = held.map((r) => r.features.reduce((s, v, j) => s + v * weights[j]!, 0));
  const utility = held.map((r) => r.goldReward + state.lengthBias * r.features[LENGTH]!);
  const proxyRanks = descendingRanks(proxy);
  const goldRanks = descendingRanks(gold);
  const answers = held.map((r, i) => ({
    gold: gold[i]!,
    proxy: proxy[i]!,
    utility: utility[i]!,
    length: r.features[LENGTH]!,
    proxyRank: proxyRanks[i]!,
    goldRank: goldRanks[i]!,
  }));
  const goldTop = topIndices(gold, TOP);
  const proxyTop = topIndices(proxy, TOP);
  const inGoldTop = (i: number) => goldTop.includes(i);
  const helpfulness = weights[HELPFULNESS]!;
  return {
    state: { ...state },
    weights,
    goldWeights: [...world.goldWeights],
    limitWeights,
    lengthPremium: helpfulness > 0 ? weights[LENGTH]! / helpfulness : null,
    answers,
    tauB: tauOrNaN(proxy, gold),
    counts: kendallPairCounts(proxy, gold),
    tauBLimit: tauOrNaN(utility, gold),
    proxyTop,
    overlap: proxyTop.filter(inGoldTop).length,
    overlapLimit: topIndices(utility, TOP).filter(inGoldTop).length,
    proxyTopGold: mean(proxyTop.map((i) => gold[i]!)),
    goldTopGold: mean(goldTop.map((i) => gold[i]!)),
    meanGold: mean(gold),
    proxyLabelAccuracy: labelAccuracy(world, proxy),
    goldLabelAccuracy: labelAccuracy(world, gold),
    comparisons: data.length,
  };
}

/** τ_b to 3 decimals, or "undefined" (constant proxy). */
export function formatTau(value: number): string {
  return Number.isNaN(value) ? 'undefined' : formatFixed(value, 3);
}

/** A weight vector as "(0.59, 0.49, 0.60)". */
export function formatWeights(weights: readonly number[]): string {
  return `(${weights.map((w) => formatFixed(w, 2)).join(', ')})`;
}

/**
 * The one-sentence live summary.
 *
 * @example
 * summarizeProxyReward(proxyRewardDefaults);
 * // → 'N = 200, τ = 1, λ = 0.5: Kendall τ_b = 0.725 between proxy and gold reward on 100 held-out answers (0.816 with unlimited comparisons); …'
 */
export function summarizeProxyReward(state: ProxyRewardState, derived: ProxyRewardDerived = deriveProxyReward(state)): string {
  const premium =
    derived.lengthPremium === null
      ? 'it does not reward helpfulness at all'
      : `it values a unit of length at ${formatFixed(derived.lengthPremium, 2)} units of helpfulness (gold: 0)`;
  return (
    `N = ${String(state.comparisons)}, τ = ${formatParameter(state.noise)}, λ = ${formatParameter(state.lengthBias)}: ` +
    `Kendall τ_b = ${formatTau(derived.tauB)} between proxy and gold reward on ${String(derived.answers.length)} held-out answers ` +
    `(${formatTau(derived.tauBLimit)} with unlimited comparisons); the proxy’s top ${String(TOP)} hold ${String(derived.overlap)} ` +
    `of the gold top ${String(TOP)}; ${premium}.`
  );
}

/** Column headers of the data table. */
export const proxyRewardColumns = ['Proxy rank', 'Gold rank', 'Gold r*', 'Proxy r̂', 'Length ℓ'];

/**
 * The data table (with the chart's text alternative in its caption): the proxy's top {@link TOP} held-out
 * answers, best first, with their gold rank; the caption gives the weights, τ_b and the tail numbers.
 *
 * @example
 * proxyRewardTable(deriveProxyReward(proxyRewardDefaults)).rows.length; // → 10
 */
export function proxyRewardTable(derived: ProxyRewardDerived): WidgetTable {
  const { state } = derived;
  const n = derived.answers.length;
  return {
    caption:
      `The proxy’s ${String(TOP)} highest-scored held-out answers (of ${String(n)}), fitted on N = ${String(derived.comparisons)} comparisons ` +
      `by an annotator with noise τ = ${formatParameter(state.noise)} and length bias λ = ${formatParameter(state.lengthBias)}. ` +
      `Learned weights ŵ = ${formatWeights(derived.weights)} for (helpfulness, harmlessness, length); gold w* = ${formatWeights(derived.goldWeights)}; ` +
      `unlimited comparisons give (w* + λ·e_ℓ)/τ = ${formatWeights(derived.limitWeights)}. ` +
      `Kendall τ_b = ${formatTau(derived.tauB)} (unlimited: ${formatTau(derived.tauBLimit)}): of the ${String(derived.counts.pairs)} pairs of held-out answers, ` +
      `${String(derived.counts.concordant)} are concordant and ${String(derived.counts.discordant)} discordant; ` +
      `${String(derived.counts.tiedX)} are tied in r̂ and ${String(derived.counts.tiedY)} in r*. ` +
      `Mean gold reward of these ${String(TOP)}: ${formatFixed(derived.proxyTopGold, 2)}; of the gold top ${String(TOP)}: ${formatFixed(derived.goldTopGold, 2)}; ` +
      `of all ${String(n)}: ${formatFixed(derived.meanGold, 2)}. ` +
      `Expected accuracy on the annotator’s held-out labels: proxy ${formatFixed(100 * derived.proxyLabelAccuracy, 1)}%, gold reward ${formatFixed(100 * derived.goldLabelAccuracy, 1)}%.`,
    columns: [...proxyRewardColumns],
    rows: derived.proxyTop.map((i) => {
      const a = derived.answers[i]!;
      return [String(a.proxyRank), String(a.goldRank), formatFixed(a.gold, 2), formatFixed(a.proxy, 2), formatFixed(a.length, 2)];
    }),
  };
}

/**
 * Build-time fallback: the summary and the table for a state.
 *
 * @example
 * proxyRewardFallback(proxyRewardDefaults).table.rows.length; // → 10
 */
export function proxyRewardFallback(state: ProxyRewardState): WidgetFallback {
  const derived = deriveProxyReward(state);
  return { summary: summarizeProxyReward(state, derived), table: proxyRewardTable(derived) };
}

/** The model as the `po-proxy-reward` element uses it (see shared/widget-model.ts). */
export const proxyRewardModel: WidgetModel<typeof proxyRewardSchema, ProxyRewardDerived> = {
  derive: deriveProxyReward,
  summarize: summarizeProxyReward,
  chartConfig: proxyRewardChartConfig,
};
