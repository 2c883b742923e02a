/**
 * The DPO loss and its variants (content/chapter-5/dpo-loss.mdx; Rafailov et al. 2023): sigmoid (DPO), hinge (SLiC), IPO, conservative DPO
 * (label smoothing) and robust DPO.
 *
 * @module
 */
import { logSigmoid, sigmoid } from './stable.ts';
import { meanUnchecked } from './summation.ts';
import { assertInInterval, assertPositive, assertSameLength, fail, toFiniteVector } from './validate.ts';

/** The loss variants of {@link dpoLoss}. */
export type DpoVariant = 'sigmoid' | 'hinge' | 'ipo' | 'cdpo' | 'robust';

/** Every accepted {@link DpoVariant}, in the order the course lists them. */
export const DPO_VARIANTS: readonly DpoVariant[] = ['sigmoid', 'hinge', 'ipo', 'cdpo', 'robust'];

/** Options of {@link dpoLoss} and {@link dpoPairLoss}. */
export interface DpoLossOptions {
  /** Loss variant; default `'sigmoid'` (the DPO paper's loss). */
  variant?: DpoVariant;
  /**
   * Label-smoothing / flip rate $\varepsilon$ used by `'sigmoid'`/`'cdpo'` (must be in $[0, 0.5]$) and `'robust'`
   * (must be in $[0, 0.5)$). Ignored by `'hinge'` and `'ipo'` (still range-checked). Default 0.
   */
  labelSmoothing?: number;
}

/** Result of {@link dpoLoss}; every array has one entry per pair. */
export interface DpoLossResult {
  /** Per-pair loss of the chosen variant. */
  losses: Float64Array<ArrayBuffer>;
  /** Mean loss over the pairs. */
  mean: number;
  /**
   * Plain DPO's gradient weights $\sigma(-\beta\Delta) = \sigma(\hat r_l - \hat r_w)$, whatever the variant (what
   * the seed notebook prints as "gradient weights"); the selected variant's own weights are {@link gradientWeights}.
   */
  weights: Float64Array<ArrayBuffer>;
  /** Per-pair gradient weight $-\partial\ell/\partial u$ of the selected variant (see {@link dpoGradientWeight}). */
  gradientWeights: Float64Array<ArrayBuffer>;
  /** Per-pair derivative of the variant's loss w.r.t. $\Delta$ (see {@link dpoPairLossGradient}). */
  gradients: Float64Array<ArrayBuffer>;
  /** Implicit rewards of the chosen answers, $\beta \cdot \text{log-ratio}_w$ (TRL `rewards/chosen`). */
  rewardsChosen: Float64Array<ArrayBuffer>;
  /** Implicit rewards of the rejected answers, $\beta \cdot \text{log-ratio}_l$ (TRL `rewards/rejected`). */
  rewardsRejected: Float64Array<ArrayBuffer>;
  /**
   * Per-pair implicit reward margins $u = \beta\Delta$ = `rewardsChosen − rewardsRejected` (TRL `rewards/margins`),
   * formed as $\beta\Delta$ like the loss (so without overflow, and exactly the $u$ each loss was computed at).
   */
  margins: Float64Array<ArrayBuffer>;
  /** Fraction of pairs with log-ratio$_w >$ log-ratio$_l$ strictly, i.e. $\hat r_w > \hat r_l$ (ties wrong; TRL `rewards/accuracies`). */
  accuracy: number;
}

function checkVariant(variant: unknown): DpoVariant {
  if (typeof variant !== 'string' || !(DPO_VARIANTS as readonly string[]).includes(variant)) {
    fail('variant', `one of ${DPO_VARIANTS.map((v) => `'${v}'`).join(', ')}`, variant);
  }
  return variant as DpoVariant;
}

function checkSmoothing(variant: DpoVariant, labelSmoothing: unknown): number {
  return assertInInterval('labelSmoothing', labelSmoothing, 0, 0.5, { upperInclusive: variant !== 'robust' });
}

/** $\beta\Delta$ without spurious overflow: if $\Delta$ overflows, $\beta\,\text{lr}_w - \beta\,\text{lr}_l$ is used. */
function scaledGap(logRatioChosen: number, logRatioRejected: number, beta: number): number {
  const delta = logRatioChosen - logRatioRejected;
  return Number.isFinite(delta) ? beta * delta : beta * logRatioChosen - beta * logRatioRejected;
}

function pairLoss(variant: DpoVariant, u: number, delta: number, beta: number, eps: number): number {
  switch (variant) {
    case 'sigmoid':
    case 'cdpo':
      return eps === 0 ? -logSigmoid(u) : -(1 - eps) * logSigmoid(u) - eps * logSigmoid(-u);
    case 'hinge':
      return Math.max(0, 1 - u);
    case 'ipo': {
      const d = delta - 1 / (2 * beta);
      return d * d;
    }
    case 'robust':
      return (-(1 - eps) * logSigmoid(u) + eps * logSigmoid(-u)) / (1 - 2 * eps);
  }
}

