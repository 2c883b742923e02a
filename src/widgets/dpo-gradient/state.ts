/**
 * State of the `dpo-gradient` widget (content/chapter-5/dpo-gradient.mdx): the KL coefficient β, the loss (DPO's
 * sigmoid loss, whose gradient weighs each pair by σ(−u), or the unweighted loss −u, which gives every pair weight
 * 1), the training step t the reader looks at, the prompt shown, what the chart shows, and the seed of the toy
 * world. Attributes and URL keys: `beta`, `loss`, `step`, `prompt`, `view`, `seed`.
 *
 * @example
 * <po-dpo-gradient beta="0.5" loss="unweighted" step="40" view="log-probs"></po-dpo-gradient>
 */
import { defaultState, type Schema, type StateOf } from '../shared/schema.ts';

/** Full-batch steps in a run (the step slider's range). */
export const RUN_STEPS = 200;

/** The losses: DPO (weight σ(−u)) and the unweighted loss −u (weight 1). */
export const dpoGradientLosses = ['sigmoid', 'unweighted'] as const;

/** What the chart shows: each pair's gradient weight, or each answer's log-probability with the KL. */
export const dpoGradientViews = ['weights', 'log-probs'] as const;

/** The widget's schema. */
export const dpoGradientSchema = {
  beta: {
    kind: 'number',
    label: 'KL coefficient β',
    min: 0.05,
    max: 10,
    step: 0.01,
    default: 1,
    scale: 'log',
  },
  loss: {
    kind: 'enum',
    label: 'Loss',
    values: dpoGradientLosses,
    labels: { sigmoid: 'DPO: weight σ(−u)', unweighted: 'unweighted: weight 1' },
    default: 'sigmoid',
  },
  step: {
    kind: 'integer',
    label: 'Training step t',
    min: 0,
    max: RUN_STEPS,
    default: 10,
  },
  prompt: {
    kind: 'integer',
    label: 'Prompt shown',
    min: 1,
    max: 8,
    default: 1,
  },
  view: {
    kind: 'enum',
    label: 'Chart',
    values: dpoGradientViews,
    // Short enough for the select to fit the widget at 320 px (content/chapter-5/dpo-gradient.mdx, tests/e2e/widgets.test.ts).
    labels: { weights: 'gradient weight of each pair', 'log-probs': 'log π of each answer, KL' },
    default: 'weights',
  },
  seed: {
    kind: 'integer',
    label: 'Seed of the toy world',
    min: 0,
    max: 9999,
    default: 42,
  },
} as const satisfies Schema;

/** The `dpo-gradient` state: `{ beta, loss, step, prompt, view, seed }`. */
export type DpoGradientState = StateOf<typeof dpoGradientSchema>;

/**
 * The default state (β = 1, the DPO loss, step 10 of 200, prompt 1, the weights chart, seed 42).
 *
 * @example
 * dpoGradientDefaults.step; // → 10
 */
export const dpoGradientDefaults: DpoGradientState = defaultState(dpoGradientSchema);
