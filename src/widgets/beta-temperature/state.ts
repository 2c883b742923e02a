/**
 * State of the `beta-temperature` widget (content/chapter-2/beta-temperature.mdx): the KL coefficient β on a
 * logarithmic slider, the prompt of the toy world, whether the runner-up response is raised to the best reward
 * (a tie at the top), and the world's seed. Attributes and URL keys: `beta`, `prompt`, `tie`, `seed`.
 *
 * @example
 * <po-beta-temperature beta="0.05" prompt="7"></po-beta-temperature>
 * <po-beta-temperature beta="0.01" tie></po-beta-temperature>
 */
import { defaultState, type Schema, type StateOf } from '../shared/schema.ts';

/** The widget's schema. */
export const betaTemperatureSchema = {
  beta: {
    kind: 'number',
    label: 'KL coefficient β (log scale)',
    min: 0.01,
    max: 100,
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
  tie: {
    kind: 'boolean',
    label: 'Tie at the top: raise the runner-up to the best reward',
    default: false,
  },
  seed: {
    kind: 'integer',
    label: 'World seed',
    min: 0,
    max: 4294967295,
    default: 42,
  },
} as const satisfies Schema;

/** The `beta-temperature` state: `{ beta, prompt, tie, seed }`. */
export type BetaTemperatureState = StateOf<typeof betaTemperatureSchema>;

/**
 * The default state: β = 1 on prompt 1 of the seed-42 world, rewards as the world gives them.
 *
 * @example
 * betaTemperatureDefaults; // → { beta: 1, prompt: 1, tie: false, seed: 42 }
 */
export const betaTemperatureDefaults: BetaTemperatureState = defaultState(betaTemperatureSchema);
