/**
 * Registry entry of the `rewardbench` widget (content/chapter-3/rewardbench.mdx).
 *
 * @example
 * rewardbenchWidget.fallback(rewardbenchWidget.defaults).summary; // 'length-biased reward model on 265 toy triples: …'
 */
import { defineWidget } from '../shared/widget-definition.ts';
import { rewardbenchEquations } from './equations.ts';
import { rewardbenchFallback } from './model.ts';
import { rewardbenchDefaults, rewardbenchSchema } from './state.ts';

/** The `rewardbench` widget: toy reward models scored per category with bootstrap intervals and the overall score. */
export const rewardbenchWidget = defineWidget({
  id: 'rewardbench',
  tag: 'po-rewardbench',
  title: 'RewardBench-style evaluation with bootstrap intervals',
  section: '3.5',
  description:
    'Score toy reward models (gold, length-biased, helpfulness-only, rounded) on four categories built from the toy ' +
    'world (Chat, Chat Hard, Safety, Reasoning), with ties counted wrong, percentile-bootstrap intervals from a seeded ' +
    'generator and the RewardBench score, the mean of the category accuracies.',
  blockSize: 1000,
  blockSizeNarrow: 1500,
  schema: rewardbenchSchema,
  defaults: rewardbenchDefaults,
  equations: rewardbenchEquations,
  fallback: rewardbenchFallback,
});
