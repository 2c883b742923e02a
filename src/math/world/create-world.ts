/**
 * The toy preference world every data-driven widget of the course shares: prompts $x$, each with $K$ candidate
 * responses $y$ described by a small feature vector $\varphi(x, y)$, a hidden gold reward
 * $r^*(x, y) = w^* \cdot \varphi(x, y)$, and the annotators who compare responses (used from content/chapter-1 to
 * content/chapter-5, so the reader meets the same objects throughout; the annotator model is in `annotator.ts`).
 *
 * The world is plain, JSON-serialisable data (numbers, strings, arrays, objects), drawn from numpy's legacy
 * MT19937 stream so one seed gives the same world in Node, every browser and Python (see `streams.ts`).
 *
 * @module
 */
import { numpyRandom } from '../random.ts';
import { assertFinite, assertInInterval, assertInteger, fail } from '../validate.ts';

/** Names of the response features, in the order of every feature vector $\varphi(x, y)$. */
export const FEATURE_NAMES = ['helpfulness', 'harmlessness', 'length'] as const;

/** One annotator: Bradley–Terry noise on the gold reward, a label flip rate and a bias toward longer answers. */
export interface AnnotatorSpec {
  /** A short label for legends (e.g. `'careful'`). */
  name: string;
  /** Noise scale $\tau \ge 0$ of the Bradley–Terry choice $\sigma(\Delta u/\tau)$; 0 means a deterministic choice. */
  noise: number;
  /** Probability $\varepsilon \in [0, 0.5]$ that the label is reversed after the choice. */
  flipRate: number;
  /** Weight $\lambda$ (reward units per unit of standardised length) the annotator adds for length; 0 = unbiased. */
  lengthBias: number;
}

/** Options of {@link createWorld}; every one is optional. */
export interface WorldOptions {
  /** Seed of the world, an integer in $[0, 2^{32} - 1]$ (default 42). */
  seed?: number;
  /** Number of prompts, an integer in $[1, 100]$ (default 8). */
  prompts?: number;
  /** Candidate responses per prompt $K$, an integer in $[2, 16]$ (default 4). */
  responsesPerPrompt?: number;
  /** Gold weights $w^*$, one finite number per entry of {@link FEATURE_NAMES} (default `[1, 0.5, 0]`). */
  goldWeights?: ArrayLike<number>;
  /** Correlation $\rho \in [-1, 1]$ between helpfulness and length (default 0.5: longer answers tend to help more). */
  lengthCorrelation?: number;
  /** The annotators, 1 to 10 of them (default {@link DEFAULT_ANNOTATORS}). */
  annotators?: readonly AnnotatorSpec[];
}

/** One candidate response. */
export interface WorldResponse {
  /** $\varphi(x, y)$ in the order of {@link FEATURE_NAMES} (standardised scores). */
  features: number[];
  /** The hidden gold reward $r^*(x, y) = w^* \cdot \varphi(x, y)$. */
  goldReward: number;
}

/** One prompt with its candidate responses. */
export interface WorldPrompt {
  responses: WorldResponse[];
}

/** A world made by {@link createWorld}: plain data, safe to `JSON.stringify`. */
export interface World {
  seed: number;
  featureNames: string[];
  goldWeights: number[];
  lengthCorrelation: number;
  prompts: WorldPrompt[];
  annotators: AnnotatorSpec[];
}

/** The default annotators: a careful one, a typical one and a hurried one who likes long answers. */
export const DEFAULT_ANNOTATORS: readonly AnnotatorSpec[] = Object.freeze([
  Object.freeze({ name: 'careful', noise: 0.5, flipRate: 0.05, lengthBias: 0 }),
  Object.freeze({ name: 'typical', noise: 1, flipRate: 0.1, lengthBias: 0.3 }),
  Object.freeze({ name: 'hurried', noise: 2, flipRate: 0.2, lengthBias: 1 }),
]);

/** The defaults of {@link createWorld}, sized for widgets (8 prompts × 4 responses). */
export const WORLD_DEFAULTS = Object.freeze({
  seed: 42,
  prompts: 8,
  responsesPerPrompt: 4,
  goldWeights: Object.freeze([1, 0.5, 0]) as readonly number[],
  lengthCorrelation: 0.5,
  annotators: DEFAULT_ANNOTATORS,
});

