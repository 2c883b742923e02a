/**
 * Pure model of the `beta-temperature` widget (content/chapter-2/beta-temperature.mdx): state → derived numbers →
 * summary sentence and data table. The policy is the KL-regularized optimum
 * $\pi_\beta(y) = \pi_{\mathrm{ref}}(y)\,e^{r(y)/\beta}/Z_\beta$ (Rafailov et al. 2023, eq. 4) of one prompt of the
 * toy world, computed by `frontierPoint` as $\operatorname{softmax}(\log\pi_{\mathrm{ref}} + (r - r_{\max})/\beta)$,
 * so it stays finite for every β; its limit β → 0 comes from `frontierEnd` (ties share the mass in proportion
 * to π_ref). Every number comes from `src/math`. The chart is in `chart.ts`.
 */
import {
  crossEntropy,
  entropy,
  expectedValue,
  frontierEnd,
  frontierPoint,
  logSoftmax,
  optimalObjective,
} from '../../math/index.ts';
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import { toyPrompt, type ToyPrompt } from '../shared/toy-prompt.ts';
import type { WidgetModel } from '../shared/widget-model.ts';
import type { WidgetFallback, WidgetTable } from '../shared/widget-table.ts';
import { betaTemperatureChartConfig } from './chart.ts';
import type { betaTemperatureSchema, BetaTemperatureState } from './state.ts';

/** Decimals of the readouts (expected reward, KL, entropy, the objective) in the summary, table and equations. */
export const READOUT_DECIMALS = 4;

/** Expected reward, KL from π_ref and entropy of one policy (nats). */
export interface PolicyReadouts {
  policy: Float64Array<ArrayBuffer>;
  /** $\mathbb{E}_{y\sim\pi}[r(y)]$. */
  expectedReward: number;
  /** $\mathrm{KL}(\pi\,\|\,\pi_{\mathrm{ref}})$. */
  kl: number;
  /** $H(\pi) = -\sum_y \pi(y)\log\pi(y)$. */
  entropy: number;
}

/** Everything the widget shows for a state. */
export interface BetaTemperatureDerived {
  toy: ToyPrompt;
  beta: number;
  tie: boolean;
  /** The rewards the policy sees: the world's, with the runner-up raised to the best when `tie` is on. */
  rewards: number[];
  /** $r_{\max}$. */
  rMax: number;
  /** 1-based number of the world's best response $y^*$ (the first, were there a tie in the world itself). */
  best: number;
  /** 1-based number of the world's runner-up $y_2$ (the largest reward among the others). */
  runnerUp: number;
  /** 1-based numbers of the responses with reward $r_{\max}$. */
  top: number[];
  /** $(r(y) - r_{\max})/\beta$ per response: the exponents of the stable computation, all $\le 0$. */
  exponents: number[];
  /** $\pi_\beta$ with its readouts. */
  current: PolicyReadouts;
  /** $\pi_{\mathrm{ref}}$, the limit β → ∞ (KL 0). */
  reference: PolicyReadouts;
  /** The limit β → 0: π_ref restricted to the top responses and renormalized. */
  greedy: PolicyReadouts;
  /** Cross-entropy $H^\times(\pi_\beta, \pi_{\mathrm{ref}}) = -\sum_y \pi_\beta(y)\log\pi_{\mathrm{ref}}(y)$. */
  crossEntropy: number;
  /** The optimal value of the RLHF objective, $\beta\log Z_\beta = \mathbb{E}_{\pi_\beta}[r] - \beta\,\mathrm{KL}(\pi_\beta\,\|\,\pi_{\mathrm{ref}})$. */
  objective: number;
  /** $r(y^*) - r(y_2)$ in the rewards the policy sees (0 with the tie). */
  gap: number;
  /** $\log\frac{\pi_{\mathrm{ref}}(y^*)}{\pi_{\mathrm{ref}}(y_2)}$. */
  referenceLogOdds: number;
  /** $\log\frac{\pi_\beta(y^*)}{\pi_\beta(y_2)}$, from the normalized log-policy (no underflow). */
  logOdds: number;
}

