/**
 * State of the `choice-vs-demo` widget (content/chapter-1/choice-vs-demo.mdx): the demonstrator's temperature,
 * the number of comparisons, β and the seed of the toy world. Attributes and URL keys: `temperature`,
 * `comparisons`, `beta`, `seed`.
 *
 * @example
 * <po-choice-vs-demo temperature="3" comparisons="40" beta="0.5" seed="7"></po-choice-vs-demo>
 */
import { defaultState, type Schema, type StateOf } from '../shared/schema.ts';

/** The widget's schema. */
export const choiceVsDemoSchema = {
  temperature: {
    kind: 'number',
    label: 'Demonstrator temperature T',
    min: 0.1,
    max: 10,
    step: 0.01,
    default: 1,
    scale: 'log',
  },
  comparisons: {
    kind: 'integer',
    label: 'Number of comparisons N',
    min: 5,
    max: 500,
    default: 100,
  },
  beta: {
    kind: 'number',
    label: 'KL coefficient β',
    min: 0.05,
    max: 10,
    step: 0.01,
    default: 1,
    scale: 'log',
  },
  seed: {
    kind: 'integer',
    label: 'Seed of the toy world',
    min: 0,
    max: 9999,
    default: 42,
  },
} as const satisfies Schema;

/** The `choice-vs-demo` state: `{ temperature, comparisons, beta, seed }`. */
export type ChoiceVsDemoState = StateOf<typeof choiceVsDemoSchema>;

/**
 * The default state (T = 1, N = 100, β = 1, seed 42).
 *
 * @example
 * choiceVsDemoDefaults.comparisons; // → 100
 */
export const choiceVsDemoDefaults: ChoiceVsDemoState = defaultState(choiceVsDemoSchema);
