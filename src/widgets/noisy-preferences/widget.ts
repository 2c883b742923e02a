/**
 * Registry entry of the `noisy-preferences` widget (content/chapter-1/noisy-preferences.mdx).
 *
 * @example
 * noisyPreferencesWidget.fallback(noisyPreferencesWidget.defaults).summary; // 'ε = 0.2, n = 200 pairs: effective sample size …'
 */
import { defineWidget } from '../shared/widget-definition.ts';
import { noisyPreferencesEquations } from './equations.ts';
import { noisyPreferencesFallback } from './model.ts';
import { noisyPreferencesDefaults, noisyPreferencesSchema } from './state.ts';

/** The `noisy-preferences` widget: learning curves under label noise, and the feedback loop as a simulation. */
export const noisyPreferencesWidget = defineWidget({
  id: 'noisy-preferences',
  tag: 'po-noisy-preferences',
  title: 'Noisy labels: what they cost, and the feedback loop',
  section: '1.5',
  description:
    'Learning curves of a reward model fitted to toy-world comparisons whose labels are flipped with rate ε: ' +
    'ranking accuracy against the number of pairs, one curve per ε. A second view runs the feedback loop ' +
    '(collect pairs from the current policy, refit the reward model, retrain the policy) and plots what each round achieves.',
  blockSize: 1000,
  blockSizeNarrow: 1430,
  schema: noisyPreferencesSchema,
  defaults: noisyPreferencesDefaults,
  fallback: noisyPreferencesFallback,
  equations: noisyPreferencesEquations,
});
