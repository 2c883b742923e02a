/**
 * Pure model of the `implicit-reward` widget (content/chapter-5/implicit-reward.mdx): state → derived numbers →
 * summary sentence, data table and chart configuration. Every number comes from `src/math`.
 *
 * One prompt of the toy world gives the rewards r(y) and the reference policy π_ref (src/widgets/shared/toy-prompt.ts).
 * The reader adds a constant c to the reward; the optimal policy is π* = π_ref·e^{(r + c)/β}/Z (Rafailov et al.
 * 2023, eq. 4), and the reader's policy is π* at temperature T, π_θ ∝ (π*)^{1/T} (T = 1 gives π_θ = π*). The
 * widget shows the implicit reward r̂_θ = β·log(π_θ/π_ref), computed from log-probabilities so it stays finite,
 * next to r + c; how far apart π* is for r + c and for r (rounding error only: a constant never moves π*); and
 * Kendall's τ between r̂_θ and r, which is 1 at T = 1, where r̂_θ = r + c − β log Z(x) exactly.
 */
import {
  implicitRewardFromLogProbs,
  kendallPairCounts,
  kendallTau,
  logSoftmax,
  optimalObjective,
  optimalPolicy,
  rewardProjection,
} from '../../math/index.ts';
import type { ChartColors } from '../shared/chart-colors.ts';
import type { WidgetChartConfig } from '../shared/chart-types.ts';
import { fittedRange } from '../shared/axis-range.ts';
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import { lineChartOptions } from '../shared/line-chart-options.ts';
import { toyPrompt, type ToyPrompt } from '../shared/toy-prompt.ts';
import type { WidgetModel } from '../shared/widget-model.ts';
import type { WidgetFallback, WidgetTable } from '../shared/widget-table.ts';
import type { implicitRewardSchema, ImplicitRewardState } from './state.ts';

/** Decimals of rewards, implicit rewards, β log Z and probabilities in the summary, table and equations. */
export const REWARD_DECIMALS = 4;
/** Decimals of the largest change of π* when c is added (it is rounding error). */
export const SHIFT_CHANGE_DECIMALS = 6;

/** Everything the widget shows for a state. */
export interface ImplicitRewardDerived {
  toy: ToyPrompt;
  beta: number;
  temperature: number;
  shift: number;
  /** r(y) + c, the reward the optimal policy is computed for. */
  rewards: number[];
  /** π*(y) for the reward r + c. */
  optimal: number[];
  /** π*(y) for the reward r (c = 0). */
  optimalUnshifted: number[];
  /** max_y |π*_{r+c}(y) − π*_r(y)|: rounding error only. */
  shiftChange: number;
  /** π_θ(y) ∝ π*(y)^{1/T}. */
  policy: number[];
  /** log π_θ(y). */
  logPolicy: number[];
  /** r̂_θ(y) = β (log π_θ(y) − log π_ref(y)). */
  implicitRewards: number[];
  /** r̂ of π*: β log(π* ÷ π_ref) = r + c − β log Z(x) (the projection of Theorem 1). */
  optimalImplicitRewards: number[];
  /** β log Z(x) for the reward r + c. */
  betaLogZ: number;
  /** β log Z(x) for the reward r. */
  betaLogZUnshifted: number;
  /** r(y) + c − r̂_θ(y): the same number for every response exactly when π_θ = π*. */
  offsets: number[];
  /** Pairs of responses r̂_θ orders like r, out of `pairs`. */
  concordant: number;
  pairs: number;
  /** Kendall's τ_b between r̂_θ and r; `null` if r̂_θ is constant (τ undefined). */
  tau: number | null;
}

/**
 * Derives π*, π_θ, the implicit rewards and their agreement with the reward from a state.
 *
 * @example
 * const d = deriveImplicitReward(implicitRewardDefaults);
 * d.implicitRewards; // ≈ [-1.0151, -0.0367, 0.5203, -1.1318] (numpy)
 * d.betaLogZ; // ≈ 1.442679
 * d.tau; // 1
 */
