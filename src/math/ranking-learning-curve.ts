/**
 * A learning curve of a reward model: its ranking accuracy as the preference dataset grows (content/chapter-1,
 * section 1.5). One dataset is drawn at the largest size and the smaller datasets are its prefixes, so the
 * curve shows what more labels add, not the luck of independent draws.
 *
 * @module
 */
import { comparisonDifferences, fitLinearBradleyTerryMap } from './trainers/linear-bradley-terry-map.ts';
import { linearRankingAccuracy } from './linear-ranking-accuracy.ts';
import { assertInteger, fail } from './validate.ts';
import type { World } from './world/create-world.ts';
import { featureCovariance } from './world/feature-covariance.ts';
import { drawPreferences } from './world/preferences.ts';

/** Options of {@link rankingLearningCurve}. */
export interface RankingLearningCurveOptions {
  /** Dataset sizes, integers in $[1, 100000]$, e.g. `[10, 100, 1000]` (any order; repeats allowed). */
  sizes: readonly number[];
  /** Index of the world's annotator who labels every pair (default 0). */
  annotator?: number;
  /** Seed of the dataset stream (see `drawPreferences`; default: the world's seed). */
  seed?: number;
  /** Precision of the prior of the fit (see `fitLinearBradleyTerryMap`; default 0.1). */
  prior?: number;
}

/**
 * For each size $n$ in `sizes`, the ranking accuracy $A(\hat\theta_n)$ (see {@link linearRankingAccuracy}) of the
 * linear reward model {@link fitLinearBradleyTerryMap} fitted to the first $n$ of
 * `drawPreferences(world, { count: max(sizes), annotators: annotator, seed })`, against the world's gold weights
 * $w^*$ and feature covariance. Pairs are uniform pairs of distinct responses to uniform prompts; the annotator's
 * flip rate $\varepsilon$ and noise $\tau$ decide the labels.
 *
 * Two draws with the same seed and annotator index share their pairs and their uniforms, whatever the flip rate:
 * a label is flipped iff its uniform $v < \varepsilon$, so the flipped labels at a larger $\varepsilon$ include those
 * at a smaller one (common random numbers: curves for different $\varepsilon$ differ only by the noise).
 *
 * Edge cases: `sizes` a non-empty array of integers in $[1, 100000]$; `annotator` an index of the world's
 * annotators; other options as in `drawPreferences` and `fitLinearBradleyTerryMap`; else `RangeError` naming the
 * option.
 *
 * @example
 * const world = createWorld({ prompts: 100, annotators: [{ name: 'a', noise: 1, flipRate: 0.2, lengthBias: 0 }] });
 * rankingLearningCurve(world, { sizes: [10, 1000] }); // Float64Array [≈0.8, ≈0.98]: more labels, better ranking
 */
export function rankingLearningCurve(world: World, options: RankingLearningCurveOptions): Float64Array<ArrayBuffer> {
  const sizes = options.sizes;
  if (!Array.isArray(sizes) || sizes.length === 0) fail('sizes', 'a non-empty array of dataset sizes', sizes);
  sizes.forEach((n, i) => assertInteger(`sizes[${String(i)}]`, n, 1, 100000));
  const annotator = assertInteger('annotator', options.annotator ?? 0, 0, world.annotators.length - 1);
  const data = drawPreferences(world, {
    count: Math.max(...sizes),
    annotators: annotator,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  });
  const differences = comparisonDifferences(world, data);
  const covariance = featureCovariance(world);
  const prior = options.prior === undefined ? {} : { prior: options.prior };
  // Fit the sizes from small to large, each started from the previous fit (the minimiser does not depend on the start).
  const accuracy = new Map<number, number>();
  let weights: number[] | undefined;
  for (const n of [...new Set(sizes)].sort((a, b) => a - b)) {
    weights = fitLinearBradleyTerryMap(differences.slice(0, n), { ...prior, ...(weights === undefined ? {} : { initialWeights: weights }) }).weights;
    accuracy.set(n, linearRankingAccuracy(weights, world.goldWeights, covariance));
  }
  return Float64Array.from(sizes, (n) => accuracy.get(n)!);
}
