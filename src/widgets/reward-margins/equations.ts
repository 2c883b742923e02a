/**
 * The equations of content/chapter-3/reward-margins.mdx wired to the `reward-margins` widget: the symbols its math
 * marks with `\sym` and the live numbers its `\val` marks take (src/widgets/shared/widget-equations.ts). The numbers
 * are those of the run on screen in the owner widget (training.ts, `rewardMarginsRun`), so they follow it step by
 * step while it trains; at build time they are the run's end.
 *
 * @example
 * rewardMarginsEquations.values(rewardMarginsDefaults);
 * // → { step: '60', negative: '78', pairs: '200', error: '0.390', loss: '1.4593', 'mr-top': '3' }
 */
import { RATING_MARGINS } from '../../math/index.ts';
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import type { WidgetEquations } from '../shared/widget-equations.ts';
import { deriveRewardMarginsAt } from './model.ts';
import type { rewardMarginsSchema, RewardMarginsState } from './state.ts';
import { rewardMarginsRun } from './training.ts';

/** The symbols and live values of the reward-margins section. */
export const rewardMarginsEquations: WidgetEquations<typeof rewardMarginsSchema> = {
  symbols: {
    mr: { symbol: 'm(r)', meaning: 'rating margin', keys: ['margin'], color: 2 },
  },
  values(state: RewardMarginsState, owner?: object): Record<string, string> {
    // No outline (null): the equations show the run's own numbers, so they never train the plain run in their frame.
    const d = deriveRewardMarginsAt(state, rewardMarginsRun(state, owner), null);
    const all = d.rows[4] as (typeof d.rows)[number];
    return {
      step: String(d.step),
      negative: String(all.negative),
      pairs: String(all.pairs),
      error: formatFixed(d.state.errorRate, 3),
      loss: formatFixed(d.state.loss, 4),
      'mr-top': formatParameter(RATING_MARGINS[d.variant][0] as number, 2),
    };
  },
  widths: { step: 2, negative: 3, error: 5, loss: 6 },
};
