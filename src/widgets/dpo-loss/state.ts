/**
 * State of the `dpo-loss` widget (content/chapter-5/dpo-loss.mdx): β, the sequence log-ratios
 * $\log \pi_\theta(y \mid x) - \log \pi_{\mathrm{ref}}(y \mid x)$ of the chosen and rejected answers, the loss
 * variant and the label-smoothing ε of cDPO / robust DPO. Attributes and URL keys: `beta`, `chosen`,
 * `rejected`, `variant`, `epsilon`.
 *
 * @example
 * <po-dpo-loss beta="0.1" chosen="1.2,0.8,0.4,1.5" rejected="-0.2,0.1,0.5,0" variant="ipo"></po-dpo-loss>
 */
import { defaultState, type Schema, type StateOf } from '../shared/schema.ts';

/** Log-ratio bounds of the editable table. */
const LOG_RATIO_LIMIT = 20;

/**
 * The loss variants, in picker order: DPO (Rafailov et al. 2023), hinge (SLiC, Zhao et al. 2023), IPO (Azar et al.
 * 2023), cDPO (Mitchell 2023) and robust DPO (Chowdhury et al. 2024).
 */
export const dpoLossVariants = ['sigmoid', 'hinge', 'ipo', 'cdpo', 'robust'] as const;

/** One loss variant. */
export type DpoLossVariant = (typeof dpoLossVariants)[number];

/** The largest ε the robust loss accepts here: its formula divides by 1 − 2ε, so ε must stay below 0.5. */
export const ROBUST_EPSILON_MAX = 0.49;

/** The widget's schema; defaults are the seed notebook's DPO example (β = 0.1, its four pairs of log-ratios). */
export const dpoLossSchema = {
  beta: {
    kind: 'number',
    label: 'β (KL coefficient)',
    min: 0.01,
    max: 10,
    step: 0.01,
    default: 0.1,
    scale: 'log',
  },
  chosen: {
    kind: 'number-list',
    label: 'log π_θ/π_ref of the chosen answer',
    min: -LOG_RATIO_LIMIT,
    max: LOG_RATIO_LIMIT,
    step: 0.1,
    minLength: 1,
    maxLength: 12,
    default: [1.2, 0.8, 0.4, 1.5],
  },
  rejected: {
    kind: 'number-list',
    label: 'log π_θ/π_ref of the rejected answer',
    min: -LOG_RATIO_LIMIT,
    max: LOG_RATIO_LIMIT,
    step: 0.1,
    minLength: 1,
    maxLength: 12,
    default: [-0.2, 0.1, 0.5, 0.0],
  },
  variant: {
    kind: 'enum',
    label: 'Loss variant',
    values: dpoLossVariants,
    labels: {
      sigmoid: 'sigmoid (DPO)',
      hinge: 'hinge (SLiC)',
      ipo: 'IPO',
      cdpo: 'cDPO (label smoothing)',
      robust: 'robust DPO',
    },
    default: 'sigmoid',
  },
  epsilon: {
    kind: 'number',
    label: 'Label smoothing ε',
    min: 0,
    max: 0.5,
    step: 0.01,
    default: 0.1,
  },
} as const satisfies Schema;

/** The `dpo-loss` state: `{ beta, chosen, rejected, variant, epsilon }`. */
export type DpoLossState = StateOf<typeof dpoLossSchema>;

/**
 * The default state (β = 0.1, the seed's log-ratios, sigmoid loss, ε = 0.1 for when cDPO or robust is picked).
 *
 * @example
 * dpoLossDefaults.beta; // → 0.1
 */
export const dpoLossDefaults: DpoLossState = defaultState(dpoLossSchema);
