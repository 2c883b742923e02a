/**
 * State of the `overoptimization` widget (content/chapter-4/overoptimization.mdx): which prompt of the toy world,
 * how the reward models are combined, the length penalty η, the KL coefficient β and the KL budget at which the
 * optimization stops early. Attributes and URL keys: `prompt`, `ensemble`, `length-penalty`, `beta`, `budget`.
 *
 * @example
 * <po-overoptimization ensemble="mean" beta="0.3"></po-overoptimization>
 */
import { defaultState, type Schema, type StateOf } from '../shared/schema.ts';

/** The widget's schema. */
export const overoptimizationSchema = {
  prompt: {
    kind: 'integer',
    label: 'Prompt',
    min: 1,
    max: 8,
    default: 2,
  },
  ensemble: {
    kind: 'enum',
    label: 'Proxy reward',
    values: ['single', 'mean', 'min'],
    labels: { single: 'One reward model', mean: 'Mean of 5 reward models', min: 'Min of 5 reward models' },
    default: 'single',
  },
  lengthPenalty: {
    kind: 'number',
    label: 'Length penalty η',
    min: 0,
    max: 1.5,
    step: 0.05,
    default: 0,
  },
  beta: {
    kind: 'number',
    label: 'KL coefficient β',
    min: 0.01,
    max: 10,
    step: 0.01,
    default: 0.1,
    scale: 'log',
  },
  budget: {
    kind: 'number',
    label: 'Early stop at KL (nats)',
    min: 0,
    max: 3,
    step: 0.05,
    default: 3,
  },
} as const satisfies Schema;

/** The `overoptimization` state. */
export type OveroptimizationState = StateOf<typeof overoptimizationSchema>;

/**
 * The default state: prompt 2, one reward model, no length penalty, β = 0.1, no early stop (3 nats is more than
 * the greedy policy's KL, log 16).
 *
 * @example
 * overoptimizationDefaults.beta; // → 0.1
 */
export const overoptimizationDefaults: OveroptimizationState = defaultState(overoptimizationSchema);
