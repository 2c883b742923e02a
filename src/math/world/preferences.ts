/**
 * Drawing a preference dataset from the toy world: pairs of responses, each labelled by an annotator
 * (content/chapter-2, section 2.1: a record is a prompt, a chosen and a rejected response).
 *
 * @module
 */
import { assertInteger, fail, toProbabilityVector } from '../validate.ts';
import type { NumpyRandomState } from '../random.ts';
import { preferenceBeforeFlip, utilityGap } from './annotator.ts';
import type { World } from './create-world.ts';
import { STREAM, streamRandom } from './streams.ts';

/** One labelled comparison (plain data). */
export interface Comparison {
  /** Prompt index $x$. */
  prompt: number;
  /** Index of the chosen response $y_w$ among the prompt's responses. */
  chosen: number;
  /** Index of the rejected response $y_l$. */
  rejected: number;
  /** Index of the annotator who gave the label. */
  annotator: number;
  /** Whether the annotator's flip reversed the label (hidden from a learner; shown by widgets about noise). */
  flipped: boolean;
}

/** Options of {@link drawPreferences}. */
export interface PreferenceOptions {
  /** Number of response pairs to draw, an integer in $[1, 100000]$ (default 200). */
  count?: number;
  /** Seed of the dataset stream `numpyRandom([seed, 1])`, an integer in $[0, 2^{32}-1]$ (default: the world's seed). */
  seed?: number;
  /**
   * Who labels: `'random'` (default: one annotator per pair, uniformly), `'all'` (every annotator labels every
   * pair, in annotator order: `count × annotators` records), or one annotator's index.
   */
  annotators?: 'random' | 'all' | number;
  /**
   * Per-prompt sampling policy for the pairs, `policy[x][y]` (e.g. the current policy in a feedback round);
   * default: a uniformly random pair of distinct responses.
   */
  policy?: readonly (readonly number[])[];
}

/** Index drawn from probabilities `p` with one uniform, numpy's `choice(len(p), p=p)` (inverse CDF, `side='right'`). */
function drawIndex(rng: NumpyRandomState, p: ArrayLike<number>): number {
  return rng.choice(p.length, undefined, p);
}

function drawPair(rng: NumpyRandomState, k: number, policy: Float64Array | null): [number, number] {
  if (policy === null) {
    const a = rng.randint(0, k);
    let b = rng.randint(0, k - 1);
    if (b >= a) b++;
    return [a, b];
  }
  const a = drawIndex(rng, policy);
  const rest = Float64Array.from(policy);
  const left = 1 - (rest[a] as number);
  rest[a] = 0;
  if (left > 1e-12) {
    let s = 0;
    for (let i = 0; i < k; i++) s += rest[i] as number;
    for (let i = 0; i < k; i++) rest[i] = (rest[i] as number) / s;
    return [a, drawIndex(rng, rest)];
  }
  let b = rng.randint(0, k - 1);
  if (b >= a) b++;
  return [a, b];
}

function checkPolicy(world: World, policy: unknown): Float64Array[] | null {
  if (policy === undefined) return null;
  if (!Array.isArray(policy) || policy.length !== world.prompts.length) {
    fail('policy', `an array with one probability vector per prompt (${String(world.prompts.length)})`, policy);
  }
  return (policy as number[][]).map((row, x) => {
    const p = toProbabilityVector(`policy[${String(x)}]`, row);
    const k = (world.prompts[x] as World['prompts'][number]).responses.length;
    if (p.length !== k) fail(`policy[${String(x)}]`, `a probability vector of length ${String(k)}`, row);
    return p;
  });
}

/**
 * Draws labelled comparisons from the world. For each of `count` pairs, in this order, from
 * `rng = numpyRandom([seed, 1])`:
 * 1. the prompt `x = rng.randint(0, P)`;
 * 2. the pair: without `policy`, `a = rng.randint(0, K)`, `b = rng.randint(0, K − 1)`, `b += 1` if `b ≥ a` (a
 *    uniform pair of distinct responses); with `policy`, `a` by `rng.choice(K, p = π_x)` and `b` by the same from
 *    $\pi_x$ with $a$ removed and renormalised (uniform over the others if $\pi_x(a) = 1$);
 * 3. the annotator $j$ = `rng.randint(0, J)` when `annotators` is `'random'` (no draw otherwise);
 * 4. per labelling annotator, two uniforms `u, v = rng.rand(), rng.rand()`: the annotator prefers $a$ iff
 *    $u < q = \sigma(\Delta u/\tau)$, and the label is flipped iff $v < \varepsilon$.
 * So $P(a \text{ chosen}) = (1-\varepsilon) q + \varepsilon (1-q)$, see {@link annotatorPreferenceProbability}.
 *
 * Edge cases: `count`, `seed`, `annotators`, `policy` out of range throw `RangeError` naming the option.
 *
 * @example
 * const data = drawPreferences(createWorld(), { count: 3 });
 * data.length; // 3
 * data[0].chosen !== data[0].rejected; // true
 */
export function drawPreferences(world: World, options: PreferenceOptions = {}): Comparison[] {
  const count = assertInteger('count', options.count ?? 200, 1, 100000);
  const seed = assertInteger('seed', options.seed ?? world.seed, 0, 0xffffffff);
  const who = options.annotators ?? 'random';
  const nAnnotators = world.annotators.length;
  if (who !== 'random' && who !== 'all') assertInteger('annotators', who, 0, nAnnotators - 1);
  const policy = checkPolicy(world, options.policy);
  const rng = streamRandom(seed, STREAM.preferences);
  const out: Comparison[] = [];
  for (let i = 0; i < count; i++) {
    const x = rng.randint(0, world.prompts.length);
    const k = (world.prompts[x] as World['prompts'][number]).responses.length;
    const [a, b] = drawPair(rng, k, policy === null ? null : (policy[x] as Float64Array));
    const labellers = who === 'all' ? world.annotators.map((_, j) => j) : [who === 'random' ? rng.randint(0, nAnnotators) : who];
    for (const j of labellers) {
      const spec = world.annotators[j] as World['annotators'][number];
      const prefersA = rng.random() < preferenceBeforeFlip(utilityGap(world, j, x, a, b), spec.noise);
      const flipped = rng.random() < spec.flipRate;
      const chosenIsA = prefersA !== flipped;
      out.push({ prompt: x, chosen: chosenIsA ? a : b, rejected: chosenIsA ? b : a, annotator: j, flipped });
    }
  }
  return out;
}
