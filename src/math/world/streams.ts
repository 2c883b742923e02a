/**
 * The random streams of the toy preference world. Every draw comes from numpy's legacy MT19937 generator
 * ({@link numpyRandom}), so a seed gives the same numbers in Node, in every browser and in Python:
 *
 * | stream | generator | Python equivalent |
 * |---|---|---|
 * | the world (features) | `numpyRandom(seed)` | `np.random.seed(seed)` |
 * | a preference dataset | `numpyRandom([seed, 1])` | `np.random.seed([seed, 1])` |
 * | demonstrations | `numpyRandom([seed, 2])` | `np.random.seed([seed, 2])` |
 * | a trainer's minibatch order in epoch `e` | `numpyRandom([seed, 3, e])` | `np.random.seed([seed, 3, e])` |
 * | a train/validation split | `numpyRandom([seed, 4])` | `np.random.seed([seed, 4])` |
 * | K-wise rankings (`rankings.ts`) | `numpyRandom([seed, 5])` | `np.random.seed([seed, 5])` |
 * | bootstrap resamples (content/chapter-3/rewardbench.mdx) | `numpyRandom([seed, 6])` | `np.random.seed([seed, 6])` |
 *
 * Separate streams keep one draw from shifting another: a widget can change the number of comparisons without
 * changing the world, or the minibatch order without changing the data.
 *
 * @module
 */
import { numpyRandom, type NumpyRandomState } from '../random.ts';

/** Tags of the derived streams (the second word of the array seed). */
export const STREAM = { preferences: 1, demonstrations: 2, minibatches: 3, split: 4, rankings: 5, bootstrap: 6 } as const;

/**
 * The generator of a derived stream: `numpyRandom([seed, tag, ...rest])` (numpy's `init_by_array` seeding).
 *
 * @example
 * streamRandom(42, STREAM.preferences).random(); // same as np.random.seed([42, 1]); np.random.rand()
 */
export function streamRandom(seed: number, tag: number, ...rest: number[]): NumpyRandomState {
  return numpyRandom([seed, tag, ...rest]);
}
