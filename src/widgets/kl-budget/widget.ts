/**
 * Registry entry of the `kl-budget` widget (content/chapter-1/kl-budget.mdx).
 *
 * @example
 * klBudgetWidget.fallback(klBudgetWidget.defaults).summary; // 'Prompt 1, KL budget ε = 0.20: best E[r] = 1.641 …'
 */
import { defineWidget } from '../shared/widget-definition.ts';
import { klBudgetEquations } from './equations.ts';
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
  // Verified by tests/e2e/widget-reservation.test.ts at these values; measured maxima were 764 px (1000 px
  // viewport) and 1122 px (320 px viewport), so they could be tightened once that test is rerun.
  blockSize: 900,
  blockSizeNarrow: 1200,
  schema: klBudgetSchema,
  defaults: klBudgetDefaults,
  equations: klBudgetEquations,
  fallback: klBudgetFallback,
});