function pairGradient(variant: DpoVariant, u: number, delta: number, beta: number, eps: number): number {
  switch (variant) {
    case 'sigmoid':
    case 'cdpo':
      return beta * (-(1 - eps) * sigmoid(-u) + eps * sigmoid(u));
    case 'hinge':
      return u < 1 ? -beta : 0;
    case 'ipo':
      return 2 * (delta - 1 / (2 * beta));
    case 'robust':
      return (beta * (-(1 - eps) * sigmoid(-u) - eps * sigmoid(u))) / (1 - 2 * eps);
  }
}

function pairWeight(variant: DpoVariant, u: number, delta: number, beta: number, eps: number): number {
  switch (variant) {
    case 'sigmoid':
    case 'cdpo':
      return (1 - eps) * sigmoid(-u) - eps * sigmoid(u);
    case 'hinge':
      return u < 1 ? 1 : 0;
    case 'ipo':
      return (-2 * (delta - 1 / (2 * beta))) / beta;
    case 'robust':
      return ((1 - eps) * sigmoid(-u) + eps * sigmoid(u)) / (1 - 2 * eps);
  }
}

/**
 * Loss of one pair as a function of the log-ratio gap $\Delta$ (for plotting a loss curve), with $u = \beta\Delta$:
 *
 * | variant | loss |
 * |---|---|
 * | `sigmoid` (DPO) / `cdpo` | $-(1-\varepsilon)\log\sigma(u) - \varepsilon\log\sigma(-u)$ (plain DPO when $\varepsilon = 0$) |
 * | `hinge` (SLiC) | $\max(0, 1 - u)$ |
 * | `ipo` | $\left(\Delta - \frac{1}{2\beta}\right)^2$ on the un-normalized $\Delta$ (the IPO paper; TRL divides the log-probs by the length first) |
 * | `robust` | $\dfrac{-(1-\varepsilon)\log\sigma(u) + \varepsilon\log\sigma(-u)}{1-2\varepsilon}$, $\varepsilon < 0.5$ |
 *
 * Edge cases: `delta` must be finite, `beta` finite $> 0$, `labelSmoothing` in $[0, 0.5]$ ($[0, 0.5)$ for
 * `robust`), `variant` one of {@link DPO_VARIANTS}; otherwise `RangeError` naming the argument. The robust loss can
 * be negative for confidently right pairs (its $+\varepsilon\log\sigma(-u)$ term is unbounded below), by design.
 *
 * @example
 * dpoPairLoss(1.4, 0.1); // 0.6255951823371514 (= −log σ(0.14), seed pair 1)
 * dpoPairLoss(1.4, 0.1, { variant: 'ipo' }); // 12.96 (= (1.4 − 5)²)
 */
export function dpoPairLoss(delta: number, beta: number, { variant = 'sigmoid', labelSmoothing = 0 }: DpoLossOptions = {}): number {
  const { v, d, eps } = checkPairArguments(delta, beta, variant, labelSmoothing);
  return pairLoss(v, beta * d, d, beta, eps);
}

/** The argument checks shared by {@link dpoPairLoss} and {@link dpoPairLossGradient} (RangeError naming the argument). */
function checkPairArguments(
  delta: number,
  beta: number,
  variant: DpoVariant,
  labelSmoothing: number,
): { v: DpoVariant; d: number; eps: number } {
  const v = checkVariant(variant);
  const eps = checkSmoothing(v, labelSmoothing);
  assertPositive('beta', beta);
  const d = toFiniteVector('delta', [delta])[0] as number;
  return { v, d, eps };
}

/**
 * Derivative of one pair's loss w.r.t. the log-ratio gap $\Delta$, with $u = \beta\Delta$:
 * - `sigmoid`/`cdpo`: $\beta\,[-(1-\varepsilon)\,\sigma(-u) + \varepsilon\,\sigma(u)]$ (plain DPO: $-\beta\,\sigma(-\beta\Delta)$, Rafailov et al. 2023, §4);
 * - `hinge`: $-\beta$ if $u < 1$, else 0 (the subgradient 0 is used at the kink $u = 1$);
 * - `ipo`: $2\left(\Delta - \frac{1}{2\beta}\right)$;
 * - `robust`: $\beta\,[-(1-\varepsilon)\,\sigma(-u) - \varepsilon\,\sigma(u)]/(1-2\varepsilon)$.
 *
 * Negative values mean gradient descent increases $\Delta$ (pushes $y_w$ up and $y_l$ down). Argument checks as
 * in {@link dpoPairLoss}.
 *
 * @example
 * dpoPairLossGradient(1.4, 0.1); // -0.04650570548417855 (= −0.1 · σ(−0.14))
 * dpoPairLossGradient(20, 0.1, { variant: 'hinge' }); // 0 (u = 2 ≥ 1: the pair no longer contributes)
 */