function checkAnnotators(annotators: unknown): AnnotatorSpec[] {
  if (!Array.isArray(annotators) || annotators.length < 1 || annotators.length > 10) {
    fail('annotators', 'an array of 1 to 10 annotators', annotators);
  }
  return (annotators as unknown[]).map((a, i) => {
    const at = `annotators[${String(i)}]`;
    if (typeof a !== 'object' || a === null) fail(at, 'an object { name, noise, flipRate, lengthBias }', a);
    const { name, noise, flipRate, lengthBias } = a as Record<string, unknown>;
    if (typeof name !== 'string') fail(`${at}.name`, 'a string', name);
    if (typeof noise !== 'number' || !Number.isFinite(noise) || noise < 0) fail(`${at}.noise`, 'a finite number >= 0', noise);
    return {
      name,
      noise,
      flipRate: assertInInterval(`${at}.flipRate`, flipRate, 0, 0.5),
      lengthBias: assertFinite(`${at}.lengthBias`, lengthBias),
    };
  });
}

/**
 * Draws a toy preference world. For each prompt $x$ in turn, for each of its $K$ responses in turn, three standard
 * normals $h, s, z$ are drawn (`rng.randn(3)` after `np.random.seed(seed)`), and
 * $$ \varphi(x, y) = \big(h,\; s,\; \rho h + \sqrt{1-\rho^2}\, z\big), \qquad r^*(x, y) = w^* \cdot \varphi(x, y), $$
 * i.e. helpfulness, harmlessness and a standardised length correlated with helpfulness by $\rho$. With the
 * default $w^* = (1, 0.5, 0)$ length itself is worth nothing, so an annotator's length bias is pure bias that a
 * reward model will learn as if it were quality (content/chapter-1, section 1.2).
 *
 * The annotators are copied from the options (they are not random). Python reproduces the features with
 * `np.random.seed(seed); np.random.randn(prompts * K * 3)`, read in that order.
 *
 * Edge cases: every option out of range throws a `RangeError` naming it (`seed`, `prompts`,
 * `responsesPerPrompt`, `goldWeights`, `lengthCorrelation`, `annotators[i].noise` …).
 *
 * @example
 * const world = createWorld({ seed: 42 });
 * world.prompts.length; // 8
 * world.prompts[0].responses.length; // 4
 * world.prompts[0].responses[0].features[0]; // 0.4967141530112327 (np.random.seed(42); np.random.randn())
 */
export function createWorld(options: WorldOptions = {}): World {
  const seed = assertInteger('seed', options.seed ?? WORLD_DEFAULTS.seed, 0, 0xffffffff);
  const promptCount = assertInteger('prompts', options.prompts ?? WORLD_DEFAULTS.prompts, 1, 100);
  const k = assertInteger('responsesPerPrompt', options.responsesPerPrompt ?? WORLD_DEFAULTS.responsesPerPrompt, 2, 16);
  const weightsArg = options.goldWeights ?? WORLD_DEFAULTS.goldWeights;
  if (typeof weightsArg !== 'object' || weightsArg === null || weightsArg.length !== FEATURE_NAMES.length) {
    fail('goldWeights', `an array of ${String(FEATURE_NAMES.length)} finite numbers`, weightsArg);
  }
  const goldWeights = Array.from(weightsArg, (w, i) => assertFinite(`goldWeights[${String(i)}]`, w));
  const rho = assertInInterval('lengthCorrelation', options.lengthCorrelation ?? WORLD_DEFAULTS.lengthCorrelation, -1, 1);
  const annotators = checkAnnotators(options.annotators ?? WORLD_DEFAULTS.annotators);
  const rng = numpyRandom(seed);
  const rest = Math.sqrt(1 - rho * rho);
  const prompts: WorldPrompt[] = [];
  for (let x = 0; x < promptCount; x++) {
    const responses: WorldResponse[] = [];
    for (let y = 0; y < k; y++) {
      const h = rng.standardNormal();
      const s = rng.standardNormal();
      const z = rng.standardNormal();
      const features = [h, s, rho * h + rest * z];
      let goldReward = 0;
      for (let j = 0; j < features.length; j++) goldReward += (goldWeights[j] as number) * (features[j] as number);
      responses.push({ features, goldReward });
    }
    prompts.push({ responses });
  }
  return { seed, featureNames: [...FEATURE_NAMES], goldWeights, lengthCorrelation: rho, prompts, annotators };
}

/**
 * The gold rewards as a table, `table[x][y]` $= r^*(x, y)$ (the shape the tabular trainers take).
 *
 * @example
 * goldRewardTable(createWorld()).length; // 8 (one row per prompt)
 */
export function goldRewardTable(world: World): number[][] {
  return world.prompts.map((p) => p.responses.map((r) => r.goldReward));
}
