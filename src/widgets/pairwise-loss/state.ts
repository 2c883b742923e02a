/**
 * State of the `pairwise-loss` widget (content/chapter-3/pairwise-loss.mdx): the seed of the toy world and of its
 * rankings, how many answers $K$ each prompt's labeller ranks, and the loss applied to each pair's margin.
 * Attributes and URL keys: `seed`, `k`, `loss`.
 *
 * @example
 * <po-pairwise-loss seed="7" k="4" loss="hinge"></po-pairwise-loss>
 */
import { defaultState, type Schema, type StateOf } from '../shared/schema.ts';

/**
 * The losses of a pair's margin $m$, in picker order: the logistic loss $-\log\sigma(m)$ of Bradley–Terry, the
 * hinge $\max(0, 1 - m)$ and the squared loss $(m - \tfrac12)^2$ (IPO's form, Azar et al. 2023, with β = 1).
 */
export const pairwiseLossKinds = ['logistic', 'hinge', 'squared'] as const;

/** One loss of the picker. */
export type PairwiseLossKind = (typeof pairwiseLossKinds)[number];

/** Prompts in the widget's batch (the toy world is drawn with this many prompts of 4 answers each). */
export const PAIRWISE_LOSS_PROMPTS = 4;

/** The widget's schema; defaults: seed 42, rankings of K = 3 answers, the logistic loss. */
export const pairwiseLossSchema = {
  seed: {
    kind: 'integer',
    label: 'Seed of the toy world',
    min: 0,
    max: 9999,
    default: 42,
  },
  k: {
    kind: 'integer',
    label: 'Answers ranked per prompt K',
    min: 2,
    max: 4,
    default: 3,
  },
  loss: {
    kind: 'enum',
    label: 'Loss of a pair',
    values: pairwiseLossKinds,
    labels: {
      logistic: 'logistic −log σ(m)',
      hinge: 'hinge max(0, 1 − m)',
      squared: 'squared (m − ½)², IPO-style',
    },
    default: 'logistic',
  },
} as const satisfies Schema;

/** The `pairwise-loss` state: `{ seed, k, loss }`. */
export type PairwiseLossState = StateOf<typeof pairwiseLossSchema>;

/**
 * The default state (seed 42, K = 3, logistic loss).
 *
 * @example
 * pairwiseLossDefaults.k; // → 3
 */
export const pairwiseLossDefaults: PairwiseLossState = defaultState(pairwiseLossSchema);
