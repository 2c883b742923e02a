/**
 * Registry entry of the `dpo-trainer` widget (content/chapter-5/dpo-trainer.mdx).
 *
 * @example
 * dpoTrainerWidget.fallback(dpoTrainerWidget.defaults).summary; // 'Tabular policy, β = 0.1, step 300 of 300: loss 0.5911, …'
 */
import { defineWidget } from '../shared/widget-definition.ts';
import { dpoTrainerEquations } from './equations.ts';
import { dpoTrainerFallback } from './model.ts';
import { dpoTrainerDefaults, dpoTrainerSchema } from './state.ts';

/** The `dpo-trainer` widget: DPO trained in the browser, on a tabular policy or on a bigram model of sentences. */
export const dpoTrainerWidget = defineWidget({
  id: 'dpo-trainer',
  tag: 'po-dpo-trainer',
  title: 'DPO trained in your browser',
  section: '5.4',
  description:
    'Play, pause, step and reset a DPO run: a tabular policy over the toy world, whose end point you compare with ' +
    'the closed-form optimal policy π* for the same β, or a bigram model of six polite and curt sentence pairs, ' +
    'where the log-probability of the chosen sentences can fall while the loss improves. Plots the loss, the ' +
    'reward accuracy, the implicit reward margin, log π of chosen and rejected answers and the KL to π_ref.',
  // Measured in Chromium on the section page: at most 938 px at 1440 and 1000 px wide (the π* table of seed 0),
  // 1306 px at 320 px wide; tests/e2e/widget-reservation.test.ts checks every control position.
  blockSize: 990,
  blockSizeNarrow: 1390,
  schema: dpoTrainerSchema,
  defaults: dpoTrainerDefaults,
  equations: dpoTrainerEquations,
  fallback: dpoTrainerFallback,
});
