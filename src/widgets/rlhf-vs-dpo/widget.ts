/**
 * Registry entry of the `rlhf-vs-dpo` widget (content/chapter-1/rlhf-vs-dpo.mdx).
 *
 * @example
 * rlhfVsDpoWidget.fallback(rlhfVsDpoWidget.defaults).summary; // 'β = 1, N = 200: after 200 DPO steps …'
 */
import { defineWidget } from '../shared/widget-definition.ts';
import { rlhfVsDpoEquations } from './equations.ts';
import { rlhfVsDpoFallback } from './model.ts';
import { rlhfVsDpoDefaults, rlhfVsDpoSchema } from './state.ts';

/** The `rlhf-vs-dpo` widget: one dataset, two paths (reward model then KL-optimal policy, or DPO), one destination. */
export const rlhfVsDpoWidget = defineWidget({
  id: 'rlhf-vs-dpo',
  tag: 'po-rlhf-vs-dpo',
  title: 'Two paths from the same comparisons: RLHF and DPO',
  section: '1.4',
  description:
    'The same comparisons from the toy world go down two paths: fit Bradley–Terry rewards and take the ' +
    'KL-optimal policy π_ref·exp(r̂/β)/Z, or train the policy directly with the DPO loss. Watch DPO’s policy ' +
    'move onto the first one as it trains, and their total variation distance shrink.',
  // Measured in Chromium over every slider position, training summaries included: 956 px at 1440 px wide and
  // 1424 px at 320 px; the rest leaves room for a line more of summary or caption.
  blockSize: 1040,
  blockSizeNarrow: 1470,
  schema: rlhfVsDpoSchema,
  defaults: rlhfVsDpoDefaults,
  equations: rlhfVsDpoEquations,
  fallback: rlhfVsDpoFallback,
});