/** 1-based index of the largest value among those not excluded (the first on a tie). */
function argmax(values: readonly number[], exclude = -1): number {
  let best = -1;
  values.forEach((v, i) => {
    if (i !== exclude && (best === -1 || v > (values[best] as number))) best = i;
  });
  return best + 1;
}

function policyReadouts(policy: Float64Array<ArrayBuffer>, rewards: readonly number[], kl: number): PolicyReadouts {
  return { policy, expectedReward: expectedValue(policy, rewards), kl, entropy: entropy(policy) };
}

/**
 * Derives π_β, its readouts, both limits and the numbers of the section's equations from a state.
 *
 * @example
 * const d = deriveBetaTemperature(betaTemperatureDefaults);
 * d.current.policy; // ≈ [0.0777, 0.2754, 0.6009, 0.0461] (mpmath)
 * d.current.kl; // ≈ 0.171533
 * d.greedy.expectedReward; // ≈ 1.962930 (r_max, response 3)
 */
export function deriveBetaTemperature(state: BetaTemperatureState): BetaTemperatureDerived {
  const toy = toyPrompt(state.seed, state.prompt);
  const best = argmax(toy.rewards);
  const runnerUp = argmax(toy.rewards, best - 1);
  const rewards = [...toy.rewards];
  if (state.tie) rewards[runnerUp - 1] = rewards[best - 1] as number;
  const rMax = rewards[best - 1] as number;
  const point = frontierPoint(toy.reference, rewards, state.beta);
  const end = frontierEnd(toy.reference, rewards);
  const logPolicy = logSoftmax(toy.reference.map((p, i) => Math.log(p) + ((rewards[i] as number) - rMax) / state.beta));
  return {
    toy,
    beta: state.beta,
    tie: state.tie,
    rewards,
    rMax,
    best,
    runnerUp,
    top: rewards.flatMap((r, i) => (r === rMax ? [i + 1] : [])),
    exponents: rewards.map((r) => (r - rMax) / state.beta),
    current: policyReadouts(point.policy, rewards, point.kl),
    reference: policyReadouts(Float64Array.from(toy.reference), rewards, 0),
    greedy: policyReadouts(end.policy, rewards, end.kl),
    crossEntropy: crossEntropy(point.policy, toy.reference),
    objective: optimalObjective(toy.reference, rewards, state.beta),
    gap: rMax - (rewards[runnerUp - 1] as number),
    referenceLogOdds: Math.log(toy.reference[best - 1] as number) - Math.log(toy.reference[runnerUp - 1] as number),
    logOdds: (logPolicy[best - 1] as number) - (logPolicy[runnerUp - 1] as number),
  };
}

/** "3", "2 and 3", "1, 2 and 3". */
function listOf(items: readonly (number | string)[]): string {
  const text = items.map(String);
  return text.length <= 1 ? text.join('') : `${text.slice(0, -1).join(', ')} and ${text[text.length - 1] ?? ''}`;
}

/** A readout as the widget prints it. */
function readout(value: number): string {
  return formatFixed(value, READOUT_DECIMALS);
}

/** β as the widget prints it: up to 3 significant digits. */
export function betaText(beta: number): string {
  return formatParameter(beta);
}

/**
 * The one-sentence live summary: the three readouts of π_β, then where the best response's probability stands
 * between π_ref and the limit β → 0.
 *
 * @example
 * summarizeBetaTemperature(betaTemperatureDefaults);
 * // → 'Prompt 1, β = 1: E[r] = 1.6142, KL(π_β‖π_ref) = 0.1715, H(π_β) = 1.0014 nats. Response 3, the best,
 * //    gets 0.601 (π_ref 0.357, 1 as β → 0).'
 */
export function summarizeBetaTemperature(state: BetaTemperatureState, derived: BetaTemperatureDerived = deriveBetaTemperature(state)): string {
  const d = derived;
  const readouts =
    `Prompt ${String(d.toy.prompt)}, β = ${betaText(d.beta)}: E[r] = ${readout(d.current.expectedReward)}, ` +
    `KL(π_β‖π_ref) = ${readout(d.current.kl)}, H(π_β) = ${readout(d.current.entropy)} nats.`;
  if (d.top.length > 1) {
    const shares = d.top.map((y) => formatFixed(d.greedy.policy[y - 1] as number, 3));
    const now = d.top.map((y) => formatFixed(d.current.policy[y - 1] as number, 3));
    return (
      `${readouts} Responses ${listOf(d.top)} tie for the best reward and get ${listOf(now)}; ` +
      `as β → 0 they keep π_ref's proportions, ${shares.join(' and ')}.`
    );
  }
  const y = d.best;
  return (
    `${readouts} Response ${String(y)}, the best, gets ${formatFixed(d.current.policy[y - 1] as number, 3)} ` +
    `(π_ref ${formatFixed(d.toy.reference[y - 1] as number, 3)}, 1 as β → 0).`
  );
}

