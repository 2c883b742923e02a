/**
 * The demonstrator of the toy world: the source of the demonstrations that SFT imitates (content/chapter-1,
 * section 1.1; content/chapter-4, section 4.1). It picks a response with probability proportional to
 * $e^{r^*(x, y)/T}$: a low temperature $T$ makes it an expert, a high one a mediocre writer.
 *
 * @module
 */
import { softmax } from '../stable.ts';
import { assertInteger, assertPositive } from '../validate.ts';
import type { World } from './create-world.ts';
import { STREAM, streamRandom } from './streams.ts';

/** One demonstration: a prompt and the response the demonstrator wrote for it. */
export interface Demonstration {
  prompt: number;
  response: number;
}

/** Options of {@link drawDemonstrations}. */
export interface DemonstrationOptions {
  /** Demonstrations per prompt, an integer in $[1, 10000]$ (default 10). */
  perPrompt?: number;
  /** Demonstrator temperature $T > 0$, finite (default 1). */
  temperature?: number;
  /** Seed of the stream `numpyRandom([seed, 2])`, an integer in $[0, 2^{32}-1]$ (default: the world's seed). */
  seed?: number;
}

/**
 * The demonstrator's policy, per prompt a softmax of the gold reward at temperature $T$:
 * $$ \pi_{\mathrm{demo}}(y \mid x) = \frac{e^{r^*(x, y)/T}}{\sum_{y'} e^{r^*(x, y')/T}}. $$
 * $T \to 0$ always writes the best response; $T \to \infty$ writes uniformly at random.
 *
 * Edge cases: `temperature` must be finite and $> 0$, else `RangeError` naming `temperature`.
 *
 * @example
 * const world = createWorld();
 * demonstratorPolicy(world, 1)[0].reduce((a, b) => a + b, 0); // 1 (up to rounding)
 */
export function demonstratorPolicy(world: World, temperature: number): number[][] {
  assertPositive('temperature', temperature);
  return world.prompts.map((p) => Array.from(softmax(p.responses.map((r) => r.goldReward), temperature)));
}

/**
 * Draws demonstrations: for each prompt $x$ in turn, `perPrompt` responses
 * `rng.choice(K, perPrompt, p = π_demo(·|x))` from `rng = numpyRandom([seed, 2])` (numpy's inverse-CDF draw, one
 * uniform each). Returned in drawing order.
 *
 * Edge cases: `perPrompt`, `temperature`, `seed` out of range throw `RangeError` naming the option.
 *
 * @example
 * drawDemonstrations(createWorld(), { perPrompt: 2 }).length; // 16 (8 prompts × 2)
 */
export function drawDemonstrations(world: World, options: DemonstrationOptions = {}): Demonstration[] {
  const perPrompt = assertInteger('perPrompt', options.perPrompt ?? 10, 1, 10000);
  const temperature = assertPositive('temperature', options.temperature ?? 1);
  const seed = assertInteger('seed', options.seed ?? world.seed, 0, 0xffffffff);
  const policy = demonstratorPolicy(world, temperature);
  const rng = streamRandom(seed, STREAM.demonstrations);
  const out: Demonstration[] = [];
  policy.forEach((p, x) => {
    const picks = rng.choice(p.length, perPrompt, p);
    for (const y of picks) out.push({ prompt: x, response: y });
  });
  return out;
}
