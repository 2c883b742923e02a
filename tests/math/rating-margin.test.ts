// Expected values: Touvron et al. 2023 (Llama 2), Table 27, for the margins; the thresholds are the course's rule
// (content/chapter-3/reward-margins.mdx), checked at and just below each threshold.
import { describe, expect, it } from 'vitest';
import { RATING_LEVELS, RATING_MARGINS, ratingFromGoldGap, ratingMargin } from '../../src/math/rating-margin.ts';

describe('RATING_MARGINS', () => {
  it("are Llama 2's Table 27: small 1, 2/3, 1/3, 0 and large 3, 2, 1, 0, in the order of RATING_LEVELS", () => {
    expect(RATING_LEVELS).toEqual(['significantly better', 'better', 'slightly better', 'negligibly better / unsure']);
    expect(RATING_MARGINS.small).toEqual([1, 2 / 3, 1 / 3, 0]);
    expect(RATING_MARGINS.large).toEqual([3, 2, 1, 0]);
    expect(RATING_MARGINS.none).toEqual([0, 0, 0, 0]);
  });
});

describe('ratingFromGoldGap(gap)', () => {
  it.each([
    [2.4, 0],
    [1.5, 0],
    [1.4999, 1],
    [0.75, 1],
    [0.7499, 2],
    [0.25, 2],
    [0.2499, 3],
    [0, 3],
  ])('|gap| = %f → rating %i', (gap, rating) => {
    expect(ratingFromGoldGap(gap)).toBe(rating);
    expect(ratingFromGoldGap(-gap)).toBe(rating);
  });

  it('rejects a non-finite gap with a RangeError naming gap', () => {
    expect(() => ratingFromGoldGap(NaN)).toThrow(/^gap/);
  });
});

describe('ratingMargin(variant, rating)', () => {
  it('reads the table', () => {
    expect(ratingMargin('large', 0)).toBe(3);
    expect(ratingMargin('small', 1)).toBe(2 / 3);
    expect(ratingMargin('none', 2)).toBe(0);
  });

  it('rejects an unknown variant or rating with a RangeError naming the argument', () => {
    expect(() => ratingMargin('huge' as never, 0)).toThrow(/^variant/);
    expect(() => ratingMargin('toString' as never, 0)).toThrow(/^variant/);
    expect(() => ratingMargin('small', 4)).toThrow(/^rating/);
    expect(() => ratingMargin('small', 0.5)).toThrow(/^rating/);
  });
});