/** Column headers of the data table for a β. */
export function betaTemperatureColumns(beta: number): string[] {
  return ['y', 'r(y)', 'π_ref (β → ∞)', '(r − r_max)/β', `π_β (β = ${betaText(beta)})`, 'β → 0'];
}

/**
 * The data table (the chart's text alternative): one row per response with its reward, π_ref, the exponent of
 * the stable computation, π_β and the limit β → 0; then one row per readout (E[r], KL from π_ref, entropy) for
 * the same three policies.
 *
 * @example
 * betaTemperatureTable(deriveBetaTemperature(betaTemperatureDefaults)).rows[2];
 * // → ['3', '1.963', '0.357', '0.00', '0.601', '1.000']
 */
export function betaTemperatureTable(derived: BetaTemperatureDerived): WidgetTable {
  const d = derived;
  const p = (x: number) => formatFixed(x, 3);
  const tie = d.tie ? `, with response ${String(d.runnerUp)} raised to the best reward (a tie)` : '';
  return {
    caption:
      `Prompt ${String(d.toy.prompt)}${tie}: reward r(y), the reference policy π_ref (the limit β → ∞), the exponent ` +
      `(r(y) − r_max)/β of the stable computation, π_β ∝ π_ref·e^{r/β} at β = ${betaText(d.beta)}, and the limit ` +
      'β → 0; the last three rows give each policy’s expected reward, KL from π_ref and entropy in nats.',
    columns: betaTemperatureColumns(d.beta),
    rows: [
      ...d.rewards.map((r, i) => [
        String(i + 1),
        formatFixed(r, 3),
        p(d.toy.reference[i] as number),
        formatFixed(d.exponents[i] as number, 2),
        p(d.current.policy[i] as number),
        p(d.greedy.policy[i] as number),
      ]),
      ...(['expectedReward', 'kl', 'entropy'] as const).map((key, i) => [
        ['E_π[r]', 'KL(π‖π_ref)', 'H(π)'][i] as string,
        '',
        readout(d.reference[key]),
        '',
        readout(d.current[key]),
        readout(d.greedy[key]),
      ]),
    ],
  };
}

/**
 * Accessible name of the chart canvas.
 *
 * @example
 * betaTemperatureChartDescription(deriveBetaTemperature(betaTemperatureDefaults)); // starts with 'Bars of π_ref'
 */
export function betaTemperatureChartDescription(derived: BetaTemperatureDerived): string {
  return (
    `Bars of π_ref and of π_β at β = ${betaText(derived.beta)} for responses 1 to ${String(derived.rewards.length)}, ` +
    `with triangles where the bars end as β → 0 (on response${derived.top.length > 1 ? 's' : ''} ${listOf(derived.top)}). ` +
    'The table below lists the values.'
  );
}

/**
 * Build-time fallback: the summary and the table for a state.
 *
 * @example
 * betaTemperatureFallback(betaTemperatureDefaults).summary; // contains 'KL(π_β‖π_ref) = 0.1715'
 */
export function betaTemperatureFallback(state: BetaTemperatureState): WidgetFallback {
  const derived = deriveBetaTemperature(state);
  return { summary: summarizeBetaTemperature(state, derived), table: betaTemperatureTable(derived) };
}

/** The model as the `po-beta-temperature` element uses it (see shared/widget-model.ts). */
export const betaTemperatureModel: WidgetModel<typeof betaTemperatureSchema, BetaTemperatureDerived> = {
  derive: deriveBetaTemperature,
  summarize: summarizeBetaTemperature,
  chartConfig: betaTemperatureChartConfig,
};
