/**
 * Generalized advantage estimation (Schulman, Moritz, Levine, Jordan and Abbeel 2016, "High-Dimensional
 * Continuous Control Using Generalized Advantage Estimation", eqs. 11–16), as PPO uses it for RLHF
 * (content/chapter-4/ppo-clip.mdx).
 *
 * @module
 */
import { assertInInterval, assertSameLength, toFiniteVector } from './validate.ts';

/** The result of {@link generalizedAdvantages}. */
export interface GeneralizedAdvantages {
  /** TD residuals $\delta_t = r_t + \gamma V_{t+1} - V_t$. */
  deltas: Float64Array<ArrayBuffer>;
  /** Advantage estimates $\hat A_t$. */
  advantages: Float64Array<ArrayBuffer>;
  /** Value targets $\hat A_t + V_t$ (what the value head is regressed on). */
  returns: Float64Array<ArrayBuffer>;
}

/**
 * GAE over one finished episode of $T$ steps (a response that ends with its last token, so $V_T = 0$):
 * $$ \delta_t = r_t + \gamma V_{t+1} - V_t, \qquad \hat A_t = \delta_t + \gamma\lambda\,\hat A_{t+1}, \quad \hat A_T = 0, $$
 * computed backwards from the last step; equivalently $\hat A_t = \sum_{l \ge 0} (\gamma\lambda)^l \delta_{t+l}$.
 * $\lambda = 0$ gives the one-step estimate $\delta_t$; $\lambda = 1$ gives $\sum_l \gamma^l r_{t+l} - V_t$.
 *
 * Edge cases: `rewards` and `values` finite, the same non-zero length; `gamma` and `lambda` in $[0, 1]$;
 * otherwise `RangeError` naming the argument.
 *
 * @example
 * generalizedAdvantages([0, 0, 1], [0.4, 0.5, 0.7], { gamma: 1, lambda: 0.95 }).advantages;
 * // Float64Array [0.56075, 0.485, 0.3] (δ = [0.1, 0.2, 0.3])
 */
export function generalizedAdvantages(
  rewards: ArrayLike<number>,
  values: ArrayLike<number>,
  { gamma = 1, lambda = 0.95 }: { gamma?: number; lambda?: number } = {},
): GeneralizedAdvantages {
  const r = toFiniteVector('rewards', rewards);
  const v = toFiniteVector('values', values);
  assertSameLength('rewards', r, 'values', v);
  assertInInterval('gamma', gamma, 0, 1);
  assertInInterval('lambda', lambda, 0, 1);
  const n = r.length;
  const deltas = new Float64Array(n);
  const advantages = new Float64Array(n);
  const returns = new Float64Array(n);
  let next = 0;
  for (let t = n - 1; t >= 0; t--) {
    const nextValue = t + 1 < n ? (v[t + 1] as number) : 0;
    const delta = (r[t] as number) + gamma * nextValue - (v[t] as number);
    next = delta + gamma * lambda * next;
    deltas[t] = delta;
    advantages[t] = next;
    returns[t] = next + (v[t] as number);
  }
  return { deltas, advantages, returns };
}
