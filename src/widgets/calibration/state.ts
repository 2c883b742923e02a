/**
 * State of the `calibration` widget (content/chapter-3/calibration.mdx): the temperature $T$ applied to the
 * reward model's margins, the noise of the annotator who labels the held-out pairs, the number of training
 * comparisons, the number of confidence bins and the seed of the toy world. Attributes and URL keys:
 * `temperature`, `held-out-noise`, `comparisons`, `bins`, `seed`.
 *
 * @example
 * <po-calibration temperature="2"></po-calibration>
 * <po-calibration held-out-noise="0.5" bins="5"></po-calibration>
 */
import { defaultState, type Schema, type StateOf } from '../shared/schema.ts';

/** The widget's schema. */
export const calibrationSchema = {
  temperature: {
    kind: 'number',
    label: 'Temperature T',
    min: 0.1,
    max: 10,
    step: 0.01,
    default: 1,
    scale: 'log',
  },
  heldOutNoise: {
    kind: 'number',
    label: 'Held-out annotator noise τ',
    min: 0.25,
    max: 4,
    step: 0.01,
    default: 2,
    scale: 'log',
  },
  comparisons: {
    kind: 'integer',
    label: 'Training comparisons N',
    min: 20,
    max: 2000,
    default: 500,
  },
  bins: {
    kind: 'integer',
    label: 'Bins M',
    min: 2,
    max: 20,
    default: 10,
  },
  seed: {
    kind: 'integer',
    label: 'Seed of the toy world',
    min: 0,
    max: 9999,
    default: 42,
  },
} as const satisfies Schema;

/** The `calibration` state: `{ temperature, heldOutNoise, comparisons, bins, seed }`. */
export type CalibrationState = StateOf<typeof calibrationSchema>;

/**
 * The default state: the reward model as trained ($T = 1$), checked on labels twice as noisy as its training labels.
 *
 * @example
 * calibrationDefaults; // → { temperature: 1, heldOutNoise: 2, comparisons: 500, bins: 10, seed: 42 }
 */
export const calibrationDefaults: CalibrationState = defaultState(calibrationSchema);
