/**
 * State of the `rm-training` widget (content/chapter-4/rm-training.mdx): the answers ranked per prompt $K$, the
 * labeller's noise $\tau$, the step size $\eta$, the seed of the toy world and the playback speed.
 * Attributes and URL keys: `size`, `noise`, `rate`, `seed`, `speed`.
 *
 * @example
 * <po-rm-training size="4" noise="2"></po-rm-training>
 */
import { defaultState, type Schema, type StateOf } from '../shared/schema.ts';

/** The widget's schema. */
export const rmTrainingSchema = {
  size: { kind: 'integer', label: 'Answers ranked per prompt K', min: 2, max: 9, default: 9 },
  noise: { kind: 'number', label: 'Label noise τ', min: 0.25, max: 3, step: 0.25, default: 1 },
  rate: { kind: 'number', label: 'Step size η', min: 0.25, max: 64, step: 0.25, default: 1 },
  seed: { kind: 'integer', label: 'Seed of the toy world', min: 0, max: 9999, default: 42 },
  speed: { kind: 'integer', label: 'Speed (tenths of an epoch per frame)', min: 1, max: 10, default: 1 },
} as const satisfies Schema;

/** The `rm-training` state: `{ size, noise, rate, seed, speed }`. */
export type RmTrainingState = StateOf<typeof rmTrainingSchema>;

/**
 * The default state: rankings of K = 9 answers (InstructGPT's largest), τ = 1, η = 1, seed 42, one tenth of an
 * epoch per frame.
 *
 * @example
 * rmTrainingDefaults; // → { size: 9, noise: 1, rate: 1, seed: 42, speed: 1 }
 */
export const rmTrainingDefaults: RmTrainingState = defaultState(rmTrainingSchema);
