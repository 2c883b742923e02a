/**
 * State of the `noisy-preferences` widget (content/chapter-1/noisy-preferences.mdx): which view is shown
 * (learning curves of a reward model, or rounds of the feedback loop), the label flip rate ε, the dataset size n
 * of the curves, the pairs collected per round m and the KL coefficient β of the rounds, and the toy world's
 * seed. Attributes and URL keys: `view`, `epsilon`, `n`, `per-round`, `beta`, `seed`.
 *
 * @example
 * <po-noisy-preferences epsilon="0.3" n="500"></po-noisy-preferences>
 * <po-noisy-preferences view="rounds" epsilon="0.2" beta="0.5"></po-noisy-preferences>
 */
import { defaultState, type Schema, type StateOf } from '../shared/schema.ts';

/** The two views: learning curves (default) and feedback rounds. */
export const noisyPreferencesViews = ['curves', 'rounds'] as const;

/** One view. */
export type NoisyPreferencesView = (typeof noisyPreferencesViews)[number];

/** The widget's schema. */
export const noisyPreferencesSchema = {
  view: {
    kind: 'enum',
    label: 'View',
    values: noisyPreferencesViews,
    labels: { curves: 'Learning curves', rounds: 'Feedback rounds' },
    default: 'curves',
  },
  epsilon: {
    kind: 'number',
    label: 'Label flip rate ε',
    min: 0,
    max: 0.5,
    step: 0.01,
    default: 0.2,
  },
  n: {
    kind: 'integer',
    label: 'Dataset size n (pairs)',
    min: 10,
    max: 2000,
    default: 200,
  },
  perRound: {
    kind: 'integer',
    label: 'Pairs per round m',
    min: 10,
    max: 200,
    default: 50,
  },
  beta: {
    kind: 'number',
    label: 'KL coefficient β',
    min: 0.1,
    max: 2,
    step: 0.01,
    default: 0.5,
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

/** The `noisy-preferences` state: `{ view, epsilon, n, perRound, beta, seed }`. */
export type NoisyPreferencesState = StateOf<typeof noisyPreferencesSchema>;

/**
 * The default state: learning curves, ε = 0.2, n = 200, m = 50, β = 0.5, seed 42.
 *
 * @example
 * noisyPreferencesDefaults.epsilon; // → 0.2
 */
export const noisyPreferencesDefaults: NoisyPreferencesState = defaultState(noisyPreferencesSchema);
