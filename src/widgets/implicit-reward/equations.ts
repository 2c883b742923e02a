/**
 * The equations of content/chapter-5/implicit-reward.mdx wired to the `implicit-reward` widget: the symbols its
 * math marks with `\sym` and the live numbers its `\val` marks take (src/widgets/shared/widget-equations.ts).
 *
 * Response $y$ has `r-<y>` $= r(y) + c$, `ref-<y>` $= \pi_{\mathrm{ref}}(y)$, `pistar-<y>` $= \pi^*(y)$,
 * `pitheta-<y>` $= \pi_\theta(y)$, `rhat-<y>` $= \hat r_\theta(y)$, `rhatstar-<y>` the implicit reward of $\pi^*$
 * and `offset-<y>` $= r(y) + c - \hat r_\theta(y)$, formatted as the widget's table formats them; `log-z` is
 * $\beta\log Z(x)$ for $r + c$, `tau` Kendall's τ between $\hat r_\theta$ and $r$, `shift-change` the largest
 * change of π* when c is added; `beta`, `temperature` and `shift` as the summary writes β, T and c.
 *
 * @example
 * implicitRewardEquations.values(implicitRewardDefaults);
 * // → { beta: '1', temperature: '1', shift: '0', 'log-z': '1.4427', tau: '1.000', 'r-1': '0.4276', 'rhat-1': '−1.0151', … }
 */
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import type { WidgetEquations } from '../shared/widget-equations.ts';
import { deriveImplicitReward, rewardText, SHIFT_CHANGE_DECIMALS, tauText } from './model.ts';
import type { implicitRewardSchema, ImplicitRewardState } from './state.ts';

/** The symbols and live values of the implicit-reward section. */
export const implicitRewardEquations: WidgetEquations<typeof implicitRewardSchema> = {
  symbols: {
    beta: { symbol: 'β', meaning: 'KL coefficient', keys: ['beta'], color: 1 },
    temperature: { symbol: 'T', meaning: 'temperature of π_θ', keys: ['temperature'], color: 5 },
    shift: { symbol: 'c', meaning: 'constant added to the reward', keys: ['shift'], color: 6, axis: 'x' },
    r: { symbol: 'r', meaning: 'reward', keys: ['shift', 'prompt', 'seed'], color: 3, axis: 'x' },
    rhat: { symbol: 'r̂_θ', meaning: 'implicit reward', keys: ['temperature', 'beta', 'prompt', 'seed'], color: 4, axis: 'y' },
    pistar: { symbol: 'π*', meaning: 'optimal policy', keys: ['beta', 'prompt', 'seed'], color: 2 },
  },
  values(state: ImplicitRewardState): Record<string, string> {
    const d = deriveImplicitReward(state);
    const values: Record<string, string> = {
      beta: formatParameter(state.beta),
      temperature: formatParameter(state.temperature),
      shift: formatParameter(state.shift),
      'log-z': rewardText(d.betaLogZ),
      tau: tauText(d.tau),
      'shift-change': formatFixed(d.shiftChange, SHIFT_CHANGE_DECIMALS),
    };
    d.rewards.forEach((r, i) => {
      const y = i + 1;
      values[`r-${y}`] = rewardText(r);
      values[`ref-${y}`] = rewardText(d.toy.reference[i] as number);
      values[`pistar-${y}`] = rewardText(d.optimal[i] as number);
      values[`pitheta-${y}`] = rewardText(d.policy[i] as number);
      values[`rhat-${y}`] = rewardText(d.implicitRewards[i] as number);
      values[`rhatstar-${y}`] = rewardText(d.optimalImplicitRewards[i] as number);
      values[`offset-${y}`] = rewardText(d.offsets[i] as number);
    });
    return values;
  },
};
