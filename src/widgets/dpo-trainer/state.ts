/**
 * State of the `dpo-trainer` widget (content/chapter-5/dpo-trainer.mdx): which policy trains (tabular over the toy
 * world, or a bigram model of sentences), which curves the chart plots, the KL coefficient β, the seed of the toy
 * world and the playback speed. Attributes and URL keys: `policy`, `plot`, `beta`, `seed`, `speed`.
 *
 * @example
 * <po-dpo-trainer policy="bigram" plot="logp" beta="0.1"></po-dpo-trainer>
 */
import { defaultState, type Schema, type StateOf } from '../shared/schema.ts';

/** The widget's schema. */
export const dpoTrainerSchema = {
  policy: {
    kind: 'enum',
    label: 'Policy',
    values: ['tabular', 'bigram'],
    labels: { tabular: 'Tabular, toy world', bigram: 'Bigram, sentences' },
    default: 'tabular',
  },
  plot: {
    kind: 'enum',
    label: 'Plot',
    values: ['loss', 'logp', 'margin', 'optimum'],
    labels: {
      loss: 'Loss and reward accuracy',
      logp: 'log π of chosen and rejected',
      margin: 'Implicit reward margin and KL',
      optimum: 'End point against π* (tabular)',
    },
    default: 'loss',
  },
  beta: {
    kind: 'number',
    label: 'KL coefficient β',
    min: 0.05,
    max: 2,
    step: 0.01,
    default: 0.1,
    scale: 'log',
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
    max: 20,
    default: 10,
  },
} as const satisfies Schema;

/** The `dpo-trainer` state: `{ policy, plot, beta, seed, speed }`. */
export type DpoTrainerState = StateOf<typeof dpoTrainerSchema>;

/**
 * The default state (tabular policy, loss plot, β = 0.1, seed 42, 10 steps per frame).
 *
 * @example
 * dpoTrainerDefaults.beta; // → 0.1
 */
export const dpoTrainerDefaults: DpoTrainerState = defaultState(dpoTrainerSchema);
