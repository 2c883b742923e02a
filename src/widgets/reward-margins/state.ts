/**
 * State of the `reward-margins` widget (content/chapter-3/reward-margins.mdx): which margin term the reward model's
 * loss has (none, or Llama 2's small or large rating margins), the seed of the toy world and the playback speed.
 * Attributes and URL keys: `margin`, `seed`, `speed`.
 *
 * @example
 * <po-reward-margins margin="none" seed="7"></po-reward-margins>
 */
import { defaultState, type Schema, type StateOf } from '../shared/schema.ts';

/** The widget's schema. */
export const rewardMarginsSchema = {
  margin: {
    kind: 'enum',
    label: 'Margin term m(r)',
    values: ['none', 'small', 'large'],
    labels: { none: 'None (plain pairwise loss)', small: 'Small: 1, 2/3, 1/3, 0', large: 'Large: 3, 2, 1, 0' },
    default: 'large',
  },
  seed: {
    kind: 'integer',
    label: 'Seed of the toy world',
    min: 0,
    max: 9999,
    default: 42,
  },
  speed: {
    kind: 'integer',
    label: 'Speed (steps per frame)',
    min: 1,
    max: 10,
    default: 2,
  },
} as const satisfies Schema;

/** The `reward-margins` state: `{ margin, seed, speed }`. */
export type RewardMarginsState = StateOf<typeof rewardMarginsSchema>;

/**
 * The default state (Llama 2's large margins, seed 42, 2 steps per frame).
 *
 * @example
 * rewardMarginsDefaults.margin; // → 'large'
 */
export const rewardMarginsDefaults: RewardMarginsState = defaultState(rewardMarginsSchema);
