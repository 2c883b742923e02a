/**
 * Registry entry of the `kl-budget` widget (content/chapter-1/kl-budget.mdx).
 *
 * @example
 * klBudgetWidget.fallback(klBudgetWidget.defaults).summary; // 'Prompt 1, KL budget ε = 0.20: best E[r] = 1.641 …'
 */
import { defineWidget } from '../shared/widget-definition.ts';
import { klBudgetFallback } from './model.ts';
import { klBudgetDefaults, klBudgetSchema } from './state.ts';

/** The `kl-budget` widget: the reward–KL frontier of a categorical policy, and the seed notebook's toy curve. */
export const klBudgetWidget = defineWidget({
  id: 'kl-budget',
  tag: 'po-kl-budget',
  title: 'Policy shift under a KL budget: the reward–KL frontier',
  section: '1.3',
  description:
    'Drag a KL budget along the exact reward–KL frontier of one toy-world prompt and see the best expected reward ' +
    'reachable inside it, the policy that reaches it and its β; the seed preset replays the notebook’s toy curve s − β·s².',
  blockSize: 800,
  blockSizeNarrow: 1160,
  schema: klBudgetSchema,
  defaults: klBudgetDefaults,
  fallback: klBudgetFallback,
});
