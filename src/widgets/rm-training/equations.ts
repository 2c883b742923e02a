/**
 * The equations of content/chapter-4/rm-training.mdx wired to the `rm-training` widget: the symbols its math marks
 * with `\sym` and the live numbers its `\val` marks take (src/widgets/shared/widget-equations.ts). The numbers are
 * those of the run on screen in the owner widget (training.ts, `rmTrainingRun`); at build time, the run's end.
 *
 * @example
 * rmTrainingEquations.values(rmTrainingDefaults);
 * // → { k: '9', pairs: '36', weight: '0.0278', ... }
 */
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import type { WidgetEquations } from '../shared/widget-equations.ts';
import { deriveRmTrainingAt } from './model.ts';
import type { rmTrainingSchema, RmTrainingState } from './state.ts';
import { rmTrainingRun } from './training.ts';

/** The symbols and live values of the rm-training section. */
export const rmTrainingEquations: WidgetEquations<typeof rmTrainingSchema> = {
  symbols: {
    k: { symbol: 'K', meaning: 'answers ranked per prompt', keys: ['size'], color: 3 },
    tau: { symbol: 'τ', meaning: 'label noise', keys: ['noise'], color: 6 },
    eta: { symbol: 'η', meaning: 'step size', keys: ['rate'], color: 4 },
  },
  values(state: RmTrainingState, owner?: object): Record<string, string> {
    const d = deriveRmTrainingAt(state, rmTrainingRun(state, owner));
    return {
      k: String(d.size),
      pairs: String(d.pairsPerRanking),
      weight: formatFixed(1 / d.pairsPerRanking, 4),
      tau: formatParameter(d.noise),
      eta: formatParameter(d.rate),
      epoch: formatFixed(d.epoch, 1),
      'pairs-val': formatFixed(d.pairs.now.validation.loss, 3),
      'kwise-val': formatFixed(d.kwise.now.validation.loss, 3),
      gold: formatFixed(d.gold.loss, 3),
    };
  },
  widths: { k: 1, pairs: 2, weight: 6, tau: 4, eta: 5, epoch: 3, 'pairs-val': 5, 'kwise-val': 5, gold: 5 },
};
