/**
 * State of the `rewardbench` widget (content/chapter-3/rewardbench.mdx): which toy reward model is scored, how
 * a tie is credited, the size and seed of the toy world the benchmark is built from, and the bootstrap's number
 * of resamples and confidence level. Attributes and URL keys: `model`, `tie-half`, `prompts`, `seed`,
 * `resamples`, `level`.
 *
 * @example
 * <po-rewardbench model="rounded" tie-half="true"></po-rewardbench>
 */
import { defaultState, type Schema, type StateOf } from '../shared/schema.ts';

/** The toy reward models, in picker order (their weights are in src/math/world/reward-bench.ts). */
export const rewardbenchModels = ['gold', 'length', 'helpful', 'rounded'] as const;

/** The widget's schema; the default scores the length-biased reward model on 30 prompts of seed 42. */
export const rewardbenchSchema = {
  model: {
    kind: 'enum',
    label: 'Reward model',
    values: rewardbenchModels,
    labels: {
      gold: 'gold reward',
      length: 'length-biased',
      helpful: 'helpfulness-only',
      rounded: 'rounded gold (ties)',
    },
    default: 'length',
  },
  tieHalf: {
    kind: 'boolean',
    label: 'Count a tie as ½',
    default: false,
  },
  prompts: {
    kind: 'integer',
    label: 'Prompts in the toy world',
    min: 20,
    max: 100,
    default: 30,
  },
  seed: {
    kind: 'integer',
    label: 'Seed',
    min: 0,
    max: 9999,
    default: 42,
  },
  resamples: {
    kind: 'integer',
    label: 'Bootstrap resamples B',
    min: 100,
    max: 2000,
    default: 1000,
  },
  level: {
    kind: 'number',
    label: 'Confidence level c',
    min: 0.5,
    max: 0.99,
    step: 0.01,
    default: 0.95,
  },
} as const satisfies Schema;

/** The `rewardbench` state: `{ model, tieHalf, prompts, seed, resamples, level }`. */
export type RewardbenchState = StateOf<typeof rewardbenchSchema>;

/**
 * The default state.
 *
 * @example
 * rewardbenchDefaults; // → { model: 'length', tieHalf: false, prompts: 30, seed: 42, resamples: 1000, level: 0.95 }
 */
export const rewardbenchDefaults: RewardbenchState = defaultState(rewardbenchSchema);
