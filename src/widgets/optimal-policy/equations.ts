/**
 * The equations of content/chapter-5/optimal-policy.mdx wired to the `optimal-policy` widget: the symbols its
 * math marks with `\sym` and the live numbers its `\val` marks take (src/widgets/shared/widget-equations.ts).
 * `z` is the partition function $Z(x)$ (3 decimals, as the table's Σ row prints it), `maximum` the optimal value
 * $\beta\log Z$, `reward`, `kl` and `objective` the moved policy's $\mathbb{E}_\pi[r]$,
 * $\mathrm{KL}(\pi\,\|\,\pi_{\mathrm{ref}})$ and $J(\pi)$, `kl-star` its $\mathrm{KL}(\pi\,\|\,\pi^*)$, `gap` the
 * difference $\beta\log Z - J(\pi)$ and `gap-kl` the product $\beta\,\mathrm{KL}(\pi\,\|\,\pi^*)$, each computed on
 * its own. Readouts carry 4 decimals, as the widget's summary and table print them. Each symbol has the colour of
 * what it stands for in the chart: π's objective curve and point are `--po-series-1`, the maximum (reached at π*)
 * `--po-series-4`, the expected reward `--po-series-3`.
 *
 * @example
 * optimalPolicyEquations.values(optimalPolicyDefaults);
 * // → { beta: '1', epsilon: '1', z: '4.232', maximum: '1.4427', reward: '1.7914', kl: '0.4431', objective: '1.3483',
 * //     'kl-star': '0.0944', gap: '0.0944', 'gap-kl': '0.0944' }
 */
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import type { WidgetEquations } from '../shared/widget-equations.ts';
import { deriveOptimalPolicy, readout } from './model.ts';
import type { optimalPolicySchema, OptimalPolicyState } from './state.ts';

/** The symbols and live values of the section on the KL-constrained optimal policy. */
export const optimalPolicyEquations: WidgetEquations<typeof optimalPolicySchema> = {
  symbols: {
    beta: { symbol: 'β', meaning: 'KL coefficient', keys: ['beta'], color: 2 },
    pi: { symbol: 'π', meaning: 'the policy moved away from π*', keys: ['direction', 'step', 'd1', 'd2', 'd3', 'd4'], color: 1 },
    pistar: { symbol: 'π*', meaning: 'optimal policy', keys: ['beta', 'prompt'], color: 4 },
    piref: { symbol: 'π_ref', meaning: 'reference policy', keys: ['prompt'], color: 5 },
    r: { symbol: 'r', meaning: 'reward', keys: ['prompt'], color: 3 },
    d: { symbol: 'd', meaning: 'direction of the move', keys: ['direction', 'd1', 'd2', 'd3', 'd4'], color: 6 },
    epsilon: { symbol: 'ε', meaning: 'step along d', keys: ['step'], color: 6, axis: 'x' },
  },
  values(state: OptimalPolicyState): Record<string, string> {
    const d = deriveOptimalPolicy(state);
    return {
      beta: formatParameter(state.beta),
      epsilon: formatParameter(state.step, 3),
      z: formatFixed(d.z, 3),
      maximum: readout(d.maximum),
      reward: readout(d.current.expectedReward),
      kl: readout(d.current.kl),
      objective: readout(d.current.objective),
      'kl-star': readout(d.current.klToOptimum),
      gap: readout(d.gap),
      'gap-kl': readout(d.beta * d.current.klToOptimum),
    };
  },
};
