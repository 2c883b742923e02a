/**
 * State of the `kl-estimators` widget (content/chapter-4/kl-estimators.mdx): the drift μ between
 * $\pi_\theta = \mathcal N(0, 1)$ and $\pi_{\mathrm{ref}} = \mathcal N(\mu, 1)$, the samples per batch $n$ and the
 * seed of the draws. Attributes and URL keys: `mu`, `samples`, `seed`.
 *
 * @example
 * <po-kl-estimators mu="0.1" samples="1"></po-kl-estimators>
 */
import { defaultState, type Schema, type StateOf } from '../shared/schema.ts';

/** The widget's schema. */
export const klEstimatorsSchema = {
  mu: {
    kind: 'number',
    label: 'Drift μ (π_ref = N(μ, 1))',
    min: 0,
    max: 2,
    step: 0.05,
    default: 1,
  },
  samples: {
    kind: 'integer',
    label: 'Samples per batch n',
    min: 1,
    max: 256,
    default: 16,
  },
  seed: {
    kind: 'integer',
    label: 'Seed',
    min: 0,
    max: 4294967295,
    default: 42,
  },
} as const satisfies Schema;

/** The `kl-estimators` state: `{ mu, samples, seed }`. */
export type KlEstimatorsState = StateOf<typeof klEstimatorsSchema>;

/**
 * The default state: drift μ = 1 (exact KL 0.5 nats), batches of 16 samples, seed 42.
 *
 * @example
 * klEstimatorsDefaults; // → { mu: 1, samples: 16, seed: 42 }
 */
export const klEstimatorsDefaults: KlEstimatorsState = defaultState(klEstimatorsSchema);
