/**
 * The reward–KL frontier of a categorical policy: the largest expected reward reachable within a KL budget, and
 * the KL-regularized optimum that reaches it (content/chapter-1/kl-budget.mdx; the constrained form of the KL-penalized RLHF
 * objective of Ouyang et al. 2022, eq. 2; its optimum, Rafailov et al. 2023, eq. 4).
 *
 * @module
 */
import { expectedValue } from './expected-value.ts';
import { klDivergenceUnchecked } from './kl-divergence.ts';
import { optimalPolicy } from './optimal-policy.ts';
import { assertFinite, assertPositive, assertSameLength, fail, toFiniteVector, toProbabilityVector } from './validate.ts';

/** One policy $\pi_\beta$ on the frontier, with its KL from $\pi_{\mathrm{ref}}$ and its expected reward. */
export interface FrontierPoint {
  /**
   * The KL coefficient $\beta$ of $\pi_\beta = \pi_{\mathrm{ref}} e^{r/\beta}/Z$: `Infinity` for $\pi_{\mathrm{ref}}$
   * itself, `0` for the greedy limit $\beta \to 0$.
   */
  beta: number;
  /** $\mathrm{KL}(\pi_\beta \,\|\, \pi_{\mathrm{ref}})$ in nats. */
  kl: number;
  /** $\mathbb{E}_{y \sim \pi_\beta}[r(y)]$. */
  expectedReward: number;
  /** $\pi_\beta$ itself. */
  policy: Float64Array<ArrayBuffer>;
}

/** What {@link klBudgetOptimum} returns: the best policy within the budget, and whether the budget binds. */
export interface KlBudgetOptimum extends FrontierPoint {
  /** The budget $\varepsilon$ as given. */
  budget: number;
  /**
   * `true` when the best policy spends the whole budget ($0 < \varepsilon <$ the greedy policy's KL); `false` when
   * the budget is 0 or at least the greedy policy's KL, so that more budget would buy nothing.
   */
  binds: boolean;
}

/** β that {@link frontierEnd} stands for: small enough that $e^{-\Delta r/\beta}$ underflows for any gap $\Delta r > 10^{-280}$. */
const GREEDY_BETA = 1e-300;

function prepare(referenceProbs: ArrayLike<number>, rewards: ArrayLike<number>) {
  const ref = toProbabilityVector('referenceProbs', referenceProbs);
  const r = toFiniteVector('rewards', rewards);
  assertSameLength('referenceProbs', ref, 'rewards', r);
  return { ref, r };
}

function pointAt(ref: Float64Array, r: Float64Array, beta: number, reported = beta): FrontierPoint {
  const policy = optimalPolicy(ref, r, beta);
  return { beta: reported, kl: klDivergenceUnchecked(policy, ref), expectedReward: expectedValue(policy, r), policy };
}

/**
 * The point of the frontier at a given β: $\pi_\beta(y) = \pi_{\mathrm{ref}}(y)\,e^{r(y)/\beta}/Z$ with its
 * $\mathrm{KL}(\pi_\beta\,\|\,\pi_{\mathrm{ref}})$ and $\mathbb{E}_{\pi_\beta}[r]$. As β falls from $\infty$ to 0
 * the KL rises from 0 to that of {@link frontierEnd} and so does the expected reward; along the way the frontier's
 * slope is $d\,\mathbb{E}[r] / d\,\mathrm{KL} = \beta$ (with $\lambda = 1/\beta$: $d\,\mathbb{E}[r]/d\lambda =
 * \mathrm{Var}_{\pi_\beta}(r)$ and $d\,\mathrm{KL}/d\lambda = \lambda\,\mathrm{Var}_{\pi_\beta}(r)$).
 *
 * Edge cases: as {@link optimalPolicy} (`referenceProbs` a probability vector, `rewards` finite of the same
 * length, `beta` finite $> 0$; otherwise `RangeError` naming the argument).
 *
 * @example
 * const p = frontierPoint([0.5, 0.5], [0, Math.log(3)], 1);
 * p.policy; // ≈ Float64Array [0.25, 0.75]
 * p.kl; // ≈ 0.130812 (= 0.25 log 0.5 + 0.75 log 1.5)
 * p.expectedReward; // ≈ 0.823959 (= 0.75 log 3)
 */
export function frontierPoint(referenceProbs: ArrayLike<number>, rewards: ArrayLike<number>, beta: number): FrontierPoint {
  const { ref, r } = prepare(referenceProbs, rewards);
  assertPositive('beta', beta);
  return pointAt(ref, r, beta);
}

/**
 * The greedy end of the frontier, the limit $\beta \to 0$: all mass on the best responses within the support of
 * $\pi_{\mathrm{ref}}$ (shared in proportion to $\pi_{\mathrm{ref}}$ on a tie), so
 * $$ \mathrm{KL} = -\log \sum_{y \in Y^*} \pi_{\mathrm{ref}}(y), \qquad \mathbb{E}[r] = r_{\max}, $$
 * with $Y^*$ the responses of largest reward where $\pi_{\mathrm{ref}} > 0$. No policy within KL reach has a larger
 * expected reward, and more budget than this KL buys nothing. Reported with `beta: 0`.
 *
 * Edge cases: `referenceProbs` a probability vector and `rewards` finite of the same length, else `RangeError`
 * naming the argument.
 *
 * @example
 * frontierEnd([0.2, 0.3, 0.5], [1, 3, 2]).kl; // ≈ 1.203973 (= −log 0.3)
 * frontierEnd([0.2, 0.3, 0.5], [1, 3, 2]).expectedReward; // 3
 */
