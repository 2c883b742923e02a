/**
 * Registry entry of the `choice-vs-demo` widget (content/chapter-1/choice-vs-demo.mdx).
 *
 * @example
 * choiceVsDemoWidget.fallback(choiceVsDemoWidget.defaults).summary; // 'T = 1, N = 100, β = 1: expected gold reward …'
 */
import { defineWidget } from '../shared/widget-definition.ts';
import { choiceVsDemoEquations } from './equations.ts';
import { choiceVsDemoFallback } from './model.ts';
import { choiceVsDemoDefaults, choiceVsDemoSchema } from './state.ts';

/** The `choice-vs-demo` widget: SFT on demonstrations against a policy trained from comparisons. */
export const choiceVsDemoWidget = defineWidget({
  id: 'choice-vs-demo',
  tag: 'po-choice-vs-demo',
  title: 'Demonstrations or choices: what each policy learns',
  section: '1.1',
  description:
    'A demonstrator with a temperature writes answers to one prompt; SFT copies its frequencies. An annotator ' +
    'compares pairs of the same answers; a policy trained from those choices moves mass toward the answers ' +
    'people pick. Bars of both policies and the gold reward of each answer, with each policy’s expected gold reward.',
  blockSize: 900,
  // Measured at 320 px over extremes of T, N, β and seed: at most 1264 px; 1290 leaves a line for wider numbers.
  blockSizeNarrow: 1290,
  schema: choiceVsDemoSchema,
  defaults: choiceVsDemoDefaults,
  equations: choiceVsDemoEquations,
  fallback: choiceVsDemoFallback,
});
