/**
 * How a toy-world annotator compares two responses (content/chapter-3, section 3.3): Bradley–Terry noise on the
 * gold reward plus a length bias, then a label flip.
 *
 * @module
 */
import { sigmoid } from '../stable.ts';
import { assertInteger } from '../validate.ts';
import type { World } from './create-world.ts';

/** Index of the standardised length in a feature vector (see `FEATURE_NAMES`). */
const LENGTH = 2;

/**
 * Checks a (prompt, response, response) triple against the world's sizes and returns the annotator's utility gap
 * $\Delta u = r^*(x, a) - r^*(x, b) + \lambda\,(\ell_a - \ell_b)$ (internal to the world; not re-exported).
 *
 * @example
 * utilityGap(createWorld(), 0, 0, 1, 1); // 0
 */
export function utilityGap(world: World, annotator: number, prompt: number, a: number, b: number): number {
  assertInteger('annotator', annotator, 0, world.annotators.length - 1);
  assertInteger('prompt', prompt, 0, world.prompts.length - 1);
  const responses = (world.prompts[prompt] as World['prompts'][number]).responses;
  assertInteger('a', a, 0, responses.length - 1);
  assertInteger('b', b, 0, responses.length - 1);
  const ra = responses[a] as (typeof responses)[number];
  const rb = responses[b] as (typeof responses)[number];
  const bias = (world.annotators[annotator] as World['annotators'][number]).lengthBias;
  return ra.goldReward - rb.goldReward + bias * ((ra.features[LENGTH] as number) - (rb.features[LENGTH] as number));
}

/**
 * Probability that the annotator *prefers* $a$ before any flip: $q = \sigma(\Delta u / \tau)$ for noise $\tau > 0$,
 * and $q = \mathbb{1}[\Delta u > 0]$ (½ on a tie) for $\tau = 0$ (internal to the world; not re-exported).
 *
 * @example
 * preferenceBeforeFlip(0, 1); // 0.5
 * preferenceBeforeFlip(2, 0); // 1
 */
export function preferenceBeforeFlip(gap: number, noise: number): number {
  if (noise > 0) return sigmoid(gap / noise);
  return gap > 0 ? 1 : gap < 0 ? 0 : 0.5;
}

/**
 * Probability that annotator $j$ labels response $a$ as chosen over $b$ for prompt $x$:
 * $$ P(a \succ b) = (1-\varepsilon)\,q + \varepsilon\,(1-q), \qquad q = \sigma\!\left(\frac{r^*(x,a) - r^*(x,b) + \lambda(\ell_a - \ell_b)}{\tau}\right), $$
 * with the annotator's noise $\tau$ (for $\tau = 0$, $q$ is 1, 0 or ½ by the sign of the gap), flip rate
 * $\varepsilon$ and length bias $\lambda$; $\ell$ is the standardised length feature. This is the exact
 * probability behind every label {@link drawPreferences} draws.
 *
 * Edge cases: indices must be integers within the world's sizes, else `RangeError` naming `annotator`,
 * `prompt`, `a` or `b`. $a = b$ gives ½ (no gap).
 *
 * @example
 * const world = createWorld();
 * annotatorPreferenceProbability(world, 0, 0, 1, 1); // 0.5
 */
export function annotatorPreferenceProbability(world: World, annotator: number, prompt: number, a: number, b: number): number {
  const gap = utilityGap(world, annotator, prompt, a, b);
  const spec = world.annotators[annotator] as World['annotators'][number];
  const q = preferenceBeforeFlip(gap, spec.noise);
  return (1 - spec.flipRate) * q + spec.flipRate * (1 - q);
}
