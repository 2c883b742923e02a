/**
 * State of the `annotator-agreement` widget (content/chapter-3/annotator-agreement.mdx): the number of simulated
 * annotators, annotator A's base rate of "yes", the rate at which every other annotator flips A's label, the
 * number of items and the seed of the numpy-compatible generator. Attributes and URL keys: `annotators`,
 * `base-rate`, `flip-rate`, `n`, `seed`.
 *
 * @example
 * <po-annotator-agreement base-rate="0.05"></po-annotator-agreement>
 * <po-annotator-agreement annotators="4" flip-rate="0.2"></po-annotator-agreement>
 */
import { defaultState, type Schema, type StateOf } from '../shared/schema.ts';

/** The widget's schema; the defaults are the seed notebook's (base rate 0.3, flip rate 0.12, n = 300, seed 42). */
export const annotatorAgreementSchema = {
  annotators: {
    kind: 'integer',
    label: 'Annotators m',
    min: 2,
    max: 7,
    default: 2,
  },
  baseRate: {
    kind: 'number',
    label: 'Base rate b (A says yes)',
    min: 0.01,
    max: 0.99,
    step: 0.01,
    default: 0.3,
  },
  flipRate: {
    kind: 'number',
    label: 'Flip rate ε',
    min: 0,
    max: 0.5,
    step: 0.01,
    default: 0.12,
  },
  n: {
    kind: 'integer',
    label: 'Items n',
    min: 20,
    max: 2000,
    default: 300,
  },
  seed: {
    kind: 'integer',
    label: 'Seed',
    min: 0,
    max: 9999,
    default: 42,
  },
} as const satisfies Schema;

/** The `annotator-agreement` state: `{ annotators, baseRate, flipRate, n, seed }`. */
export type AnnotatorAgreementState = StateOf<typeof annotatorAgreementSchema>;

/**
 * The default state: the seed notebook's two reviewers.
 *
 * @example
 * annotatorAgreementDefaults; // → { annotators: 2, baseRate: 0.3, flipRate: 0.12, n: 300, seed: 42 }
 */
export const annotatorAgreementDefaults: AnnotatorAgreementState = defaultState(annotatorAgreementSchema);
