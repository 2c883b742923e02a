/**
 * Registry entry of the `preference-pair` widget (content/chapter-2/preference-pair.mdx).
 *
 * @example
 * preferencePairWidget.fallback(preferencePairWidget.defaults).summary; // 'Record 1 of 10 (sky-a-b), as recorded, …'
 */
import { defineWidget } from '../shared/widget-definition.ts';
import { preferencePairEquations } from './equations.ts';
import { preferencePairFallback } from './model.ts';
import { preferencePairDefaults, preferencePairSchema } from './state.ts';

/** The `preference-pair` widget: one record of the shipped dataset, its two orders and both losses. */
export const preferencePairWidget = defineWidget({
  id: 'preference-pair',
  tag: 'po-preference-pair',
  title: 'A preference record and the two losses that read it',
  section: '2.1',
  description:
    'Pick a record of a small preference dataset (prompt, chosen, rejected, votes), swap chosen and rejected, and ' +
    'watch the reward-model loss −log σ(m) and the DPO loss −log σ(βΔ) of that pair change by exactly the margin.',
  blockSize: 1150,
  blockSizeNarrow: 1700,
  schema: preferencePairSchema,
  defaults: preferencePairDefaults,
  equations: preferencePairEquations,
  fallback: preferencePairFallback,
});
