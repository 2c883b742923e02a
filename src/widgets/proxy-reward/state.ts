/**
 * State of the `proxy-reward` widget (content/chapter-1/proxy-reward.mdx): how many comparisons the reward model
 * is fitted on, the annotator who labels them (noise and length bias) and the seed of the toy world. Attributes
 * and URL keys: `comparisons`, `noise`, `length-bias`, `seed`.
 *
 * @example
 * <po-proxy-reward comparisons="2000" noise="2" length-bias="1" seed="7"></po-proxy-reward>
 */
import { defaultState, type Schema, type StateOf } from '../shared/schema.ts';

/** The widget's schema. */
export const proxyRewardSchema = {
  comparisons: {
    kind: 'integer',
    label: 'Number of comparisons N',
    min: 10,
    max: 2000,
    default: 200,
  },
  noise: {
    kind: 'number',
    label: 'Annotator noise τ',
    min: 0.1,
    max: 5,
    step: 0.01,
    default: 1,
    scale: 'log',
  },
  lengthBias: {
    kind: 'number',
    label: 'Annotator length bias λ',
    min: -1,
    max: 2,
    step: 0.05,
    default: 0.5,
  },
  seed: {
    kind: 'integer',
    label: 'Seed of the toy world',
    min: 0,
    max: 9999,
    default: 42,
  },
} as const satisfies Schema;

/** The `proxy-reward` state: `{ comparisons, noise, lengthBias, seed }`. */
export type ProxyRewardState = StateOf<typeof proxyRewardSchema>;

/**
 * The default state (N = 200, τ = 1, λ = 0.5, seed 42).
 *
 * @example
 * proxyRewardDefaults.comparisons; // → 200
 */
export const proxyRewardDefaults: ProxyRewardState = defaultState(proxyRewardSchema);
