/**
 * Validation of a preference dataset against the shape of a world or a tabular policy (shared by the trainers).
 *
 * @module
 */
import { fail } from '../validate.ts';
import type { Comparison } from '../world/preferences.ts';

/** Anything with per-prompt response counts: a world, or just the counts (`[4, 4]`: two prompts of 4 responses). */
export type Shape = { prompts: readonly { responses: readonly unknown[] }[] } | readonly number[];

/**
 * Responses per prompt of a {@link Shape}.
 *
 * @example
 * responseCounts([2, 3]); // [2, 3]
 * responseCounts(createWorld()); // [4, 4, 4, 4, 4, 4, 4, 4]
 */
export function responseCounts(shape: Shape): number[] {
  return Array.isArray(shape) ? [...(shape as readonly number[])] : (shape as Exclude<Shape, readonly number[]>).prompts.map((p) => p.responses.length);
}

/**
 * Checks that `comparisons` is a non-empty array of `{ prompt, chosen, rejected }` whose indices fit the shape and
 * whose chosen and rejected responses differ; throws `RangeError` naming `comparisons[i]…` otherwise.
 *
 * @example
 * checkComparisons([4, 4], [{ prompt: 1, chosen: 0, rejected: 3 }]); // ok
 * checkComparisons([4, 4], [{ prompt: 2, chosen: 0, rejected: 3 }]); // throws RangeError: comparisons[0].prompt must be …
 */
export function checkComparisons(shape: Shape, comparisons: readonly Pick<Comparison, 'prompt' | 'chosen' | 'rejected'>[]): void {
  const counts = responseCounts(shape);
  if (!Array.isArray(comparisons) || comparisons.length === 0) fail('comparisons', 'a non-empty array of comparisons', comparisons);
  comparisons.forEach((c, i) => {
    const at = `comparisons[${String(i)}]`;
    if (typeof c !== 'object' || c === null) fail(at, 'an object { prompt, chosen, rejected }', c);
    const k = Number.isInteger(c.prompt) ? counts[c.prompt] : undefined;
    if (k === undefined) fail(`${at}.prompt`, `an integer in [0, ${String(counts.length - 1)}]`, c.prompt);
    for (const key of ['chosen', 'rejected'] as const) {
      const v = c[key];
      if (!Number.isInteger(v) || v < 0 || v >= k) fail(`${at}.${key}`, `an integer in [0, ${String(k - 1)}]`, v);
    }
    if (c.chosen === c.rejected) fail(`${at}.rejected`, 'different from chosen', c.rejected);
  });
}
