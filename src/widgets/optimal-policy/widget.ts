/**
 * Registry entry of the `optimal-policy` widget (content/chapter-5/optimal-policy.mdx).
 *
 * @example
 * optimalPolicyWidget.fallback(optimalPolicyWidget.defaults).summary; // 'Prompt 1, β = 1, response 3 raised by ε = 1: …'
 */
import { defineWidget } from '../shared/widget-definition.ts';
import { optimalPolicyEquations } from './equations.ts';
import { optimalPolicyFallback } from './model.ts';
import { optimalPolicyDefaults, optimalPolicySchema } from './state.ts';

/** The `optimal-policy` widget: π* = π_ref·e^{r/β}/Z, and every move away from it costs β·KL(π‖π*). */
export const optimalPolicyWidget = defineWidget({
  id: 'optimal-policy',
  tag: 'po-optimal-policy',
  title: 'The optimal policy π* and the cost of leaving it',
  section: '5.1',
  description:
    'For one toy-world prompt, the optimum π* = π_ref·e^{r/β}/Z of the KL-regularized objective with its ' +
    'partition function Z. Move the policy away from π* in any direction and watch the objective ' +
    'E[r] − β·KL(π‖π_ref) fall below its maximum β log Z by exactly β·KL(π‖π*).',
  // Measured in Chromium over 60 random states and the extremes (custom offsets of −1.95 and long summaries):
  // at most 1197 px wide and 1713 px at 320 px.
  blockSize: 1230,
  blockSizeNarrow: 1750,
  schema: optimalPolicySchema,
  defaults: optimalPolicyDefaults,
  equations: optimalPolicyEquations,
  fallback: optimalPolicyFallback,
});
