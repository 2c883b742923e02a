/**
 * Registry entry of the `dpo-gradient` widget (content/chapter-5/dpo-gradient.mdx).
 *
 * @example
 * dpoGradientWidget.fallback(dpoGradientWidget.defaults).summary; // 'β = 1, DPO loss, step 10 of 200, prompt 1: …'
 */
import { defineWidget } from '../shared/widget-definition.ts';
import { dpoGradientEquations } from './equations.ts';
import { dpoGradientFallback } from './model.ts';
import { dpoGradientDefaults, dpoGradientSchema } from './state.ts';

/** The `dpo-gradient` widget: the DPO gradient pair by pair through training, and the unweighted loss that degenerates. */
export const dpoGradientWidget = defineWidget({
  id: 'dpo-gradient',
  tag: 'po-dpo-gradient',
  title: 'The DPO gradient, pair by pair',
  section: '5.5',
  description:
    'A tabular policy trained with DPO on comparisons from the toy world: scrub through the steps and watch each ' +
    'pair’s gradient weight σ(−u) fall once the implicit reward orders it confidently, the push up on y_w and down on ' +
    'y_l, and the unweighted loss, which keeps pushing every pair until the policy collapses onto one answer.',
  // Measured in Chromium over every slider position and option (tests/e2e/widget-reservation.test.ts): 1121 px at
  // 1440 px wide and 1560 px at 320 px, with at most 11 pairs in the table; a prompt can have 12 (seed 1, prompt 7),
  // one row more.
  blockSize: 1180,
  blockSizeNarrow: 1620,
  schema: dpoGradientSchema,
  defaults: dpoGradientDefaults,
  equations: dpoGradientEquations,
  fallback: dpoGradientFallback,
});
