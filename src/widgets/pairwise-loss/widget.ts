/**
 * Registry entry of the `pairwise-loss` widget (content/chapter-3/pairwise-loss.mdx).
 *
 * @example
 * pairwiseLossWidget.fallback(pairwiseLossWidget.defaults).summary; // 'K = 3: 4 rankings give 12 pairs, …'
 */
import { defineWidget } from '../shared/widget-definition.ts';
import { pairwiseLossEquations } from './equations.ts';
import { pairwiseLossFallback } from './model.ts';
import { pairwiseLossDefaults, pairwiseLossSchema } from './state.ts';

/** The `pairwise-loss` widget: a batch of ranked prompts → pairs, margins, losses and gradients. */
export const pairwiseLossWidget = defineWidget({
  id: 'pairwise-loss',
  tag: 'po-pairwise-loss',
  title: 'The pairwise loss of a reward model',
  section: '3.1',
  description:
    'A batch of four prompts from the toy world, each with a ranking of K answers expanded into C(K,2) pairs ' +
    'weighted 1/C(K,2): each pair’s margin m under the gold reward, its loss and its gradient, for the logistic, ' +
    'hinge and squared losses.',
  blockSize: 1040,
  blockSizeNarrow: 1600,
  schema: pairwiseLossSchema,
  defaults: pairwiseLossDefaults,
  equations: pairwiseLossEquations,
  fallback: pairwiseLossFallback,
});
