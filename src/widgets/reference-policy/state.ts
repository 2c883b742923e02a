/**
 * State of the `reference-policy` widget (content/chapter-2/reference-policy.mdx): the toy world's seed, the
 * number of demonstrations the reference policy π_ref is fitted on, and the two controls that turn π_ref into a
 * candidate policy π (temperature T, then a mix with weight α toward the uniform distribution). Attributes and
 * URL keys: `seed`, `demonstrations`, `temperature`, `mix`.
 *
 * @example
 * <po-reference-policy demonstrations="20" temperature="0.5" mix="0.1"></po-reference-policy>
 */
import { defaultState, type Schema, type StateOf } from '../shared/schema.ts';

/** The widget's schema. */
export const referencePolicySchema = {
  seed: {
    kind: 'integer',
    label: 'Seed of the toy world',
    min: 0,
    max: 9999,
    default: 42,
  },
  demonstrations: {
    kind: 'integer',
    label: 'Demonstrations n that π_ref is fitted on',
    min: 1,
    max: 500,
    default: 20,
  },
  temperature: {
    kind: 'number',
    label: 'Temperature T of π',
    min: 0.1,
    max: 10,
    step: 0.01,
    default: 0.5,
    scale: 'log',
  },
  mix: {
    kind: 'number',
    label: 'Mix weight α of π toward uniform',
    min: 0,
    max: 1,
    step: 0.01,
    default: 0,
  },
} as const satisfies Schema;

/** The `reference-policy` state: `{ seed, demonstrations, temperature, mix }`. */
export type ReferencePolicyState = StateOf<typeof referencePolicySchema>;

/**
 * The default state: seed 42, π_ref fitted on 20 demonstrations, π at T = 0.5 with no mix.
 *
 * @example
 * referencePolicyDefaults.demonstrations; // → 20
 */
export const referencePolicyDefaults: ReferencePolicyState = defaultState(referencePolicySchema);
