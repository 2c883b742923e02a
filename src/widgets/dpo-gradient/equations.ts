/**
 * The equations of content/chapter-5/dpo-gradient.mdx wired to the `dpo-gradient` widget: the symbols its math marks
 * with `\sym` and the live numbers its `\val` marks take (src/widgets/shared/widget-equations.ts). The live numbers
 * are those of pair 1 of the widget's table (the shown prompt's most labelled pair) at the shown step, formatted as
 * the table formats them: its labels, $\Delta$, $u = \beta\Delta$, its gradient weight $w$ under the selected loss, and
 * the step it gives the logits. They come from the run the widget shows (`run.ts`, `dpoGradientRun`, with the widget
 * element as `owner`), so they follow the widget while it trains and never train on their own in the browser.
 *
 * @example
 * dpoGradientEquations.values(dpoGradientDefaults);
 * // → { beta: '1', t: '10', eta: '10', n: '200', 'count-1': '6', 'delta-1': '1.468', 'margin-1': '1.468',
 * //     'weight-1': '0.187', 'push-1': '0.056' }
 */
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import type { WidgetEquations } from '../shared/widget-equations.ts';
import { deriveDpoGradient } from './model.ts';
import { COMPARISONS, dpoGradientRun } from './run.ts';
import type { dpoGradientSchema, DpoGradientState } from './state.ts';

/** The symbols and live values of the DPO gradient section. */
export const dpoGradientEquations: WidgetEquations<typeof dpoGradientSchema> = {
  symbols: {
    beta: { symbol: 'β', meaning: 'KL coefficient', keys: ['beta'], color: 6 },
    t: { symbol: 't', meaning: 'training step', keys: ['step'], color: 1, axis: 'x' },
    w: { symbol: 'w', meaning: 'gradient weight', keys: ['loss'], color: 2 },
    delta: { symbol: 'Δ', meaning: 'log-ratio gap', keys: ['step'], color: 4 },
    u: { symbol: 'u', meaning: 'implicit reward margin', keys: ['beta', 'step'], color: 3 },
  },
  values(state: DpoGradientState, owner?: object): Record<string, string> {
    const derived = deriveDpoGradient(state, dpoGradientRun(state, owner));
    const values: Record<string, string> = {
      beta: formatParameter(state.beta),
      t: String(derived.step),
      eta: formatParameter(derived.learningRate),
      n: String(COMPARISONS),
    };
    const pair = derived.pairs[0];
    if (pair === undefined) return values;
    values['count-1'] = String(pair.count);
    values['delta-1'] = formatFixed(pair.margin / state.beta, 3);
    values['margin-1'] = formatFixed(pair.margin, 3);
    values['weight-1'] = formatFixed(pair.weight, 3);
    values['push-1'] = formatFixed(pair.push, 3);
    return values;
  },
  // The unweighted loss keeps widening every gap: at β = 0.05 pair 1's Δ reaches thousands by step 200 (and can be
  // negative on other seeds), which the build's one-key-at-a-time sweep of the state does not reach.
  widths: { beta: 4, t: 3, eta: 4, 'count-1': 2, 'delta-1': 9, 'margin-1': 8, 'weight-1': 5, 'push-1': 6 },
};
