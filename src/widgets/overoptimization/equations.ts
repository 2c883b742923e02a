/**
 * The equations of content/chapter-4/overoptimization.mdx wired to the `overoptimization` widget: the symbols its
 * math marks with `\sym` and the live numbers its `\val` marks take (src/widgets/shared/widget-equations.ts),
 * formatted as the widget's summary and table format them: `beta` the KL coefficient β, `kl` the KL of π_β at
 * that β, and `proxy-gain` / `gold-gain` its gains over π_ref (π_β itself, whatever the early stop: the equation is
 * about the path; the budget's maximum, 3 nats, is above the greedy end's log 16, so it never stops π_β here).
 *
 * @example
 * overoptimizationEquations.values(overoptimizationDefaults);
 * // → { beta: '0.10', kl: '1.29', 'proxy-gain': '0.75', 'gold-gain': '0.01' }
 */
import { formatFixed } from '../shared/format-number.ts';
import type { WidgetEquations } from '../shared/widget-equations.ts';
import { deriveOveroptimization, formatGain } from './model.ts';
import { overoptimizationSchema, type OveroptimizationState } from './state.ts';

/** The symbols and live values of the overoptimization section. */
export const overoptimizationEquations: WidgetEquations<typeof overoptimizationSchema> = {
  symbols: {
    beta: { symbol: 'β', meaning: 'KL coefficient', keys: ['beta'], color: 5 },
    kl: { symbol: 'KL', meaning: 'KL of π_β from π_ref', keys: ['beta'], color: 6 },
  },
  values(state: OveroptimizationState): Record<string, string> {
    const { chosen } = deriveOveroptimization({ ...state, budget: overoptimizationSchema.budget.max });
    return {
      beta: formatFixed(state.beta, 2),
      kl: formatFixed(chosen.kl, 2),
      // A \val holds a plain number: the table's sign, without its plus.
      'proxy-gain': formatGain(chosen.proxyGain).replace(/^\+/, ''),
      'gold-gain': formatGain(chosen.goldGain).replace(/^\+/, ''),
    };
  },
};
