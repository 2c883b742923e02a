/**
 * Registry entry of the `annotator-agreement` widget (content/chapter-3/annotator-agreement.mdx).
 *
 * @example
 * annotatorAgreementWidget.fallback(annotatorAgreementWidget.defaults).summary; // 'A and B on 300 items … Cohen’s κ 0.633 …'
 */
import { defineWidget } from '../shared/widget-definition.ts';
import { annotatorAgreementEquations } from './equations.ts';
import { annotatorAgreementFallback } from './model.ts';
import { annotatorAgreementDefaults, annotatorAgreementSchema } from './state.ts';

/** The `annotator-agreement` widget: simulated annotators, raw agreement against Cohen's and Fleiss' κ, majority votes. */
export const annotatorAgreementWidget = defineWidget({
  id: 'annotator-agreement',
  tag: 'po-annotator-agreement',
  title: 'Annotator disagreement: agreement, κ and the κ paradox',
  section: '3.3',
  description:
    'Simulate two to seven annotators (base rate, flip rate, number of items, seed; the defaults reproduce the seed ' +
    'notebook’s agreement 0.840 and κ 0.633), compare raw agreement with Cohen’s and Fleiss’ κ, skew the base rate ' +
    'to watch κ collapse at the same agreement, and see how often a majority vote recovers the reference label.',
  // Verified by tests/e2e/widget-reservation.test.ts; the narrow sweep measured at most 1441 px at 320 px wide.
  blockSize: 1000,
  blockSizeNarrow: 1500,
  schema: annotatorAgreementSchema,
  defaults: annotatorAgreementDefaults,
  equations: annotatorAgreementEquations,
  fallback: annotatorAgreementFallback,
});
