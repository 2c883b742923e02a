/**
 * Pure model of the `optimal-policy` widget (content/chapter-5/optimal-policy.mdx): state → derived numbers →
 * summary sentence and data table. For one prompt of the toy world it computes the optimum of the KL-regularized
 * objective $J(\pi) = \mathbb{E}_\pi[r] - \beta\,\mathrm{KL}(\pi\,\|\,\pi_{\mathrm{ref}})$, namely
 * $\pi^* = \pi_{\mathrm{ref}}\,e^{r/\beta}/Z$ with $Z = \sum_y \pi_{\mathrm{ref}}(y)\,e^{r(y)/\beta}$ (Rafailov et al.
 * 2023, eq. 4), and a policy $\pi \propto \pi^*\,e^{\varepsilon d}$ moved away from it by a step ε along a direction
 * d of logit offsets; then both sides of $J(\pi) = \beta\log Z - \beta\,\mathrm{KL}(\pi\,\|\,\pi^*)$, each computed
 * on its own. Every number comes from `src/math`. The chart is in `chart.ts`.
 */
import { expectedValue, klDivergence, logPartition, optimalObjective, optimalPolicy, rlhfObjective, tiltedPolicy } from '../../math/index.ts';
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import { toyPrompt, type ToyPrompt } from '../shared/toy-prompt.ts';
import type { WidgetModel } from '../shared/widget-model.ts';
import type { WidgetFallback, WidgetTable } from '../shared/widget-table.ts';
import { optimalPolicyChartConfig } from './chart.ts';
import { CUSTOM_OFFSET_KEYS, optimalPolicySchema, type OptimalPolicyDirection, type OptimalPolicyState } from './state.ts';

/** Decimals of the readouts (expected reward, KL, the objective, its maximum and the gap). */
export const READOUT_DECIMALS = 4;
/** The step axis of the chart, ε ∈ [−3, 3], sampled at this many points. */
export const CURVE_POINTS = 121;

/** The readouts of one policy. */
export interface PolicyReadouts {
  policy: Float64Array<ArrayBuffer>;
  /** $\mathbb{E}_{y\sim\pi}[r(y)]$. */
  expectedReward: number;
  /** $\mathrm{KL}(\pi\,\|\,\pi_{\mathrm{ref}})$. */
  kl: number;
  /** $J(\pi) = \mathbb{E}_\pi[r] - \beta\,\mathrm{KL}(\pi\,\|\,\pi_{\mathrm{ref}})$. */
  objective: number;
  /** $\mathrm{KL}(\pi\,\|\,\pi^*)$. */
  klToOptimum: number;
}

/** Everything the widget shows for a state. */
export interface OptimalPolicyDerived {
  toy: ToyPrompt;
  beta: number;
  direction: OptimalPolicyDirection;
  step: number;
  /** The direction $d(y)$: an indicator of one response, or $r(y)/\beta$. */
  offsets: number[];
  /** $\pi_{\mathrm{ref}}(y)\,e^{r(y)/\beta}$, the unnormalized weights. */
  weights: number[];
  /** $\log Z = \log\sum_y \pi_{\mathrm{ref}}(y)\,e^{r(y)/\beta}$. */
  logZ: number;
  /** $Z$, the sum of the weights. */
  z: number;
  /** The maximum of $J$, $\beta\log Z$. */
  maximum: number;
  reference: PolicyReadouts;
  optimum: PolicyReadouts;
  /** The moved policy $\pi \propto \pi^*\,e^{\varepsilon d}$. */
  current: PolicyReadouts;
  /** $\beta\log Z - J(\pi)$, computed from the two sides. */
  gap: number;
  /** $J$ and $\mathbb{E}[r]$ of $\pi^*\,e^{s d}$ along the chart's step axis $s \in [-3, 3]$. */
  curve: { step: number; objective: number; expectedReward: number }[];
}

/**
 * The direction $d$ of a state: the indicator $d(y) = [y = k]$ for "raise response k", $d(y) = r(y)/\beta$ for
 * "along the reward" (then $\pi^*\,e^{\varepsilon d}$ is the optimum at $\beta/(1 + \varepsilon)$, and
 * $\varepsilon = -1$ gives $\pi_{\mathrm{ref}}$), or the reader's own offsets for "custom" (0 for any response
 * they do not give).
 *
 * @example
 * directionOffsets('y2', [0.5, 1, 2], 1); // → [0, 1, 0]
 * directionOffsets('reward', [0.5, 1, 2], 0.5); // → [1, 2, 4]
 * directionOffsets('custom', [0.5, 1, 2], 1, [1, -1]); // → [1, -1, 0]
 */
export function directionOffsets(direction: OptimalPolicyDirection, rewards: readonly number[], beta: number, custom: readonly number[] = []): number[] {
  if (direction === 'reward') return rewards.map((r) => r / beta);
  if (direction === 'custom') return rewards.map((_, i) => custom[i] ?? 0);
  const k = Number(direction.slice(1)) - 1;
  return rewards.map((_, i) => (i === k ? 1 : 0));
}

