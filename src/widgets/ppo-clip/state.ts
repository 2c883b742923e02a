/**
 * State of the `ppo-clip` widget (content/chapter-4/ppo-clip.mdx): which view it shows (PPO's clipped surrogate
 * against the ratio, or one response's per-token shaped rewards), the sign of the advantage, the clip range ε,
 * a ratio ρ to read off, and for the token view the KL coefficient β, the response and the reward model's score.
 * Attributes and URL keys: `view`, `epsilon`, `ratio`, `sign`, `beta`, `response`, `score`.
 *
 * @example
 * <po-ppo-clip sign="negative" epsilon="0.3"></po-ppo-clip>
 */
import { defaultState, type Schema, type StateOf } from '../shared/schema.ts';

/** The right end of the clip view's ratio axis $\rho \in [0, 2]$. */
export const RATIO_MAX = 2;

/** The two views, in picker order. */
export const ppoClipViews = ['clip', 'tokens'] as const;

/** One view of the widget. */
export type PpoClipView = (typeof ppoClipViews)[number];

/** The sign of the advantage $\hat A = \pm 1$ in the clip view. */
export const ppoClipSigns = ['positive', 'negative'] as const;

/** One sign of the advantage. */
export type PpoClipSign = (typeof ppoClipSigns)[number];

/** The widget's schema; defaults: the clip view, ε = 0.2, ρ = 1.3, A = +1, β = 0.1, response 1, score 1. */
export const ppoClipSchema = {
  epsilon: {
    kind: 'number',
    label: 'Clip range ε',
    min: 0.05,
    max: 0.5,
    step: 0.05,
    default: 0.2,
  },
  ratio: {
    kind: 'number',
    label: 'Ratio ρ = π_θ / π_old',
    min: 0,
    max: 2,
    step: 0.05,
    default: 1.3,
  },
  sign: {
    kind: 'enum',
    label: 'Advantage A',
    values: ppoClipSigns,
    labels: { positive: 'A = +1 (better)', negative: 'A = −1 (worse)' },
    default: 'positive',
  },
  beta: {
    kind: 'number',
    label: 'KL coefficient β',
    min: 0.01,
    max: 1,
    step: 0.01,
    default: 0.1,
  },
  response: {
    kind: 'integer',
    label: 'Response',
    min: 1,
    max: 12,
    default: 1,
  },
  score: {
    kind: 'number',
    label: 'Reward-model score r',
    min: -3,
    max: 3,
    step: 0.1,
    default: 1,
  },
  view: {
    kind: 'enum',
    label: 'View',
    values: ppoClipViews,
    labels: { clip: 'L^CLIP against ρ', tokens: 'Shaped rewards per token' },
    default: 'clip',
  },
} as const satisfies Schema;

/** The `ppo-clip` state. */
export type PpoClipState = StateOf<typeof ppoClipSchema>;

/**
 * The default state.
 *
 * @example
 * ppoClipDefaults.epsilon; // → 0.2
 */
export const ppoClipDefaults: PpoClipState = defaultState(ppoClipSchema);
