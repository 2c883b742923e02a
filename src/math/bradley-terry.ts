/**
 * The Bradley–Terry preference model and the pairwise (reward-model) loss (content/chapter-2/bradley-terry.mdx; Bradley and Terry 1952).
 *
 * @module
 */
import { logSigmoid, sigmoid } from './stable.ts';
import { meanUnchecked } from './summation.ts';
import { assertFinite, assertSameLength, toFiniteVector } from './validate.ts';

/**
 * Bradley–Terry probability that the chosen answer is preferred:
 * $$ P(y_w \succ y_l \mid x) = \frac{e^{r_w}}{e^{r_w} + e^{r_l}} = \sigma(r_w - r_l). $$
 * Invariant under a common shift $r \mapsto r + c$ (rewards are identified only up to a per-prompt offset).
 *
 * Edge cases: both rewards must be finite (`RangeError` naming `rewardChosen` / `rewardRejected`); equal rewards
 * give exactly 0.5.
 *
 * @example
 * bradleyTerryProbability(2.1, 0.3); // 0.8581489350995123 (seed notebook pair 1; numpy: 0.858149)
 */
export function bradleyTerryProbability(rewardChosen: number, rewardRejected: number): number {
  assertFinite('rewardChosen', rewardChosen);
  assertFinite('rewardRejected', rewardRejected);
  return sigmoid(rewardChosen - rewardRejected);
}

/** Options of {@link pairwiseLoss}. */
export interface PairwiseLossOptions {
  /**
   * Llama 2's margin $m(r)$ subtracted inside the sigmoid, a function of the annotators' rating $r$ of the pair
   * (Touvron et al. 2023, eq. 2): one number for every pair or one per pair.
   * Default 0 (the plain InstructGPT loss).
   */
  margin?: number | ArrayLike<number>;
}

/** Result of {@link pairwiseLoss}; every array has one entry per pair. */
export interface PairwiseLossResult {
  /** Per-pair loss $-\log\sigma(r_w - r_l - m)$. */
  losses: Float64Array<ArrayBuffer>;
  /** Mean loss over the pairs. */
  mean: number;
  /** Fraction of pairs with $r_w > r_l$ strictly (ties count as wrong, as in TRL and RewardBench). */
  accuracy: number;
  /** Bradley–Terry probabilities $\sigma(r_w - r_l)$ (without the margin term). */
  probabilities: Float64Array<ArrayBuffer>;
  /** Reward margins $r_w - r_l$ (without the margin term). */
  margins: Float64Array<ArrayBuffer>;
  /** Per-pair gradient of the loss w.r.t. the reward margin: $\partial \ell / \partial (r_w - r_l) = -\sigma(-(r_w - r_l - m))$. */
  gradients: Float64Array<ArrayBuffer>;
}

/**
 * The pairwise logistic (reward-model) loss over a batch of pairs, with an optional margin term:
 * $$ \mathcal{L}_R = -\frac{1}{n}\sum_{i=1}^{n} \log \sigma\big(r_\phi(x_i, y_{w,i}) - r_\phi(x_i, y_{l,i}) - m(r_i)\big), $$
 * where $m(r_i)$ is the margin for pair $i$'s rating $r_i$ (Touvron et al. 2023; 0 for the InstructGPT loss),
 * evaluated per pair as $\operatorname{softplus}(-(r_w - r_l - m))$, finite for every finite input. The gradient
 * w.r.t. the margin is $\sigma(r_w - r_l - m) - 1$.
 *
 * Conventions: accuracy counts a pair as correct only if $r_w > r_l$ strictly (ties are wrong); `probabilities`
 * and `margins` ignore the margin term $m$ (they describe the reward model, not the loss).
 *
 * Edge cases: the two reward arrays must be non-empty, finite and of equal length; `margin` must be finite
 * (one number or one per pair). Otherwise `RangeError` naming the argument. A loss is infinite only if
 * $r_w - r_l$ itself overflows float64.
 *
 * @example
 * const r = pairwiseLoss([2.1, 0.7, 1.4, 0.2], [0.3, 0.4, 0.8, 0.5]);
 * r.mean; // 0.4997940124872535 (seed notebook: loss=0.4998; numpy: 0.499794)
 * r.accuracy; // 0.75
 * r.probabilities; // Float64Array [0.858149, 0.574443, 0.645656, 0.425557] (rounded)
 */
export function pairwiseLoss(
  rewardsChosen: ArrayLike<number>,
  rewardsRejected: ArrayLike<number>,
  { margin = 0 }: PairwiseLossOptions = {},
): PairwiseLossResult {
  const rw = toFiniteVector('rewardsChosen', rewardsChosen);
  const rl = toFiniteVector('rewardsRejected', rewardsRejected);
  const n = assertSameLength('rewardsChosen', rw, 'rewardsRejected', rl);
  let marginAt: (i: number) => number;
  if (typeof margin === 'number') {
    const m = assertFinite('margin', margin);
    marginAt = () => m;
  } else {
    const m = toFiniteVector('margin', margin);
    assertSameLength('margin', m, 'rewardsChosen', rw);
    marginAt = (i) => m[i] as number;
  }
  const losses = new Float64Array(n);
  const probabilities = new Float64Array(n);
  const margins = new Float64Array(n);
  const gradients = new Float64Array(n);
  let correct = 0;
  for (let i = 0; i < n; i++) {
    const w = rw[i] as number;
    const l = rl[i] as number;
    const d = w - l;
    const z = d - marginAt(i);
    margins[i] = d;
    probabilities[i] = sigmoid(d);
    losses[i] = -logSigmoid(z);
    gradients[i] = -sigmoid(-z);
    if (w > l) correct++;
  }
  return { losses, mean: meanUnchecked(losses), accuracy: correct / n, probabilities, margins, gradients };
}