function readouts(policy: Float64Array<ArrayBuffer>, toy: ToyPrompt, optimum: Float64Array<ArrayBuffer>, beta: number): PolicyReadouts {
  return {
    policy,
    expectedReward: expectedValue(policy, toy.rewards),
    kl: klDivergence(policy, toy.reference),
    objective: rlhfObjective(policy, toy.reference, toy.rewards, beta),
    klToOptimum: klDivergence(policy, optimum),
  };
}

/**
 * Derives π*, Z, the moved policy π and both sides of the decomposition from a state.
 *
 * @example
 * const d = deriveOptimalPolicy(optimalPolicyDefaults);
 * d.maximum; // ≈ 1.442679 (β log Z, numpy)
 * d.current.objective; // ≈ 1.348306
 * d.beta * d.current.klToOptimum; // ≈ 0.094373 (= d.gap)
 */
export function deriveOptimalPolicy(state: OptimalPolicyState): OptimalPolicyDerived {
  const toy = toyPrompt(state.seed, state.prompt);
  const { beta, direction, step } = state;
  const optimum = optimalPolicy(toy.reference, toy.rewards, beta);
  const logZ = logPartition(toy.reference, toy.rewards, beta);
  const z = Math.exp(logZ);
  const offsets = directionOffsets(direction, toy.rewards, beta, CUSTOM_OFFSET_KEYS.map((key) => state[key]));
  const current = readouts(tiltedPolicy(optimum, offsets, step), toy, optimum, beta);
  const maximum = optimalObjective(toy.reference, toy.rewards, beta);
  const { min, max } = optimalPolicySchema.step;
  const curve = Array.from({ length: CURVE_POINTS }, (_, i) => {
    const s = min + ((max - min) * i) / (CURVE_POINTS - 1);
    const policy = tiltedPolicy(optimum, offsets, s);
    return { step: s, objective: rlhfObjective(policy, toy.reference, toy.rewards, beta), expectedReward: expectedValue(policy, toy.rewards) };
  });
  return {
    toy,
    beta,
    direction,
    step,
    offsets,
    weights: Array.from(optimum, (p) => p * z),
    logZ,
    z,
    maximum,
    reference: readouts(Float64Array.from(toy.reference), toy, optimum, beta),
    optimum: readouts(optimum, toy, optimum, beta),
    current,
    gap: maximum - current.objective,
    curve,
  };
}

/**
 * A readout as the widget prints it (4 decimals, typographic minus).
 *
 * @example
 * readout(-0.09437); // → '−0.0944'
 */
export function readout(value: number): string {
  return formatFixed(value, READOUT_DECIMALS);
}

/**
 * The move in words (`offsets` names a custom direction).
 *
 * @example
 * moveText('y3', 1); // → 'response 3 raised by ε = 1'
 * moveText('reward', -0.5); // → 'moved along r/β by ε = −0.5'
 * moveText('custom', 2, [1, -1, 0, 0.5]); // → 'moved along d = (1, −1, 0, 0.5) by ε = 2'
 */
export function moveText(direction: OptimalPolicyDirection, step: number, offsets: readonly number[] = []): string {
  const eps = `ε = ${formatParameter(step, 3)}`;
  if (direction === 'reward') return `moved along r/β by ${eps}`;
  if (direction === 'custom') return `moved along d = (${offsets.map((v) => formatParameter(v, 3)).join(', ')}) by ${eps}`;
  return `response ${direction.slice(1)} raised by ${eps}`;
}

/**
 * The one-sentence live summary: the move, the moved policy's readouts, the maximum and the two sides of the gap.
 *
 * @example
 * summarizeOptimalPolicy(optimalPolicyDefaults);
 * // → 'Prompt 1, β = 1, response 3 raised by ε = 1: E_π[r] = 1.7914, KL(π‖π_ref) = 0.4431, J(π) = 1.3483. The maximum β log Z = 1.4427 is reached at π*; the gap 0.0944 equals β·KL(π‖π*) = 0.0944.'
 */
export function summarizeOptimalPolicy(state: OptimalPolicyState, derived: OptimalPolicyDerived = deriveOptimalPolicy(state)): string {
  const d = derived;
  return (
    `Prompt ${String(d.toy.prompt)}, β = ${formatParameter(d.beta)}, ${moveText(d.direction, d.step, d.offsets)}: ` +
    `E_π[r] = ${readout(d.current.expectedReward)}, KL(π‖π_ref) = ${readout(d.current.kl)}, J(π) = ${readout(d.current.objective)}. ` +
    `The maximum β log Z = ${readout(d.maximum)} is reached at π*; the gap ${readout(d.gap)} equals ` +
    `β·KL(π‖π*) = ${readout(d.beta * d.current.klToOptimum)}.`
  );
}

