/**
 * Proxy and gold reward as optimization against a proxy grows, for a finite set of responses: along the path
 * of KL-regularized optima $\pi_\beta \propto \pi_{\mathrm{ref}} e^{r_{\mathrm{proxy}}/\beta}$ and along best-of-$n$
 * (Gao, Schulman & Hilton 2022 plot both against $\sqrt{\mathrm{KL}}$).
 *
 * @module
 */
import { bestOfNPolicy } from './best-of-n.ts';
import { expectedValue } from './expected-value.ts';
import { klDivergenceUnchecked } from './kl-divergence.ts';
import { bestOfNKl } from './overoptimization.ts';
import { optimalPolicy } from './optimal-policy.ts';
import { assertInteger, assertPositive, assertSameLength, fail, toFiniteVector, toProbabilityVector } from './validate.ts';

/** One policy on an optimization curve. */
export interface OveroptimizationPoint {
  /** The KL coefficient β ($\pi_\beta$) or the number of samples $n$ (best-of-$n$). */
  knob: number;
  /** $\mathrm{KL}(\pi\,\|\,\pi_{\mathrm{ref}})$ in nats, computed exactly from the policy (below $10^{-14}$ reported as 0). */
  kl: number;
  /** $d = \sqrt{\mathrm{KL}}$, the distance Gao et al. plot against. */
  d: number;
  /** $\mathbb{E}_\pi[r_{\mathrm{proxy}}]$. */
  proxy: number;
  /** $\mathbb{E}_\pi[r^*]$. */
  gold: number;
}

/** A best-of-$n$ point also carries the analytic KL $\log n - (n-1)/n$, an upper bound on `kl`. */
export interface BestOfNPoint extends OveroptimizationPoint {
  klBound: number;
}

function prepare(referenceProbs: ArrayLike<number>, proxy: ArrayLike<number>, gold: ArrayLike<number>) {
  const ref = toProbabilityVector('referenceProbs', referenceProbs);
  const p = toFiniteVector('proxy', proxy);
  const g = toFiniteVector('gold', gold);
  assertSameLength('referenceProbs', ref, 'proxy', p);
  assertSameLength('referenceProbs', ref, 'gold', g);
  return { ref, p, g };
}

function point(knob: number, policy: Float64Array, ref: Float64Array, p: Float64Array, g: Float64Array): OveroptimizationPoint {
  // Rounding can leave a KL of order 1e-17 where the policy is π_ref itself (n = 1, or β far above the rewards' range).
  const raw = klDivergenceUnchecked(policy, ref);
  const kl = raw < 1e-14 ? 0 : raw;
  return { knob, kl, d: Math.sqrt(kl), proxy: expectedValue(policy, p), gold: expectedValue(policy, g) };
}

/**
 * The β path: for each β, $\pi_\beta(y) = \pi_{\mathrm{ref}}(y)\, e^{r_{\mathrm{proxy}}(y)/\beta} / Z$ (the optimum
 * of $\mathbb{E}_\pi[r_{\mathrm{proxy}}] - \beta\,\mathrm{KL}(\pi\,\|\,\pi_{\mathrm{ref}})$), its KL, and its expected
 * proxy and gold rewards. As β falls the proxy term can only rise (its derivative in $1/\beta$ is
 * $\mathrm{Var}_{\pi_\beta}(r_{\mathrm{proxy}}) \ge 0$); the gold term's derivative in $1/\beta$ is
 * $\mathrm{Cov}_{\pi_\beta}(r^*, r_{\mathrm{proxy}})$, which can change sign: that is where gold peaks.
 *
 * Edge cases: `referenceProbs` a probability vector; `proxy` and `gold` finite of its length; each β finite
 * $> 0$; otherwise `RangeError` naming the argument.
 *
 * @example
 * betaPathCurve([0.5, 0.5], [0, Math.log(3)], [1, 0], [1])[0];
 * // { knob: 1, kl: 0.1308…, d: 0.3616…, proxy: 0.8240 (= 0.75 log 3), gold: 0.25 }
 */
export function betaPathCurve(
  referenceProbs: ArrayLike<number>,
  proxy: ArrayLike<number>,
  gold: ArrayLike<number>,
  betas: readonly number[],
): OveroptimizationPoint[] {
  const { ref, p, g } = prepare(referenceProbs, proxy, gold);
  if (!Array.isArray(betas)) fail('betas', 'an array of finite numbers > 0', betas);
  return betas.map((beta, i) => {
    assertPositive(`betas[${String(i)}]`, beta);
    return point(beta, optimalPolicy(ref, p, beta), ref, p, g);
  });
}

/**
 * Best-of-$n$ against the proxy: for each $n$, the exact policy of keeping the highest-proxy response of $n$
 * draws from $\pi_{\mathrm{ref}}$ (`bestOfNPolicy`), its exact KL, the analytic $\log n - (n-1)/n$ (which bounds
 * it, Beirami et al. 2024), and its expected proxy and gold rewards.
 *
 * Edge cases: as {@link betaPathCurve}; each $n$ an integer $\ge 1$ (`RangeError` naming `ns[i]`).
 *
 * @example
 * bestOfNCurve([0.5, 0.5], [0, 1], [1, 0], [2])[0];
 * // { knob: 2, kl: 0.1308…, d: 0.3616…, proxy: 0.75, gold: 0.25, klBound: 0.1931… }
 */
export function bestOfNCurve(
  referenceProbs: ArrayLike<number>,
  proxy: ArrayLike<number>,
  gold: ArrayLike<number>,
  ns: readonly number[],
): BestOfNPoint[] {
  const { ref, p, g } = prepare(referenceProbs, proxy, gold);
  if (!Array.isArray(ns)) fail('ns', 'an array of integers >= 1', ns);
  return ns.map((n, i) => {
    assertInteger(`ns[${String(i)}]`, n, 1);
    return { ...point(n, bestOfNPolicy(ref, p, n), ref, p, g), klBound: bestOfNKl(n) };
  });
}