export function deriveImplicitReward(state: ImplicitRewardState): ImplicitRewardDerived {
  const toy = toyPrompt(state.seed, state.prompt);
  const { beta, temperature, shift } = state;
  const rewards = toy.rewards.map((r) => r + shift);
  const logReference = toy.reference.map((p) => Math.log(p));
  const optimal = Array.from(optimalPolicy(toy.reference, rewards, beta));
  const optimalUnshifted = Array.from(optimalPolicy(toy.reference, toy.rewards, beta));
  const logOptimal = logSoftmax(logReference.map((l, i) => l + (rewards[i] as number) / beta));
  const logPolicy = Array.from(logSoftmax(logOptimal, temperature));
  const implicitRewards = Array.from(implicitRewardFromLogProbs(logPolicy, logReference, beta));
  const counts = kendallPairCounts(implicitRewards, rewards);
  let tau: number | null = null;
  try {
    tau = kendallTau(implicitRewards, rewards);
  } catch {
    tau = null; // r̂_θ constant: no ranking to compare
  }
  return {
    toy,
    beta,
    temperature,
    shift,
    rewards,
    optimal,
    optimalUnshifted,
    shiftChange: Math.max(...optimal.map((p, i) => Math.abs(p - (optimalUnshifted[i] as number)))),
    policy: logPolicy.map((l) => Math.exp(l)),
    logPolicy,
    implicitRewards,
    optimalImplicitRewards: Array.from(rewardProjection(toy.reference, rewards, beta)),
    betaLogZ: optimalObjective(toy.reference, rewards, beta),
    betaLogZUnshifted: optimalObjective(toy.reference, toy.rewards, beta),
    offsets: rewards.map((r, i) => r - (implicitRewards[i] as number)),
    concordant: counts.concordant,
    pairs: counts.pairs,
    tau,
  };
}

/** A reward-scale number as the widget prints it. */
export function rewardText(value: number): string {
  return formatFixed(value, REWARD_DECIMALS);
}

/** Kendall's τ as the widget prints it (3 decimals), or "undefined". */
export function tauText(tau: number | null): string {
  return tau === null ? 'undefined' : formatFixed(tau, 3);
}

/** Whether π_θ is exactly π* (T = 1). */
export function isOptimal(derived: ImplicitRewardDerived): boolean {
  return derived.temperature === 1;
}

/**
 * The one-sentence live summary.
 *
 * @example
 * summarizeImplicitReward(implicitRewardDefaults);
 * // → 'Prompt 1, β = 1, T = 1, c = 0: π_θ = π*, so r̂_θ = r + c − β log Z(x) with β log Z(x) = 1.4427; r̂_θ orders
 * //    6 of 6 pairs like r (Kendall τ = 1.000). max |Δπ*| = 0.000000 when c is added.'
 */
export function summarizeImplicitReward(state: ImplicitRewardState, derived: ImplicitRewardDerived = deriveImplicitReward(state)): string {
  const d = derived;
  const head = `Prompt ${String(d.toy.prompt)}, β = ${formatParameter(d.beta)}, T = ${formatParameter(d.temperature)}, c = ${formatParameter(d.shift)}:`;
  const order = `r̂_θ orders ${String(d.concordant)} of ${String(d.pairs)} pairs like r (Kendall τ = ${tauText(d.tau)}).`;
  const shift = `max |Δπ*| = ${formatFixed(d.shiftChange, SHIFT_CHANGE_DECIMALS)} when c is added.`;
  if (isOptimal(d)) {
    return `${head} π_θ = π*, so r̂_θ = r + c − β log Z(x) with β log Z(x) = ${rewardText(d.betaLogZ)}; ${order} ${shift}`;
  }
  const lo = Math.min(...d.offsets);
  const hi = Math.max(...d.offsets);
  return `${head} r + c − r̂_θ runs from ${rewardText(lo)} to ${rewardText(hi)}, not one constant; ${order} ${shift}`;
}

/**
 * Column headers of the data table.
 *
 * @example
 * implicitRewardColumns(2); // → ['y', 'r(y) + c', 'π_ref(y)', 'π*(y), c = 0', 'π*(y), c = 2', 'π_θ(y)', 'r̂_θ(y)', 'r + c − r̂_θ']
 */
export function implicitRewardColumns(shift: number): string[] {
  return ['y', 'r(y) + c', 'π_ref(y)', 'π*(y), c = 0', `π*(y), c = ${formatParameter(shift)}`, 'π_θ(y)', 'r̂_θ(y)', 'r + c − r̂_θ'];
}

/**
 * The data table (the chart's text alternative): one row per response.
 *
 * @example
 * implicitRewardTable(deriveImplicitReward(implicitRewardDefaults)).rows[0];
 * // → ['1', '0.4276', '0.2143', '0.0777', '0.0777', '0.0777', '−1.0151', '1.4427']
 */
