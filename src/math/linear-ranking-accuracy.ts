/**
 * How often a linear reward model orders a fresh pair of responses the way the gold reward does
 * (content/chapter-1, section 1.5), computed exactly for Gaussian features instead of estimated on sampled pairs.
 *
 * @module
 */
import { assertSameLength, fail, toFiniteVector } from './validate.ts';

function quadratic(a: Float64Array, sigma: readonly Float64Array[], b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    const row = sigma[i] as Float64Array;
    for (let j = 0; j < b.length; j++) s += (a[i] as number) * (row[j] as number) * (b[j] as number);
  }
  return s;
}

/**
 * Ranking accuracy of a linear reward $r_\theta(y) = \theta \cdot \varphi(y)$ against a gold reward
 * $r^*(y) = w^* \cdot \varphi(y)$: the probability that, for two independent responses $y, y'$ whose features are
 * Gaussian with covariance $\Sigma$, the two rewards order them the same way. With $d = \varphi(y) - \varphi(y')$,
 * $U = \theta \cdot d$ and $V = w^* \cdot d$ are jointly normal with mean 0 and correlation $\cos\alpha$, with $\alpha$
 * the angle between $\theta$ and $w^*$ in the geometry of $\Sigma$:
 * $$ \cos\alpha = \frac{\theta^\top \Sigma\, w^*}{\sqrt{\theta^\top \Sigma\, \theta}\,\sqrt{w^{*\top} \Sigma\, w^*}}, $$
 * and Sheppard's formula (Sheppard 1899) gives
 * $$ A(\theta) = P(\operatorname{sign} U = \operatorname{sign} V) = 1 - \frac{\alpha}{\pi}. $$
 * $A$ depends only on the direction of $\theta$: $A(s\theta) = A(\theta)$ for every $s > 0$. $A = 1$ when
 * $\theta \propto w^*$, $\tfrac12$ when $U$ and $V$ are uncorrelated ($\alpha = \pi/2$), 0 when $\theta \propto -w^*$.
 *
 * Edge cases: when $\theta^\top\Sigma\theta = 0$ (e.g. $\theta = 0$) every pair is a tie, and ties count as
 * wrong (the strict accuracy of TRL and RewardBench), so the result is 0. `weights`, `goldWeights` finite of the
 * same length $D \ge 1$; `covariance` a symmetric $D \times D$ matrix of finite numbers; $w^{*\top}\Sigma w^* > 0$
 * (a gold reward that varies); otherwise `RangeError` naming the argument. $\Sigma$ is assumed positive
 * semi-definite (not checked).
 *
 * @example
 * const sigma = [[1, 0], [0, 1]];
 * linearRankingAccuracy([1, 0], [1, 0], sigma); // 1
 * linearRankingAccuracy([1, 1], [1, 0], sigma); // 0.75 (45° apart: 1 − (π/4)/π)
 * linearRankingAccuracy([0, 1], [1, 0], sigma); // 0.5
 */
export function linearRankingAccuracy(
  weights: ArrayLike<number>,
  goldWeights: ArrayLike<number>,
  covariance: readonly ArrayLike<number>[],
): number {
  const theta = toFiniteVector('weights', weights);
  const gold = toFiniteVector('goldWeights', goldWeights);
  const d = assertSameLength('weights', theta, 'goldWeights', gold);
  if (!Array.isArray(covariance) || covariance.length !== d) fail('covariance', `a ${String(d)} × ${String(d)} matrix`, covariance);
  const sigma = covariance.map((row, i) => {
    const r = toFiniteVector(`covariance[${String(i)}]`, row);
    if (r.length !== d) fail(`covariance[${String(i)}]`, `a row of ${String(d)} numbers`, row);
    return r;
  });
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < i; j++) {
      if ((sigma[i] as Float64Array)[j] !== (sigma[j] as Float64Array)[i]) fail('covariance', 'a symmetric matrix', covariance);
    }
  }
  const gg = quadratic(gold, sigma, gold);
  if (!(gg > 0)) fail('goldWeights', 'weights whose gold reward varies (w*ᵀΣw* > 0)', goldWeights);
  const tt = quadratic(theta, sigma, theta);
  if (!(tt > 0)) return 0;
  const cosAlpha = Math.min(1, Math.max(-1, quadratic(theta, sigma, gold) / Math.sqrt(tt * gg)));
  return 1 - Math.acos(cosAlpha) / Math.PI;
}
