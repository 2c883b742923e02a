/**
 * Registry entry of the `reference-policy` widget (content/chapter-2/reference-policy.mdx).
 *
 * @example
 * referencePolicyWidget.fallback(referencePolicyWidget.defaults).summary; // 'π_ref from 20 demonstrations is 0 on …'
 */
import { defineWidget } from '../shared/widget-definition.ts';
import { referencePolicyEquations } from './equations.ts';
import { referencePolicyFallback } from './model.ts';
import { referencePolicyDefaults, referencePolicySchema } from './state.ts';

/** The `reference-policy` widget: a reference policy fitted on demonstrations, a candidate policy, KL both ways. */
export const referencePolicyWidget = defineWidget({
  id: 'reference-policy',
  tag: 'po-reference-policy',
  title: 'Reference policy: KL(π‖π_ref) and KL(π_ref‖π)',
  section: '2.4',
  description:
    'A reference policy fitted on n demonstrations of one toy-world prompt, and a candidate policy made from it ' +
    'with a temperature and a mix toward uniform. Compare KL(π‖π_ref) with KL(π_ref‖π), and see KL(π‖π_ref) ' +
    'become infinite when π puts mass where π_ref is zero.',
  blockSize: 960,
  blockSizeNarrow: 1290,
  schema: referencePolicySchema,
  defaults: referencePolicyDefaults,
  equations: referencePolicyEquations,
  fallback: referencePolicyFallback,
});
