/**
 * Registry entry of the `reward-model` widget (content/chapter-2/reward-model.mdx).
 *
 * @example
 * rewardModelWidget.fallback(rewardModelWidget.defaults).summary; // 'Step 100 of 100 (η = 0.5, N = 100): loss 0.5798, …'
 */
import { defineWidget } from '../shared/widget-definition.ts';
import { rewardModelEquations } from './equations.ts';
import { rewardModelFallback } from './model.ts';
import { rewardModelDefaults, rewardModelSchema } from './state.ts';

/** The `reward-model` widget: a linear reward model trained on comparisons from the toy world. */
export const rewardModelWidget = defineWidget({
  id: 'reward-model',
  tag: 'po-reward-model',
  title: 'A linear reward model trained on comparisons',
  section: '2.2',
  description:
    'Train a linear reward model r(x, y) = w · ψ(x, y) by gradient descent on the pairwise loss over comparisons ' +
    'from the toy world. Each response is a point in feature space coloured by its learned reward; the learned ' +
    'weights are drawn next to the gold ones. Adding a constant per prompt moves every reward and changes no loss.',
  // Measured in Chromium over every slider position (tests/e2e/widget-reservation.test.ts): at most 1470 px at
  // 1440 and 1000 px wide, 1917 px at 320 px wide (the controls stack and the caption wraps).
  blockSize: 1510,
  blockSizeNarrow: 1960,
  schema: rewardModelSchema,
  defaults: rewardModelDefaults,
  equations: rewardModelEquations,
  fallback: rewardModelFallback,
});
