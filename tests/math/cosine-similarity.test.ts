import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cosineSimilarity } from '../../src/math/cosine-similarity.ts';

const vector = (n: number) => fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: n, maxLength: n }).filter((v) => v.some((x) => Math.abs(x) > 1e-3));

describe('cosineSimilarity(a, b)', () => {
  it('matches numpy: a·b / (‖a‖ ‖b‖)', () => {
    // python3 + numpy 2.4: a @ b / np.linalg.norm(a) / np.linalg.norm(b)
    expect(cosineSimilarity([1, 1], [1, 0])).toBeCloseTo(0.7071067811865475, 15);
    expect(cosineSimilarity([3, -1, 2], [1, 0.5, 0])).toBeCloseTo(0.5976143046671968, 15);
    expect(cosineSimilarity([-2, 1], [4, -2])).toBeCloseTo(-1, 15);
    expect(cosineSimilarity([1, 0], [0, 3])).toBe(0);
  });
  it('does not overflow where a·b and ‖a‖² do (numpy returns 0.0 with an overflow warning for [1e200, 1e200], [1, 1])', () => {
    expect(cosineSimilarity([1e200, 1e200], [1, 1])).toBeCloseTo(1, 15);
  });
  it('is symmetric, lies in [−1, 1], and ignores positive scaling of either vector', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }).chain((n) => fc.tuple(vector(n), vector(n), fc.double({ min: 0.01, max: 100, noNaN: true }))), ([a, b, s]) => {
        const c = cosineSimilarity(a, b);
        return (
          c >= -1 && c <= 1 &&
          Math.abs(c - cosineSimilarity(b, a)) < 1e-12 &&
          Math.abs(c - cosineSimilarity(a.map((x) => s * x), b)) < 1e-12
        );
      }),
    );
  });
  it('rejects zero vectors, non-finite entries and unequal lengths with a RangeError naming the argument', () => {
    expect(() => cosineSimilarity([0, 0], [1, 1])).toThrow(/^a must be a non-zero vector/);
    expect(() => cosineSimilarity([1, 1], [0, 0])).toThrow(/^b must be a non-zero vector/);
    expect(() => cosineSimilarity([1, Number.NaN], [1, 1])).toThrow(/^a\[1\] must be a finite number/);
    expect(() => cosineSimilarity([1], [1, 1])).toThrow(/a and b must have the same length/);
    expect(() => cosineSimilarity([], [])).toThrow(RangeError);
  });
});
