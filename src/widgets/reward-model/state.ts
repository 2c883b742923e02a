/**
 * State of the `reward-model` widget (content/chapter-2/reward-model.mdx): the data (number of comparisons and the
 * seed of the toy world), the training run (learning rate and number of gradient steps) and the per-prompt
 * constant added to the trained rewards. Attributes and URL keys: `comparisons`, `learning-rate`, `steps`, `seed`,
 * `offset`.
 *
 * @example
 * <po-reward-model comparisons="200" learning-rate="0.1" steps="50" seed="7" offset="1"></po-reward-model>
 */
import { defaultState, type Schema, type StateOf } from '../shared/schema.ts';

/** The widget's schema. */
export const rewardModelSchema = {
  comparisons: {
    kind: 'integer',
    label: 'Number of comparisons N',
    min: 10,
    max: 400,
    default: 100,
  },
  learningRate: {
    kind: 'number',
    label: 'Learning rate η',
    min: 0.01,
    max: 10,
    step: 0.01,
    default: 0.5,
    scale: 'log',
  },
  steps: {
    kind: 'integer',
    label: 'Gradient steps T',
    min: 1,
    max: 300,
    default: 100,
  },
  seed: {
    kind: 'integer',
    label: 'Seed of the toy world',
    min: 0,
    max: 9999,
    default: 42,
  },
  offset: {
    kind: 'number',
    label: 'Per-prompt constant c (prompt k gets k·c)',
    min: -3,
    max: 3,
    step: 0.1,
    default: 0,
  },
} as const satisfies Schema;

/** The `reward-model` state: `{ comparisons, learningRate, steps, seed, offset }`. */
export type RewardModelWidgetState = StateOf<typeof rewardModelSchema>;

/**
 * The default state (N = 100, η = 0.5, T = 100, seed 42, c = 0).
 *
 * @example
 * rewardModelDefaults.comparisons; // → 100
 */
export const rewardModelDefaults: RewardModelWidgetState = defaultState(rewardModelSchema);
