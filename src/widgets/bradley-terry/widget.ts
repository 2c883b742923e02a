/**
 * Registry entry of the `bradley-terry` widget (content/chapter-2/bradley-terry.mdx).
 *
 * @example
 * bradleyTerryWidget.fallback(bradleyTerryWidget.defaults).summary; // '4 pairs: P(y_w ≻ y_l) = 0.858, …'
 */
import { bradleyTerryEquations } from './equations.ts';
import { defineWidget } from '../shared/widget-definition.ts';
import { bradleyTerryFallback } from './model.ts';
import { bradleyTerryDefaults, bradleyTerrySchema } from './state.ts';

/** The `bradley-terry` widget: rewards → Bradley–Terry probabilities and the pairwise loss. */
export const bradleyTerryWidget = defineWidget({
  id: 'bradley-terry',
  tag: 'po-bradley-terry',
  title: 'Bradley–Terry: from reward gaps to preference probabilities',
  section: '2.3',
  description:
    'Edit reward pairs and watch each pair sit on the sigmoid P = σ(r_w − r_l), with its probability and ' +
    'pairwise loss. Shifting both rewards by c changes nothing; scaling them does.',
  blockSize: 820,
  blockSizeNarrow: 1036,
  schema: bradleyTerrySchema,
  defaults: bradleyTerryDefaults,
  equations: bradleyTerryEquations,
  fallback: bradleyTerryFallback,
});