export function dpoPairLossGradient(
  delta: number,
  beta: number,
  { variant = 'sigmoid', labelSmoothing = 0 }: DpoLossOptions = {},
): number {
  const { v, d, eps } = checkPairArguments(delta, beta, variant, labelSmoothing);
  return pairGradient(v, beta * d, d, beta, eps);
}

/**
 * Gradient weight of one pair: minus the derivative of the variant's loss w.r.t. the implicit reward margin
 * $u = \beta\Delta$, $w = -\partial\ell/\partial u$. A gradient-descent step is $\theta \leftarrow \theta + \eta\,\beta\,w\,\nabla_\theta\Delta$
 * (Rafailov et al. 2023, §4, "What does the DPO update do?"), so $w > 0$ pushes $y_w$ up and $y_l$ down, $w < 0$
 * pulls the pair back, and $w = 0$ leaves it alone:
 * - `sigmoid`/`cdpo`: $(1-\varepsilon)\,\sigma(-u) - \varepsilon\,\sigma(u) = \sigma(-u) - \varepsilon$ (plain DPO: $\sigma(-u)$;
 *   negative past $u^* = \log\frac{1-\varepsilon}{\varepsilon}$);
 * - `hinge`: 1 if $u < 1$, else 0 (the subgradient 0 at the kink $u = 1$);
 * - `ipo`: $-\frac{2}{\beta}\left(\Delta - \frac{1}{2\beta}\right) = -\frac{2}{\beta^2}\left(u - \tfrac12\right)$, unbounded, negative once
 *   the pair overshoots the target $u = \tfrac12$;
 * - `robust`: $\dfrac{(1-\varepsilon)\,\sigma(-u) + \varepsilon\,\sigma(u)}{1-2\varepsilon}$.
 *
 * It equals $-\frac1\beta$ {@link dpoPairLossGradient}. Argument checks as in {@link dpoPairLoss}.
 *
 * @example
 * dpoGradientWeight(1.4, 0.1); // 0.4650570548417855 (= σ(−0.14))
 * dpoGradientWeight(1.4, 1, { variant: 'cdpo', labelSmoothing: 0.2 }); // ≈ −0.002184 (= σ(−1.4) − 0.2)
 * dpoGradientWeight(1.4, 0.5, { variant: 'ipo' }); // ≈ −1.6 (Δ = 1.4 overshoots the target 1/(2β) = 1)
 */
export function dpoGradientWeight(delta: number, beta: number, { variant = 'sigmoid', labelSmoothing = 0 }: DpoLossOptions = {}): number {
  const { v, d, eps } = checkPairArguments(delta, beta, variant, labelSmoothing);
  return pairWeight(v, beta * d, d, beta, eps);
}

/** Result of {@link dpoMarginCurve}: one entry per margin. */
export interface DpoMarginCurve {
  /** The variant's loss $\ell(u)$. */
  losses: Float64Array<ArrayBuffer>;
  /** The variant's gradient weight $-\partial\ell/\partial u$ (see {@link dpoGradientWeight}). */
  gradientWeights: Float64Array<ArrayBuffer>;
}

/**
 * One pair's loss $\ell(u)$ and gradient weight $-\partial\ell/\partial u$ as functions of the implicit reward
 * margin $u = \beta\Delta$, sampled at `margins` (for drawing the curves of a chart): the same values as
 * {@link dpoPairLoss} and {@link dpoGradientWeight} at $\Delta = u/\beta$, with the options checked once.
 *
 * Edge cases: `margins` non-empty and finite; other arguments as in {@link dpoPairLoss}; otherwise `RangeError`
 * naming the argument.
 *
 * @example
 * const c = dpoMarginCurve([0, 1.4], 1, { variant: 'cdpo', labelSmoothing: 0.2 });
 * c.losses; // ≈ Float64Array [0.693147, 0.500417]
 * c.gradientWeights; // ≈ Float64Array [0.3, -0.002184]
 */