/** Column headers of the data table. */
export const OPTIMAL_POLICY_COLUMNS = ['y', 'r(y)', 'π_ref', 'π_ref·e^{r/β}', 'π*', 'd(y)', 'π'];

/**
 * The data table (the chart's text alternative): per response its reward, π_ref, the weight π_ref·e^{r/β}, π*
 * (the weight over Z), the direction d and the moved policy π; a row of sums (Z for the weights); then, for
 * π_ref, π* and π, the expected reward, the KL from π_ref, the objective J, β·KL(·‖π*) and their sum β log Z.
 *
 * @example
 * optimalPolicyTable(deriveOptimalPolicy(optimalPolicyDefaults)).rows[2];
 * // → ['3', '1.963', '0.357', '2.543', '0.601', '1.00', '0.804']
 */
export function optimalPolicyTable(derived: OptimalPolicyDerived): WidgetTable {
  const d = derived;
  const p = (x: number) => formatFixed(x, 3);
  const three = (key: keyof Omit<PolicyReadouts, 'policy'>, scale = 1) =>
    [d.reference, d.optimum, d.current].map((policy) => readout(scale * policy[key]));
  const row = (label: string, [ref, opt, cur]: string[]) => [label, '', ref ?? '', '', opt ?? '', '', cur ?? ''];
  const sums = (values: readonly (number | undefined)[]) => values.reduce<number>((s, v) => s + (v ?? 0), 0);
  const identity = [d.reference, d.optimum, d.current].map((policy) => readout(policy.objective + d.beta * policy.klToOptimum));
  return {
    caption:
      `Prompt ${String(d.toy.prompt)} at β = ${formatParameter(d.beta)}, ${moveText(d.direction, d.step, d.offsets)}: per response the ` +
      'reward r(y), the reference policy π_ref, the weight π_ref·e^{r/β}, the optimum π* (weight over Z), the direction ' +
      'd(y) and the moved policy π ∝ π*·e^{εd}; the Σ row gives Z as the sum of the weights. The last rows give, for ' +
      'π_ref, π* and π, the expected reward, the KL from π_ref, the objective J = E[r] − β·KL, β·KL(·‖π*) and the sum ' +
      'J + β·KL(·‖π*), which is β log Z for every policy.',
    columns: OPTIMAL_POLICY_COLUMNS,
    rows: [
      ...d.toy.rewards.map((r, i) => [
        String(i + 1),
        formatFixed(r, 3),
        p(d.toy.reference[i] as number),
        p(d.weights[i] as number),
        p(d.optimum.policy[i] as number),
        formatFixed(d.offsets[i] as number, 2),
        p(d.current.policy[i] as number),
      ]),
      ['Σ', '', p(sums(d.toy.reference)), `Z = ${p(d.z)}`, p(sums(Array.from(d.optimum.policy))), '', p(sums(Array.from(d.current.policy)))],
      row('E[r]', three('expectedReward')),
      row('KL(·‖π_ref)', three('kl')),
      row('J = E[r] − β·KL', three('objective')),
      row('β·KL(·‖π*)', three('klToOptimum', d.beta)),
      row('J + β·KL(·‖π*)', identity),
    ],
  };
}

/**
 * Accessible name of the chart canvas.
 *
 * @example
 * optimalPolicyChartDescription(deriveOptimalPolicy(optimalPolicyDefaults)); // starts with 'The objective J'
 */
export function optimalPolicyChartDescription(derived: OptimalPolicyDerived): string {
  const along =
    derived.direction === 'reward' ? 'along r/β' : derived.direction === 'custom' ? 'along your direction d' : `raising response ${derived.direction.slice(1)}`;
  return (
    `The objective J and the expected reward E[r] of the policies π* moved by steps from −3 to 3 ${along}, with the ` +
    `maximum β log Z = ${readout(derived.maximum)} as a horizontal line, reached at step 0, and the current step ` +
    `${formatParameter(derived.step, 3)} marked with its gap β·KL(π‖π*) = ${readout(derived.gap)}. The table below lists the values.`
  );
}

/**
 * Build-time fallback: the summary and the table for a state.
 *
 * @example
 * optimalPolicyFallback(optimalPolicyDefaults).summary; // contains 'J(π) = 1.3483'
 */
export function optimalPolicyFallback(state: OptimalPolicyState): WidgetFallback {
  const derived = deriveOptimalPolicy(state);
  return { summary: summarizeOptimalPolicy(state, derived), table: optimalPolicyTable(derived) };
}

/** The model as the `po-optimal-policy` element uses it (see shared/widget-model.ts). */
export const optimalPolicyModel: WidgetModel<typeof optimalPolicySchema, OptimalPolicyDerived> = {
  derive: deriveOptimalPolicy,
  summarize: summarizeOptimalPolicy,
  chartConfig: optimalPolicyChartConfig,
};
