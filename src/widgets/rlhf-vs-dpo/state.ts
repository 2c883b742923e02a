/**
 * State of the `rlhf-vs-dpo` widget (content/chapter-1/rlhf-vs-dpo.mdx): the KL coefficient β, the number of
 * comparisons N drawn from the toy world, how many DPO steps t to train, the prompt whose policies the chart
 * shows, and the seed of the toy world. Attributes and URL keys: `beta`, `comparisons`, `steps`, `prompt`, `seed`.
 *
 * @example
 * <po-rlhf-vs-dpo beta="0.5" comparisons="100" steps="20" prompt="3" seed="7"></po-rlhf-vs-dpo>
 */
import { defaultState, type Schema, type StateOf } from '../shared/schema.ts';

/** The widget's schema. */
export const rlhfVsDpoSchema = {
  beta: {
    kind: 'number',
    label: 'KL coefficient β',
    min: 0.05,
    max: 10,
    step: 0.01,
    default: 1,
    scale: 'log',
  },
  comparisons: {
    kind: 'integer',
    label: 'Number of comparisons N',
    min: 50,
    max: 2000,
    default: 200,
  },
  steps: {
    kind: 'integer',
    label: 'DPO training steps t',
    min: 0,
    max: 500,
    default: 200,
  },
  prompt: {
    kind: 'integer',
    label: 'Prompt shown',
    min: 1,
    max: 8,
    default: 1,
  },
  seed: {
    kind: 'integer',
    label: 'Seed of the toy world',
    min: 0,
    max: 9999,
    default: 42,
  },
} as const satisfies Schema;

/** The `rlhf-vs-dpo` state: `{ beta, comparisons, steps, prompt, seed }`. */
export type RlhfVsDpoState = StateOf<typeof rlhfVsDpoSchema>;

/**
 * The default state (β = 1, N = 200, t = 200 steps, prompt 1, seed 42).
 *
 * @example
 * rlhfVsDpoDefaults.comparisons; // → 200
 */
export const rlhfVsDpoDefaults: RlhfVsDpoState = defaultState(rlhfVsDpoSchema);