export function dpoMarginCurve(
  margins: ArrayLike<number>,
  beta: number,
  { variant = 'sigmoid', labelSmoothing = 0 }: DpoLossOptions = {},
): DpoMarginCurve {
  const u = toFiniteVector('margins', margins);
  assertPositive('beta', beta);
  const v = checkVariant(variant);
  const eps = checkSmoothing(v, labelSmoothing);
  const losses = new Float64Array(u.length);
  const gradientWeights = new Float64Array(u.length);
  for (let i = 0; i < u.length; i++) {
    const ui = u[i] as number;
    const delta = ui / beta;
    losses[i] = pairLoss(v, ui, delta, beta, eps);
    gradientWeights[i] = pairWeight(v, ui, delta, beta, eps);
  }
  return { losses, gradientWeights };
}

/**
 * The DPO loss over a batch of preference pairs, given the sequence log-ratios
 * $\text{lr} = \log \pi_\theta(y \mid x) - \log \pi_{\mathrm{ref}}(y \mid x)$ (sums over completion tokens, TRL
 * convention) of the chosen and rejected answers:
 * $$ \mathcal{L}_{\mathrm{DPO}} = -\frac{1}{n}\sum_{i=1}^{n} \log\sigma(\beta\Delta_i), \qquad \Delta_i = \text{lr}_{w,i} - \text{lr}_{l,i}, $$
 * or one of the variants of {@link dpoPairLoss} (`hinge`, `ipo`, `cdpo`, `robust`). Also returns the quantities TRL
 * logs: implicit rewards $\beta\,\text{lr}$, their margins and accuracy, plain DPO's gradient weights
 * $\sigma(-\beta\Delta)$, and the selected variant's gradient weights $-\partial\ell/\partial u$.
 *
 * Conventions: `ipo` uses the un-normalized $\Delta$ (as in the IPO paper); `sigmoid` with `labelSmoothing`
 * $\varepsilon > 0$ is cDPO (as in TRL), and `cdpo` is the same formula; accuracy is strict ($\Delta_i > 0$).
 *
 * Edge cases: non-empty, finite, equal-length log-ratio arrays; `beta` finite $> 0$; `variant` one of
 * {@link DPO_VARIANTS}; `labelSmoothing` in $[0, 0.5]$ ($[0, 0.5)$ for `robust`). Otherwise `RangeError` naming
 * the argument. Sigmoid-family losses are finite for every finite input (tiny $\beta$, huge log-ratios: $\beta\Delta$
 * is formed without overflowing $\Delta$); IPO's square can overflow only when its true value exceeds float64.
 *
 * @example
 * const r = dpoLoss([1.2, 0.8, 0.4, 1.5], [-0.2, 0.1, 0.5, 0.0], 0.1);
 * r.mean; // 0.6508678665458107 (seed notebook: DPO loss=0.6509)
 * r.margins; // ≈ Float64Array [0.14, 0.07, -0.01, 0.15] (the seed notebook prints them as "DPO advantages")
 * r.weights; // ≈ Float64Array [0.465057, 0.482507, 0.502500, 0.462570]
 * dpoLoss([1.2, 0.8, 0.4, 1.5], [-0.2, 0.1, 0.5, 0.0], 0.1, { variant: 'ipo' }).mean; // 17.4275
 */
export function dpoLoss(
  logRatiosChosen: ArrayLike<number>,
  logRatiosRejected: ArrayLike<number>,
  beta: number,
  { variant = 'sigmoid', labelSmoothing = 0 }: DpoLossOptions = {},
): DpoLossResult {
  const lw = toFiniteVector('logRatiosChosen', logRatiosChosen);
  const ll = toFiniteVector('logRatiosRejected', logRatiosRejected);
  const n = assertSameLength('logRatiosChosen', lw, 'logRatiosRejected', ll);
  assertPositive('beta', beta);
  const v = checkVariant(variant);
  const eps = checkSmoothing(v, labelSmoothing);
  const losses = new Float64Array(n);
  const weights = new Float64Array(n);
  const gradientWeights = new Float64Array(n);
  const gradients = new Float64Array(n);
  const rewardsChosen = new Float64Array(n);
  const rewardsRejected = new Float64Array(n);
  const margins = new Float64Array(n);
  let correct = 0;
  for (let i = 0; i < n; i++) {
    const w = lw[i] as number;
    const l = ll[i] as number;
    const delta = w - l;
    const u = scaledGap(w, l, beta);
    weights[i] = sigmoid(-u);
    losses[i] = pairLoss(v, u, delta, beta, eps);
    gradientWeights[i] = pairWeight(v, u, delta, beta, eps);
    gradients[i] = pairGradient(v, u, delta, beta, eps);
    rewardsChosen[i] = beta * w;
    rewardsRejected[i] = beta * l;
    margins[i] = u;
    if (w > l) correct++;
  }
  return {
    losses,
    mean: meanUnchecked(losses),
    weights,
    gradientWeights,
    gradients,
    rewardsChosen,
    rewardsRejected,
    margins,
    accuracy: correct / n,
  };
}
