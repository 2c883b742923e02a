/**
 * State of the `sft-init` widget (content/chapter-4/sft-init.mdx): the toy world's seed, the number n of
 * demonstrations that supervised fine-tuning fits π_SFT on, the add-α smoothing pseudo-count α (0 = pure maximum
 * likelihood), and the KL coefficient β of the optimal policy π* ∝ π_SFT·e^{r*(y)/β}. Attributes and URL keys: `seed`,
 * `demonstrations`, `smoothing`, `beta`.
 *
 * @example
 * <po-sft-init demonstrations="10" smoothing="0" beta="0.5"></po-sft-init>
 */
import { defaultState, type Schema, type StateOf } from '../shared/schema.ts';

/** The widget's schema. */
export const sftInitSchema = {
  seed: {
    kind: 'integer',
    label: 'Seed of the toy world',
    min: 0,
    max: 9999,
    default: 216,
  },
  demonstrations: {
    kind: 'integer',
    label: 'Demonstrations n',
    min: 1,
    max: 200,
    default: 10,
  },
  smoothing: {
    kind: 'number',
    label: 'Smoothing pseudo-count α',
    min: 0,
    max: 1,
    step: 0.01,
    default: 0,
  },
  beta: {
    kind: 'number',
    label: 'KL coefficient β',
    min: 0.05,
    max: 10,
    step: 0.01,
    default: 0.5,
    scale: 'log',
  },
} as const satisfies Schema;

/** The `sft-init` state: `{ seed, demonstrations, smoothing, beta }`. */
export type SftInitState = StateOf<typeof sftInitSchema>;

/**
 * The default state: seed 216, π_SFT fitted on 10 demonstrations without smoothing, β = 0.5.
 *
 * @example
 * sftInitDefaults.demonstrations; // → 10
 */
export const sftInitDefaults: SftInitState = defaultState(sftInitSchema);
