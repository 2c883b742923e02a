/**
 * State of the `implicit-reward` widget (content/chapter-5/implicit-reward.mdx): the KL coefficient β, the
 * temperature T that turns the optimal policy π* into the reader's policy π_θ ∝ (π*)^{1/T}, a constant c added
 * to the reward, and which prompt of which toy world. Attributes and URL keys: `beta`, `temperature`, `shift`,
 * `prompt`, `seed`.
 *
 * @example
 * <po-implicit-reward temperature="3" shift="2"></po-implicit-reward>
 */
import { defaultState, type Schema, type StateOf } from '../shared/schema.ts';

/** The widget's schema. */
export const implicitRewardSchema = {
  beta: {
    kind: 'number',
    label: 'KL coefficient β (log scale)',
    min: 0.1,
    max: 10,
    step: 0.01,
    default: 1,
    scale: 'log',
  },
  temperature: {
    kind: 'number',
    label: 'Temperature T of π_θ ∝ (π*)^(1/T) (log scale)',
    min: 0.1,
    max: 10,
    step: 0.01,
    default: 1,
    scale: 'log',
  },
  shift: {
    kind: 'number',
    label: 'Constant c added to the reward',
    min: -5,
    max: 5,
    step: 0.1,
    default: 0,
  },
  prompt: {
    kind: 'integer',
    label: 'Prompt',
    min: 1,
    max: 8,
    default: 1,
  },
  seed: {
    kind: 'integer',
    label: 'World seed',
    min: 0,
    max: 9999,
    default: 42,
  },
} as const satisfies Schema;

/** The `implicit-reward` state: `{ beta, temperature, shift, prompt, seed }`. */
export type ImplicitRewardState = StateOf<typeof implicitRewardSchema>;

/**
 * The default state: β = 1, π_θ = π* (T = 1), no constant added, prompt 1 of the seed-42 world.
 *
 * @example
 * implicitRewardDefaults; // → { beta: 1, temperature: 1, shift: 0, prompt: 1, seed: 42 }
 */
export const implicitRewardDefaults: ImplicitRewardState = defaultState(implicitRewardSchema);