export function implicitRewardTable(derived: ImplicitRewardDerived): WidgetTable {
  const d = derived;
  return {
    caption:
      `Prompt ${String(d.toy.prompt)}: reward r(y) + c, reference policy π_ref, the optimal policy π* ∝ π_ref·e^{r/β} for c = 0 and for ` +
      `c = ${formatParameter(d.shift)} (β = ${formatParameter(d.beta)}), the policy π_θ ∝ (π*)^{1/T} at T = ${formatParameter(d.temperature)}, ` +
      'its implicit reward r̂_θ = β·log(π_θ/π_ref), and r + c − r̂_θ, which is β log Z(x) for every response when π_θ = π*.',
    columns: implicitRewardColumns(d.shift),
    rows: d.rewards.map((r, i) => [
      String(i + 1),
      rewardText(r),
      rewardText(d.toy.reference[i] as number),
      rewardText(d.optimalUnshifted[i] as number),
      rewardText(d.optimal[i] as number),
      rewardText(d.policy[i] as number),
      rewardText(d.implicitRewards[i] as number),
      rewardText(d.offsets[i] as number),
    ]),
  };
}

/**
 * The chart: the implicit reward r̂_θ(y) of each response against its reward r(y) + c (points), and the line
 * r̂ = r + c − β log Z(x) of slope 1 on which π*'s implicit rewards lie (hollow diamonds). Points that rise
 * from left to right are ranked like the reward.
 *
 * @example
 * implicitRewardChartConfig(deriveImplicitReward(implicitRewardDefaults), paletteChartColors('light')).data.datasets.length; // → 2
 */
export function implicitRewardChartConfig(derived: ImplicitRewardDerived, colors: ChartColors): WidgetChartConfig {
  const d = derived;
  const [policyColour, optimalColour] = colors.series;
  const x = fittedRange(d.rewards, { minSpan: 1 });
  const y = fittedRange([...d.implicitRewards, ...d.optimalImplicitRewards], { minSpan: 1 });
  // The line r̂ = r + c − β log Z(x) across the x axis, with π*'s points on it.
  const line = [x.min, ...[...d.rewards].sort((a, b) => a - b), x.max].map((r) => ({ x: r, y: r - d.betaLogZ }));
  const onLine = new Set(d.rewards);
  const options = lineChartOptions(colors, {
    x: { title: 'Reward r(y) + c', min: x.min, max: x.max },
    y: { title: 'Implicit reward r̂(y)', min: y.min, max: y.max },
  });
  return {
    type: 'line',
    data: {
      datasets: [
        {
          label: 'r̂_θ(y) = β·log(π_θ/π_ref)',
          data: d.rewards.map((r, i) => ({ x: r, y: d.implicitRewards[i] as number })),
          showLine: false,
          borderColor: policyColour,
          backgroundColor: policyColour,
          pointStyle: 'circle',
          pointRadius: 6,
          pointHoverRadius: 6,
        },
        {
          label: 'r̂ of π*: r + c − β log Z(x)',
          data: line,
          borderColor: optimalColour,
          backgroundColor: 'transparent',
          borderWidth: 2,
          borderDash: [6, 4],
          pointStyle: 'rectRot',
          pointBorderWidth: 2,
          pointRadius: line.map((p) => (onLine.has(p.x) ? 8 : 0)),
          pointHoverRadius: 8,
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
 * implicitRewardChartDescription(deriveImplicitReward(implicitRewardDefaults)); // starts with 'Implicit reward r̂_θ(y) of the 4 responses'
 */
export function implicitRewardChartDescription(derived: ImplicitRewardDerived): string {
  return (
    `Implicit reward r̂_θ(y) of the ${String(derived.rewards.length)} responses (points) against their reward r(y) + c, with the dashed line ` +
    `r̂ = r + c − β log Z(x) on which the implicit rewards of π* lie (diamonds). The table below lists the values.`
  );
}

/**
 * Build-time fallback: the summary and the table for a state.
 *
 * @example
 * implicitRewardFallback(implicitRewardDefaults).summary; // contains 'Kendall τ = 1.000'
 */
export function implicitRewardFallback(state: ImplicitRewardState): WidgetFallback {
  const derived = deriveImplicitReward(state);
  return { summary: summarizeImplicitReward(state, derived), table: implicitRewardTable(derived) };
}

/** The model as the `po-implicit-reward` element uses it (see shared/widget-model.ts). */
export const implicitRewardModel: WidgetModel<typeof implicitRewardSchema, ImplicitRewardDerived> = {
  derive: deriveImplicitReward,
  summarize: summarizeImplicitReward,
  chartConfig: implicitRewardChartConfig,
};
