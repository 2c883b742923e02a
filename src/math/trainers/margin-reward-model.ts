/**
 * A linear reward model $r_\theta(x, y) = \theta \cdot \varphi(x, y)$ over the toy world's features, trained by
 * full-batch gradient descent on the pairwise loss with Llama 2's margin term (Touvron et al. 2023, eq. 2;
 * content/chapter-3/reward-margins.mdx):
 * $$ \mathcal{L}(\theta) = \frac1n \sum_i \operatorname{softplus}\big(m(r)_i - m_i\big), \qquad m_i = \theta \cdot d_i, \quad
 * d_i = \varphi(x_i, y_{w,i}) - \varphi(x_i, y_{l,i}). $$
 * Each pair's rating comes from its gold reward gap (`ratingFromGoldGap`) and its rating margin from the variant
 * (`RATING_MARGINS`). Step-function API as in `reward-model.ts`: {@link createMarginRewardTrainer} fixes the
 * problem, {@link marginRewardInitialState} is step 0 and {@link marginRewardStep} maps a state to the next
 * without mutating it.
 *
 * @module
 */
import { marginRankingLoss } from '../margin-ranking-loss.ts';
import { ratingFromGoldGap, ratingMargin, type RatingIndex, type RatingMarginVariant } from '../rating-margin.ts';
import { assertInteger, assertPositive, fail } from '../validate.ts';
import type { World } from '../world/create-world.ts';
import type { Comparison } from '../world/preferences.ts';
import { comparisonDifferences } from './linear-bradley-terry-map.ts';

/** Options of {@link createMarginRewardTrainer}. */
export interface MarginRewardOptions {
  /** Which rating margins: `none` (default), Llama 2's `small` or `large`. */
  variant?: RatingMarginVariant;
  /** Step size $\eta > 0$ (default 0.5). */
  learningRate?: number;
  /** Length of a run in full-batch steps, an integer in $[1, 10000]$ (default 100). */
  steps?: number;
}

/** The fixed problem of a run (plain data). */
export interface MarginRewardTrainer {
  variant: RatingMarginVariant;
  /** $d_i$ per comparison, in the order given. */
  differences: number[][];
  /** The rating of each comparison, from its gold gap $r^*(x, y_w) - r^*(x, y_l)$. */
  ratings: RatingIndex[];
  /** $m(r)$ of each comparison under the variant. */
  ratingMargins: number[];
  learningRate: number;
  steps: number;
}

/** State after `step` full-batch steps (plain data; never mutated by the trainer). */
export interface MarginRewardState {
  step: number;
  /** $\theta$, one weight per feature. */
  weights: number[];
  /** $m_i = \theta \cdot d_i$ of every comparison. */
  margins: number[];
  /** Mean margin-aware loss of the run's own variant. */
  loss: number;
  /** Share of comparisons with $m_i \le 0$. */
  errorRate: number;
}

/**
 * Fixes a run: the feature differences, ratings and rating margins of the comparisons.
 *
 * Edge cases: comparisons must index the world's prompts and responses; an unknown variant or a step size or step
 * count out of range throws `RangeError` naming the option.
 *
 * @example
 * const world = createWorld();
 * const trainer = createMarginRewardTrainer(world, drawPreferences(world), { variant: 'large' });
 * trainer.ratingMargins.length; // 200
 */
export function createMarginRewardTrainer(world: World, comparisons: readonly Comparison[], options: MarginRewardOptions = {}): MarginRewardTrainer {
  const variant = options.variant ?? 'none';
  if (variant !== 'none' && variant !== 'small' && variant !== 'large') fail('variant', 'one of none, small, large', variant);
  const learningRate = assertPositive('learningRate', options.learningRate ?? 0.5);
  const steps = assertInteger('steps', options.steps ?? 100, 1, 10000);
  const differences = comparisonDifferences(world, comparisons);
  const ratings = comparisons.map((c) => {
    const responses = (world.prompts[c.prompt] as World['prompts'][number]).responses;
    const gap = (responses[c.chosen] as (typeof responses)[number]).goldReward - (responses[c.rejected] as (typeof responses)[number]).goldReward;
    return ratingFromGoldGap(gap);
  });
  return { variant, differences, ratings, ratingMargins: ratings.map((r) => ratingMargin(variant, r)), learningRate, steps };
}

function stateAt(trainer: MarginRewardTrainer, step: number, weights: number[]): MarginRewardState {
  const margins = trainer.differences.map((d) => d.reduce((s, v, j) => s + v * (weights[j] as number), 0));
  const { mean, errorRate } = marginRankingLoss(margins, trainer.ratingMargins);
  return { step, weights, margins, loss: mean, errorRate };
}

/**
 * Step 0: $\theta = 0$, so every margin is 0 and every pair counts as an error (a tie).
 *
 * @example
 * marginRewardInitialState(trainer).errorRate; // 1
 */
export function marginRewardInitialState(trainer: MarginRewardTrainer): MarginRewardState {
  return stateAt(trainer, 0, (trainer.differences[0] as number[]).map(() => 0));
}

/**
 * One full-batch gradient step:
 * $$ \theta \leftarrow \theta - \eta\,\frac1n\sum_i -\sigma\big(m(r)_i - m_i\big)\, d_i. $$
 * Returns the new state; `state` is not modified. Cost $O(nD)$.
 *
 * @example
 * marginRewardStep(trainer, marginRewardInitialState(trainer)).step; // 1
 */
export function marginRewardStep(trainer: MarginRewardTrainer, state: MarginRewardState): MarginRewardState {
  const { gradients } = marginRankingLoss(state.margins, trainer.ratingMargins);
  const n = trainer.differences.length;
  const weights = state.weights.map((w, j) => {
    let g = 0;
    trainer.differences.forEach((d, i) => (g += (gradients[i] as number) * (d[j] as number)));
    return w - (trainer.learningRate * g) / n;
  });
  return stateAt(trainer, state.step + 1, weights);
}