export function frontierEnd(referenceProbs: ArrayLike<number>, rewards: ArrayLike<number>): FrontierPoint {
  const { ref, r } = prepare(referenceProbs, rewards);
  return pointAt(ref, r, GREEDY_BETA, 0);
}

/**
 * The best expected reward within a KL budget $\varepsilon$ and the policy that reaches it:
 * $$ \max_\pi\ \mathbb{E}_{y\sim\pi}[r(y)] \quad \text{subject to} \quad \mathrm{KL}(\pi\,\|\,\pi_{\mathrm{ref}}) \le \varepsilon. $$
 * For $0 < \varepsilon < \mathrm{KL}_{\mathrm{end}}$ (the KL of {@link frontierEnd}) the answer is $\pi_\beta$ with
 * the one β at which $\mathrm{KL}(\pi_\beta\,\|\,\pi_{\mathrm{ref}}) = \varepsilon$: any π within the budget has
 * $\mathbb{E}_\pi[r] - \beta\,\mathrm{KL}(\pi) \le \mathbb{E}_{\pi_\beta}[r] - \beta\varepsilon$ because $\pi_\beta$
 * maximizes that objective, so $\mathbb{E}_\pi[r] \le \mathbb{E}_{\pi_\beta}[r] - \beta(\varepsilon - \mathrm{KL}(\pi))
 * \le \mathbb{E}_{\pi_\beta}[r]$. The KL of $\pi_\beta$ falls strictly as β grows, so β is found by bisection on
 * $\log\beta$ to float64 precision; the β returned is the bracket end whose KL does not exceed the budget.
 * For $\varepsilon = 0$ the answer is $\pi_{\mathrm{ref}}$ (`beta: Infinity`); for
 * $\varepsilon \ge \mathrm{KL}_{\mathrm{end}}$ it is the greedy policy (`beta: 0`). `binds` tells them apart.
 *
 * Edge cases: `referenceProbs` a probability vector, `rewards` finite of the same length, `budget` finite
 * $\ge 0$; otherwise `RangeError` naming the argument.
 *
 * @example
 * const best = klBudgetOptimum([0.5, 0.5], [0, Math.log(3)], 0.130812);
 * best.beta; // ≈ 1 (the β whose π_β has exactly this KL)
 * best.expectedReward; // ≈ 0.823959
 * klBudgetOptimum([0.5, 0.5], [0, 1], 5).binds; // false (the greedy policy needs only log 2 ≈ 0.693)
 */
export function klBudgetOptimum(referenceProbs: ArrayLike<number>, rewards: ArrayLike<number>, budget: number): KlBudgetOptimum {
  const { ref, r } = prepare(referenceProbs, rewards);
  assertFinite('budget', budget);
  if (budget < 0) fail('budget', 'a finite number >= 0', budget);
  if (budget === 0) {
    return { budget, binds: false, beta: Infinity, kl: 0, expectedReward: expectedValue(ref, r), policy: Float64Array.from(ref) };
  }
  const end = pointAt(ref, r, GREEDY_BETA, 0);
  if (budget >= end.kl) return { ...end, budget, binds: false };
  const kl = (beta: number) => klDivergenceUnchecked(optimalPolicy(ref, r, beta), ref);
  // Bracket: KL(lo) > budget ≥ KL(hi). KL(β) → KL_end as β → 0 and → 0 as β → ∞, so both loops end.
  let lo = 1;
  let hi = 1;
  while (kl(hi) > budget && hi < 1e300) hi *= 16;
  while (kl(lo) <= budget && lo > 1e-300) lo /= 16;
  for (let i = 0; i < 200 && hi / lo > 1 + 4e-16; i++) {
    const mid = Math.sqrt(lo) * Math.sqrt(hi);
    if (mid <= lo || mid >= hi) break;
    if (kl(mid) > budget) lo = mid;
    else hi = mid;
  }
  return { ...pointAt(ref, r, hi), budget, binds: true };
}

/**
 * The frontier sampled at `points` KL budgets evenly spaced from 0 to $\mathrm{KL}_{\mathrm{end}}$ (both included),
 * each point being {@link klBudgetOptimum} at that budget: even spacing in KL, not in β, so a plot of
 * $\mathbb{E}[r]$ against KL is evenly covered.
 *
 * Edge cases: as {@link klBudgetOptimum}, and `points` an integer in $[2, 10000]$ (`RangeError` naming `points`).
 * When the rewards are constant on the support of $\pi_{\mathrm{ref}}$, $\mathrm{KL}_{\mathrm{end}} = 0$ and every
 * point is $\pi_{\mathrm{ref}}$.
 *
 * @example
 * const f = rewardKlFrontier([0.5, 0.5], [0, 1], 3);
 * f.map((p) => p.kl); // ≈ [0, 0.346574, 0.693147] (0, log 2 / 2, log 2)
 * f.map((p) => p.expectedReward); // ≈ [0.5, 0.889972, 1]
 */
export function rewardKlFrontier(referenceProbs: ArrayLike<number>, rewards: ArrayLike<number>, points: number): KlBudgetOptimum[] {
  const { ref, r } = prepare(referenceProbs, rewards);
  if (!Number.isInteger(points) || points < 2 || points > 10000) fail('points', 'an integer in [2, 10000]', points);
  const end = pointAt(ref, r, GREEDY_BETA, 0).kl;
  const out: KlBudgetOptimum[] = [];
  for (let i = 0; i < points; i++) out.push(klBudgetOptimum(ref, r, i === points - 1 ? end : (end * i) / (points - 1)));
  return out;
}
