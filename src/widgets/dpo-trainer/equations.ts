/**
 * The equations of content/chapter-5/dpo-trainer.mdx wired to the `dpo-trainer` widget: the symbols its math marks
 * with `\sym` and the live numbers its `\val` marks take (src/widgets/shared/widget-equations.ts). The numbers are
 * those of the run on screen in the owner widget (training.ts, `dpoTrainerRun`), so they follow it step by step
 * while it trains and never train on their own in the browser; at build time they are the run's end.
 *
 * @example
 * dpoTrainerEquations.values(dpoTrainerDefaults);
 * // → { beta: '0.1', step: '300', loss: '0.5911', accuracy: '0.68', 'logp-chosen': '−6.53' }
 */
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import type { WidgetEquations } from '../shared/widget-equations.ts';
import { deriveDpoTrainerAt } from './model.ts';
import type { dpoTrainerSchema, DpoTrainerState } from './state.ts';
import { dpoTrainerRun } from './training.ts';

/** The symbols and live values of the DPO trainer section. */
export const dpoTrainerEquations: WidgetEquations<typeof dpoTrainerSchema> = {
  symbols: {
    beta: { symbol: 'β', meaning: 'KL coefficient', keys: ['beta'], color: 1 },
    pitheta: { symbol: 'π_θ', meaning: 'trained policy', keys: ['policy'], color: 3 },
  },
  values(state: DpoTrainerState, owner?: object): Record<string, string> {
    const d = deriveDpoTrainerAt(state, dpoTrainerRun(state, owner));
    return {
      beta: formatParameter(state.beta),
      step: String(d.step),
      loss: formatFixed(d.metrics.loss, 4),
      accuracy: formatFixed(d.metrics.accuracy, 2),
      'logp-chosen': formatFixed(d.metrics.logpChosen, 2),
    };
  },
  widths: { step: 3, 'logp-chosen': 6 },
};
