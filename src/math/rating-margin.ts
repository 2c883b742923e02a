/**
 * Llama 2's preference ratings and the margin $m(r)$ its reward-model loss subtracts for each rating
 * (Touvron et al. 2023, §3.2.2 and Table 27; content/chapter-3/reward-margins.mdx). The toy world has no ratings,
 * so {@link ratingFromGoldGap} derives one from the gold reward gap of a pair with a fixed, documented rule.
 *
 * @module
 */
import { assertFinite, fail } from './validate.ts';

/** Llama 2's four preference ratings, most separable first (index 0 … 3). */
export const RATING_LEVELS = ['significantly better', 'better', 'slightly better', 'negligibly better / unsure'] as const;

/** A rating, as an index into {@link RATING_LEVELS}. */
export type RatingIndex = 0 | 1 | 2 | 3;

/** The margin variants: none (the plain pairwise loss) and Llama 2's "Margin Small" and "Margin Large". */
export type RatingMarginVariant = 'none' | 'small' | 'large';

/**
 * $m(r)$ per rating, in the order of {@link RATING_LEVELS}: Llama 2's Table 27 ("Margin Small" $1, \tfrac23, \tfrac13, 0$
 * and "Margin Large" $3, 2, 1, 0$), and zeros for the loss without a margin term.
 */
export const RATING_MARGINS: Readonly<Record<RatingMarginVariant, readonly number[]>> = Object.freeze({
  none: Object.freeze([0, 0, 0, 0]),
  small: Object.freeze([1, 2 / 3, 1 / 3, 0]),
  large: Object.freeze([3, 2, 1, 0]),
});

/**
 * The gold-gap thresholds of {@link ratingFromGoldGap}: $|\Delta r^*| \ge 1.5$ is "significantly better", $\ge 0.75$
 * "better", $\ge 0.25$ "slightly better", below $0.25$ "negligibly better / unsure".
 */
export const RATING_THRESHOLDS: readonly number[] = Object.freeze([1.5, 0.75, 0.25]);

/**
 * The rating an annotator would give a pair whose gold rewards differ by `gap` (the course's rule for the toy
 * world, which has no ratings): the size $|\Delta r^*|$ of the gap against {@link RATING_THRESHOLDS}. The rating
 * measures how different the two answers are, not which one won, so a label the annotator flipped keeps the
 * rating of its gap.
 *
 * Edge cases: `gap` must be finite, otherwise `RangeError` naming `gap`.
 *
 * @example
 * ratingFromGoldGap(2.4);  // 0 (significantly better)
 * ratingFromGoldGap(-0.7); // 2 (slightly better)
 * ratingFromGoldGap(0.1);  // 3 (negligibly better / unsure)
 */
export function ratingFromGoldGap(gap: number): RatingIndex {
  const size = Math.abs(assertFinite('gap', gap));
  const index = RATING_THRESHOLDS.findIndex((t) => size >= t);
  return (index === -1 ? 3 : index) as RatingIndex;
}

/**
 * $m(r)$ of a rating for a margin variant.
 *
 * Edge cases: `variant` one of `none`, `small`, `large` and `rating` an integer in 0 … 3, otherwise `RangeError`
 * naming the argument.
 *
 * @example
 * ratingMargin('large', 0); // 3
 * ratingMargin('small', 1); // 0.6666666666666666
 */
export function ratingMargin(variant: RatingMarginVariant, rating: number): number {
  const table = RATING_MARGINS[variant] as readonly number[] | undefined;
  if (!Object.hasOwn(RATING_MARGINS, variant) || table === undefined) fail('variant', 'one of none, small, large', variant);
  if (!Number.isInteger(rating) || rating < 0 || rating > 3) fail('rating', 'an integer in [0, 3]', rating);
  return table[rating] as number;
}
