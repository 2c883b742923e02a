/**
 * State of the `bradley-terry` widget (content/chapter-2/bradley-terry.mdx): the reward pairs and the two transformations applied to
 * both rewards of every pair. Attributes and URL keys: `chosen`, `rejected`, `shift`, `scale`.
 *
 * @example
 * <po-bradley-terry chosen="2.1,0.7" rejected="0.3,0.4" shift="1" scale="2"></po-bradley-terry>
 */
import { defaultState, type Schema, type StateOf } from '../shared/schema.ts';

/** Reward bounds of the editable table (wide enough for any teaching example, narrow enough to chart). */
const REWARD_LIMIT = 10;

/** The widget's schema; defaults are the seed notebook's `r_win` and `r_lose`. */
export const bradleyTerrySchema = {
  chosen: {
    kind: 'number-list',
    label: 'Reward of the chosen answer r(x, y_w)',
    min: -REWARD_LIMIT,
    max: REWARD_LIMIT,
    step: 0.1,
    minLength: 1,
    maxLength: 12,
    default: [2.1, 0.7, 1.4, 0.2],
  },
  rejected: {
    kind: 'number-list',
    label: 'Reward of the rejected answer r(x, y_l)',
    min: -REWARD_LIMIT,
    max: REWARD_LIMIT,
    step: 0.1,
    minLength: 1,
    maxLength: 12,
    default: [0.3, 0.4, 0.8, 0.5],
  },
  shift: {
    kind: 'number',
    label: 'Shift both rewards by c',
    min: -5,
    max: 5,
    step: 0.1,
    default: 0,
  },
  scale: {
    kind: 'number',
    label: 'Scale both rewards by s',
    min: 0.1,
    max: 10,
    step: 0.01,
    default: 1,
    scale: 'log',
  },
} as const satisfies Schema;

/** The `bradley-terry` state: `{ chosen: number[], rejected: number[], shift: number, scale: number }`. */
export type BradleyTerryState = StateOf<typeof bradleyTerrySchema>;

/**
 * The default state (seed rewards, c = 0, s = 1).
 *
 * @example
 * bradleyTerryDefaults.chosen; // → [2.1, 0.7, 1.4, 0.2]
 */
export const bradleyTerryDefaults: BradleyTerryState = defaultState(bradleyTerrySchema);
