/**
 * Registry entry of the `reward-margins` widget (content/chapter-3/reward-margins.mdx).
 *
 * @example
 * rewardMarginsWidget.fallback(rewardMarginsWidget.defaults).summary; // 'Large margin term m(r) = 3, 2, 1, 0, step 60 of 60: …'
 */
import { defineWidget } from '../shared/widget-definition.ts';
import { rewardMarginsEquations } from './equations.ts';
import { rewardMarginsFallback } from './model.ts';
import { rewardMarginsDefaults, rewardMarginsSchema } from './state.ts';

/** The `reward-margins` widget: the histogram of a reward model's margins as it trains, with Llama 2's margin term. */
export const rewardMarginsWidget = defineWidget({
  id: 'reward-margins',
  tag: 'po-reward-margins',
  title: 'Reward margins as the reward model trains',
  section: '3.2',
  description:
    'Play, pause, step and rewind a linear reward model training on 200 labelled pairs of the toy world: the ' +
    'histogram of the margins m = r_w − r_l, the share of margins ≤ 0 (the pairwise error rate), and Llama 2’s ' +
    'margin term m(r), a function of a rating derived from each pair’s gold reward gap, with the histogram it ' +
    'moves away from.',
  blockSize: 900,
  blockSizeNarrow: 1300,
  schema: rewardMarginsSchema,
  defaults: rewardMarginsDefaults,
  equations: rewardMarginsEquations,
  fallback: rewardMarginsFallback,
});
