/**
 * Registry entry of the `rm-training` widget (content/chapter-4/rm-training.mdx).
 *
 * @example
 * rmTrainingWidget.fallback(rmTrainingWidget.defaults).summary; // 'K = 9, τ = 1, η = 1, epoch 4.0 of 4: …'
 */
import { defineWidget } from '../shared/widget-definition.ts';
import { rmTrainingEquations } from './equations.ts';
import { rmTrainingFallback } from './model.ts';
import { rmTrainingDefaults, rmTrainingSchema } from './state.ts';

/** The `rm-training` widget: a reward model's training and validation loss over epochs, K-wise vs shuffled pairs. */
export const rmTrainingWidget = defineWidget({
  id: 'rm-training',
  tag: 'po-rm-training',
  title: 'Reward model training: shuffled pairs vs K-wise batches',
  section: '4.2',
  description:
    'Play, pause, step and rewind a tabular reward model training on one noisy ranking of K answers per prompt, ' +
    'twice: with the ranking’s pairs shuffled as independent examples, and with each ranking as one K-wise batch ' +
    'element (InstructGPT). Training and validation loss and accuracy by epoch, against the labeller’s own model.',
  blockSize: 1000,
  blockSizeNarrow: 1580,
  schema: rmTrainingSchema,
  defaults: rmTrainingDefaults,
  equations: rmTrainingEquations,
  fallback: rmTrainingFallback,
});
