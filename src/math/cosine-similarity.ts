/**
 * Cosine similarity of two weight vectors: how well a learned linear reward's direction matches the gold one,
 * whatever their lengths (content/chapter-2/reward-model.mdx, section 2.2: comparisons fix the direction of the
 * reward model's weights much better than their scale).
 *
 * @module
 */
import { assertSameLength, fail, toFiniteVector } from './validate.ts';

/**
 * Cosine of the angle between $a$ and $b$:
 * $$ \cos(a, b) = \frac{a \cdot b}{\lVert a \rVert\, \lVert b \rVert} \in [-1, 1]. $$
 * It is 1 when $b$ is a positive multiple of $a$, 0 when they are orthogonal, and it does not change when either
 * vector is scaled by a positive number. The norms are computed with `Math.hypot` (no overflow for large entries),
 * and the result is clamped to $[-1, 1]$ against rounding.
 *
 * Edge cases: `a` and `b` must be non-empty arrays of finite numbers of equal length, else `RangeError` naming the
 * argument; a zero vector has no direction, so `a` or `b` equal to 0 throws a `RangeError` naming it.
 *
 * @example
 * cosineSimilarity([1, 0.5, 0], [2, 1, 0]); // 1
 * cosineSimilarity([1, 0], [0, 3]); // 0
 * cosineSimilarity([1, 1], [1, 0]); // 0.7071067811865475 (1/√2)
 */
export function cosineSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const x = toFiniteVector('a', a);
  const y = toFiniteVector('b', b);
  assertSameLength('a', x, 'b', y);
  const nx = Math.hypot(...x);
  const ny = Math.hypot(...y);
  if (nx === 0) fail('a', 'a non-zero vector', a);
  if (ny === 0) fail('b', 'a non-zero vector', b);
  let dot = 0;
  for (let i = 0; i < x.length; i++) dot += ((x[i] as number) / nx) * ((y[i] as number) / ny);
  return Math.max(-1, Math.min(1, dot));
}
