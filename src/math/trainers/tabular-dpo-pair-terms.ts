/**
 * The DPO gradient of a tabular policy taken apart pair by pair (content/chapter-5/dpo-gradient.mdx, section 5.5):
 * for each distinct labelled pair $(x, y_w, y_l)$, its implicit reward margin, the gradient weight the trainer's loss
 * gives it, and its share of the gradient on the two logits it touches.
 *
 * With $\pi_\theta(\cdot \mid x) = \operatorname{softmax}(\theta_x)$ the normaliser cancels in the log-ratio gap,
 * $\Delta = \theta_{x,w} - \theta_{x,l} - (\log\pi_{\mathrm{ref}}(y_w \mid x) - \log\pi_{\mathrm{ref}}(y_l \mid x))$, so
 * $\nabla_\theta\Delta = e_{x,w} - e_{x,l}$ and a pair's loss $\ell(u)$, $u = \beta\Delta$, has
 * $$ \frac{\partial \ell}{\partial \theta_{x,w}} = -\frac{\partial \ell}{\partial \theta_{x,l}} = \beta\,\ell'(u) = -\beta\, w(u), \qquad w(u) = -\ell'(u), $$
 * and no other component. The weight is $w = \sigma(-u)$ for DPO (Rafailov et al. 2023, §4) and $w = 1$ for the
 * unweighted loss $\ell = -u$; the other variants' weights are those of `dpoGradientWeight` (computed for all
 * pairs at once with `dpoMarginCurve`, which checks the options once: a widget calls this after every step).
 *
 * @module
 */
import { dpoMarginCurve } from '../dpo.ts';
import { fail } from '../validate.ts';
import type { TabularDpoTrainer } from './tabular-dpo.ts';

/** One distinct labelled pair's part of the gradient (plain data). */
export interface TabularDpoPairTerm {
  /** Prompt $x$, chosen $y_w$ and rejected $y_l$ (indices, as in the trainer's comparisons). */
  prompt: number;
  chosen: number;
  rejected: number;
  /** Share of the trainer's comparisons with this (prompt, chosen, rejected): its weight in the mean loss. */
  share: number;
  /** Implicit reward margin $u = \beta\Delta = \hat r_\theta(x, y_w) - \hat r_\theta(x, y_l)$. */
  margin: number;
  /** Gradient weight $w = -\partial\ell/\partial u$ of the trainer's loss: $\sigma(-u)$ for DPO, 1 for `'unweighted'`. */
  weight: number;
  /**
   * This pair's part of the gradient of the mean loss on the chosen logit, $\text{share}\cdot\beta\,\ell'(u) = -\text{share}\cdot\beta\,w$;
   * its part on the rejected logit is minus this, and on every other logit 0. A gradient-descent step with step
   * size $\eta$ moves $\theta_{x,w}$ by $-\eta\cdot$ `gradient` (up, when $w > 0$) and $\theta_{x,l}$ by the opposite.
   */
  gradient: number;
}

/** Checks that logits have the trainer's shape and are finite. */
function checkLogits(trainer: TabularDpoTrainer, logits: unknown): readonly (readonly number[])[] {
  const shape = trainer.referenceLogProbs.map((row) => row.length);
  const ok =
    Array.isArray(logits) &&
    logits.length === shape.length &&
    logits.every((row: unknown, x) => Array.isArray(row) && row.length === shape[x] && row.every((v: unknown) => typeof v === 'number' && Number.isFinite(v)));
  if (!ok) fail('logits', `finite logit rows of lengths [${shape.join(', ')}] (one row per prompt)`, logits);
  return logits as readonly (readonly number[])[];
}

/**
 * The terms of the tabular DPO gradient, one per distinct (prompt, chosen, rejected) of the trainer, in the
 * trainer's order (`trainer.distinctPairs`): margin $u = \beta\Delta$, gradient weight $w(u)$ and the pair's part
 * of $\partial\mathcal{L}/\partial\theta_{x,w}$. Summed into their logits they give `tabularDpoGradient`.
 *
 * Edge cases: `logits` must have the trainer's shape (one finite row per prompt, as long as its reference row),
 * else `RangeError` naming `logits`.
 *
 * @example
 * const trainer = createTabularDpoTrainer([3], [{ prompt: 0, chosen: 0, rejected: 1 }], { beta: 0.5 });
 * tabularDpoPairTerms(trainer, [[2, 0, 0]]);
 * // → [{ prompt: 0, chosen: 0, rejected: 1, share: 1, margin: 1, weight: 0.2689…, gradient: −0.1344… }] (σ(−1), −0.5·σ(−1))
 */
export function tabularDpoPairTerms(trainer: TabularDpoTrainer, logits: readonly (readonly number[])[]): TabularDpoPairTerm[] {
  const theta = checkLogits(trainer, logits);
  const { beta, variant, labelSmoothing } = trainer;
  const margins = trainer.distinctPairs.map(({ prompt, chosen, rejected }) => {
    const t = theta[prompt] as readonly number[];
    const ref = trainer.referenceLogProbs[prompt] as number[];
    return beta * ((t[chosen] as number) - (t[rejected] as number) - ((ref[chosen] as number) - (ref[rejected] as number)));
  });
  const weights = variant === 'unweighted' || margins.length === 0 ? null : dpoMarginCurve(margins, beta, { variant, labelSmoothing }).gradientWeights;
  return trainer.distinctPairs.map(({ prompt, chosen, rejected, share }, i) => {
    const weight = weights === null ? 1 : (weights[i] as number);
    return { prompt, chosen, rejected, share, margin: margins[i] as number, weight, gradient: -share * beta * weight };
  });
}
