/**
 * Drawing K-wise rankings from the toy world (content/chapter-3/pairwise-loss.mdx): for each prompt, a labeller
 * orders its first $k$ responses by the Plackett–Luce model on the gold reward (Luce 1959; Plackett 1975), the
 * ranking model whose pairs are Bradley–Terry comparisons.
 *
 * @module
 */
import { assertInteger, assertPositive } from '../validate.ts';
import type { World } from './create-world.ts';
import { STREAM, streamRandom } from './streams.ts';

/** Options of {@link drawRankings}; every one is optional. */
export interface RankingOptions {
  /** Responses ranked per prompt $k$: the first $k$ of each prompt, an integer in $[2, K]$ (default $K$). */
  size?: number;
  /** Seed of the ranking stream `numpyRandom([seed, 5])`, an integer in $[0, 2^{32}-1]$ (default: the world's seed). */
  seed?: number;
  /** Noise scale $\tau > 0$ of the labeller (default 1). */
  noise?: number;
}

/**
 * One ranking per prompt, best first. With `rng = numpyRandom([seed, 5])`, prompt by prompt and response by
 * response, one uniform $u$ is drawn (`rng.rand()`), turned into a standard Gumbel $g = -\log(-\log u)$, and the
 * first $k$ responses are sorted by $r^{*}(x, y)/\tau + g$, largest first (ties by index). This is the Gumbel-max
 * form of Plackett–Luce sampling (Yellott 1977): the best-ranked answer is $y$ with probability
 * $\operatorname{softmax}(r^{*}/\tau)_y$, and for any two answers
 * $P(y_a \text{ ranked above } y_b) = \sigma\big((r^{*}_a - r^{*}_b)/\tau\big)$, because the difference of two
 * independent standard Gumbels is standard logistic. So every pair of a ranking is a Bradley–Terry comparison on
 * the gold reward.
 *
 * Python: `np.random.seed([seed, 5]); u = np.random.random_sample(P * k)`, read prompt by prompt.
 *
 * Edge cases: `size` outside $[2, K]$ (for the smallest $K$ of the world), `seed` out of range or `noise` not
 * positive throw `RangeError` naming the option.
 *
 * @example
 * drawRankings(createWorld({ seed: 42, prompts: 4 }), { size: 3 });
 * // → [[2, 0, 1], [0, 2, 1], [2, 1, 0], [1, 2, 0]]
 */
export function drawRankings(world: World, options: RankingOptions = {}): number[][] {
  const smallest = Math.min(...world.prompts.map((prompt) => prompt.responses.length));
  const k = assertInteger('size', options.size ?? smallest, 2, smallest);
  const seed = assertInteger('seed', options.seed ?? world.seed, 0, 0xffffffff);
  const tau = assertPositive('noise', options.noise ?? 1);
  const rng = streamRandom(seed, STREAM.rankings);
  return world.prompts.map((prompt) => {
    const utility = prompt.responses.slice(0, k).map((response) => response.goldReward / tau - Math.log(-Math.log(rng.random())));
    return utility.map((_, y) => y).sort((a, b) => (utility[b] as number) - (utility[a] as number) || a - b);
  });
}
