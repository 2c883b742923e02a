/**
 * State of the `optimal-policy` widget (content/chapter-5/optimal-policy.mdx): the KL coefficient β on a
 * logarithmic slider, the prompt of the toy world and the world's seed, the direction in which the policy is
 * moved away from the optimum π* (raise one response's logit, move along the reward r/β, or any direction given
 * by four logit offsets d1…d4) and the step ε taken in that direction. Attributes and URL keys: `beta`, `prompt`,
 * `direction`, `step`, `d1`, `d2`, `d3`, `d4`, `seed`.
 *
 * @example
 * <po-optimal-policy beta="0.5" direction="y1" step="-2"></po-optimal-policy>
 * <po-optimal-policy direction="reward" step="-1"></po-optimal-policy>
 * <po-optimal-policy direction="custom" d1="1" d2="-1" d3="0" d4="0.5"></po-optimal-policy>
 */
import { defaultState, type Schema, type StateOf } from '../shared/schema.ts';

/**
 * The directions the reader can move π in: raise the logit of response 1…4, add r/β to the logits, or add the
 * reader's own offsets d1…d4 (any direction).
 */
export const OPTIMAL_POLICY_DIRECTIONS = ['y1', 'y2', 'y3', 'y4', 'reward', 'custom'] as const;

/** The state keys of the custom direction's offsets, one per response. */
export const CUSTOM_OFFSET_KEYS = ['d1', 'd2', 'd3', 'd4'] as const;

/** One custom offset d(y) ∈ [−2, 2]. */
function offsetField(response: number, value: number) {
  return {
    kind: 'number',
    label: `Custom d(${String(response)})`,
    min: -2,
    max: 2,
    step: 0.1,
    default: value,
  } as const;
}

/** One of {@link OPTIMAL_POLICY_DIRECTIONS}. */
export type OptimalPolicyDirection = (typeof OPTIMAL_POLICY_DIRECTIONS)[number];

/** The widget's schema. */
export const optimalPolicySchema = {
  beta: {
    kind: 'number',
    label: 'KL coefficient β (log scale)',
    min: 0.1,
    max: 10,
    step: 0.001,
    default: 1,
    scale: 'log',
  },
  prompt: {
    kind: 'integer',
    label: 'Prompt',
    min: 1,
    max: 8,
    default: 1,
  },
  direction: {
    kind: 'enum',
    label: 'Direction d of the move',
    values: OPTIMAL_POLICY_DIRECTIONS,
    labels: {
      y1: 'raise response 1',
      y2: 'raise response 2',
      y3: 'raise response 3',
      y4: 'raise response 4',
      reward: 'along the reward, r/β',
      custom: 'custom: d(1)…d(4) below',
    },
    default: 'y3',
  },
  step: {
    kind: 'number',
    label: 'Step ε along d',
    min: -3,
    max: 3,
    step: 0.05,
    default: 1,
  },
  d1: offsetField(1, 1),
  d2: offsetField(2, -1),
  d3: offsetField(3, 0),
  d4: offsetField(4, 0),
  seed: {
    kind: 'integer',
    label: 'World seed',
    min: 0,
    max: 4294967295,
    default: 42,
  },
} as const satisfies Schema;

/** The `optimal-policy` state: `{ beta, prompt, direction, step, d1, d2, d3, d4, seed }`. */
export type OptimalPolicyState = StateOf<typeof optimalPolicySchema>;

/**
 * The default state: β = 1 on prompt 1 of the seed-42 world, with response 3's logit raised by ε = 1 (the custom
 * offsets, used only when `direction` is `custom`, start at d = (1, −1, 0, 0)).
 *
 * @example
 * optimalPolicyDefaults; // → { beta: 1, prompt: 1, direction: 'y3', step: 1, d1: 1, d2: -1, d3: 0, d4: 0, seed: 42 }
 */
export const optimalPolicyDefaults: OptimalPolicyState = defaultState(optimalPolicySchema);
