/**
 * The equations of content/chapter-5/dpo-loss.mdx wired to the `dpo-loss` widget: the symbols its math marks
 * with `\sym` and the live numbers its `\val` marks take (src/widgets/shared/widget-equations.ts).
 *
 * The live instances of the section are those of the DPO loss itself, the sigmoid of Rafailov et al. (2023):
 * `dpo-loss-<i>` is $-\log\sigma(\beta\Delta_i)$ and `dpo-weight-<i>` its gradient weight $\sigma(-\beta\Delta_i)$
 * for pair $i$, whatever variant the widget's picker shows, because the equations they stand under are the
 * sigmoid's. Numbers are formatted as the widget's table formats them.
 *
 * @example
 * dpoLossEquations.values(dpoLossDefaults);
 * // → { beta: '0.1', epsilon: '0.1', n: '4', 'delta-1': '1.40', 'u-1': '0.140', 'dpo-loss-1': '0.6256',
 * //     'dpo-weight-1': '0.4651', …, 'dpo-loss-mean': '0.6509' }
 */
import { dpoLoss } from '../../math/index.ts';
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import type { WidgetEquations } from '../shared/widget-equations.ts';
import type { dpoLossSchema, DpoLossState } from './state.ts';

/** The symbols and live values of the DPO loss section. */
export const dpoLossEquations: WidgetEquations<typeof dpoLossSchema> = {
  symbols: {
    beta: { symbol: 'β', meaning: 'KL coefficient', keys: ['beta'], color: 1, axis: 'x' },
    delta: { symbol: 'Δ', meaning: 'log-ratio gap h_w − h_l', keys: ['chosen', 'rejected'], color: 4, axis: 'x' },
    hw: { symbol: 'h_w', meaning: 'log-ratio of the chosen answer', keys: ['chosen'], color: 3 },
    hl: { symbol: 'h_l', meaning: 'log-ratio of the rejected answer', keys: ['rejected'], color: 6 },
    epsilon: { symbol: 'ε', meaning: 'label smoothing', keys: ['epsilon'], color: 2 },
  },
  values(state: DpoLossState): Record<string, string> {
    const n = Math.min(state.chosen.length, state.rejected.length);
    const values: Record<string, string> = {
      beta: formatParameter(state.beta),
      epsilon: formatParameter(state.epsilon),
      n: String(n),
    };
    if (n === 0) return values;
    const result = dpoLoss(state.chosen.slice(0, n), state.rejected.slice(0, n), state.beta);
    for (let i = 0; i < n; i++) {
      const pair = i + 1;
      values[`hw-${pair}`] = formatFixed(state.chosen[i] as number, 2);
      values[`hl-${pair}`] = formatFixed(state.rejected[i] as number, 2);
      values[`delta-${pair}`] = formatFixed((state.chosen[i] as number) - (state.rejected[i] as number), 2);
      values[`u-${pair}`] = formatFixed(result.margins[i] as number, 3);
      values[`dpo-loss-${pair}`] = formatFixed(result.losses[i] as number, 4);
      values[`dpo-weight-${pair}`] = formatFixed(result.gradientWeights[i] as number, 4);
    }
    values['dpo-loss-mean'] = formatFixed(result.mean, 4);
    return values;
  },
};
