/**
 * The feedback loop of RLHF as a simulation over the toy world (content/chapter-1, section 1.5): each round
 * collects comparisons of responses sampled from the current policy, refits the reward model on every label
 * collected so far, and retrains the policy against it. Step-function API as in `reward-model.ts`: one step is
 * one round, so a widget can run the rounds in slices with `trainingSlices` (`run-steps.ts`).
 *
 * @module
 */
import { linearRankingAccuracy } from '../linear-ranking-accuracy.ts';
import { assertInteger, assertPositive } from '../validate.ts';
import type { World } from '../world/create-world.ts';
import { featureCovariance } from '../world/feature-covariance.ts';
import { drawPreferences, type Comparison } from '../world/preferences.ts';
import { comparisonDifferences, fitLinearBradleyTerryMap } from './linear-bradley-terry-map.ts';
import { uniformPolicy } from './tabular-policy.ts';

/** Options of {@link createFeedbackLoop}. */
export interface FeedbackLoopOptions {
  /** Comparisons collected per round, an integer in $[1, 10000]$ (default 50). */
  perRound?: number;
  /** KL coefficient $\beta > 0$ of the policy update (default 0.5). */
  beta?: number;
  /** Rounds of a default run, an integer in $[1, 63]$ (default 5). */
  rounds?: number;
  /** Index of the world's annotator who labels every pair (default 0). */
  annotator?: number;
  /** Seed of the run's datasets, an integer in $[0, 2^{26} - 1]$ (default: the world's seed, if in range, else 0). */
  seed?: number;
  /** Precision of the reward model's prior (see `fitLinearBradleyTerryMap`; default 0.1). */
  prior?: number;
}

/** The fixed problem of a feedback-loop run (plain data). */
export interface FeedbackLoop {
  world: World;
  /** $\pi_{\mathrm{ref}}$, the uniform policy: the starting policy and the anchor of the KL penalty. */
  reference: number[][];
  perRound: number;
  beta: number;
  annotator: number;
  seed: number;
  prior: number;
  /** Length of a default run (rounds). */
  steps: number;
}

/** What a round's policy and reward model achieve, measured against the hidden gold reward. */
export interface FeedbackLoopMetrics {
  /** $\frac{1}{|X|}\sum_x \mathbb{E}_{y \sim \pi(\cdot\mid x)}[r^*(x, y)]$, the policy's expected gold reward. */
  goldReward: number;
  /** The policy's expected helpfulness feature, averaged over prompts the same way. */
  helpfulness: number;
  /** The policy's expected harmlessness feature (the seed notebook's "safety"). */
  harmlessness: number;
  /** Mean over prompts of $\mathrm{KL}(\pi \,\|\, \pi_{\mathrm{ref}})$. */
  kl: number;
  /** Ranking accuracy of the round's reward model (`linearRankingAccuracy`); `null` before the first round. */
  accuracy: number | null;
  /**
   * Scale of the round's reward model against the gold reward, $c = \theta^\top\Sigma w^* / w^{*\top}\Sigma w^*$: the
   * least-squares slope of $r_\theta$ on $r^*$ over the world's responses (1 when $\theta = w^*$, smaller for a
   * flatter reward); `null` before the first round.
   */
  rewardScale: number | null;
}

/** State after `round` rounds (plain data; never mutated by the trainer). */
export interface FeedbackLoopState {
  round: number;
  /** The current policy, `policy[x][y]`. */
  policy: number[][];
  /** Every comparison collected so far, in collection order. */
  comparisons: Comparison[];
  /** Weights of the current reward model; `null` before the first round. */
  weights: number[] | null;
  metrics: FeedbackLoopMetrics;
}

/**
 * Fixes a feedback-loop problem on a world.
 *
 * Edge cases: options out of range throw `RangeError` naming the option.
 *
 * @example
 * const loop = createFeedbackLoop(createWorld({ prompts: 100 }), { perRound: 50, beta: 0.5 });
 * loop.steps; // 5
 */
export function createFeedbackLoop(world: World, options: FeedbackLoopOptions = {}): FeedbackLoop {
  const perRound = assertInteger('perRound', options.perRound ?? 50, 1, 10000);
  const beta = assertPositive('beta', options.beta ?? 0.5);
  const steps = assertInteger('rounds', options.rounds ?? 5, 1, 63);
  const annotator = assertInteger('annotator', options.annotator ?? 0, 0, world.annotators.length - 1);
  const seed = assertInteger('seed', options.seed ?? (world.seed < 2 ** 26 ? world.seed : 0), 0, 2 ** 26 - 1);
  const prior = assertPositive('prior', options.prior ?? 0.1);
  return { world, reference: uniformPolicy(world), perRound, beta, annotator, seed, prior, steps };
}

/** $\theta^\top\Sigma w^* / w^{*\top}\Sigma w^*$. */
function rewardScale(theta: readonly number[], gold: readonly number[], sigma: readonly (readonly number[])[]): number {
  const form = (a: readonly number[], b: readonly number[]) => a.reduce((s, ai, i) => s + b.reduce((t, bj, j) => t + ai * sigma[i]![j]! * bj, 0), 0);
  return form(theta, gold) / form(gold, gold);
}

function metricsOf(loop: FeedbackLoop, policy: number[][], weights: number[] | null): FeedbackLoopMetrics {
  // Plain loops over the (valid, strictly positive) policies this trainer makes: a widget runs this every round.
  let goldReward = 0;
  let helpfulness = 0;
  let harmlessness = 0;
  let kl = 0;
  loop.world.prompts.forEach((prompt, x) => {
    const p = policy[x]!;
    const ref = loop.reference[x]!;
    prompt.responses.forEach((response, y) => {
      const py = p[y]!;
      goldReward += py * response.goldReward;
      helpfulness += py * response.features[0]!;
      harmlessness += py * response.features[1]!;
      if (py > 0) kl += py * Math.log(py / ref[y]!);
    });
  });
  const count = loop.world.prompts.length;
  const sigma = featureCovariance(loop.world);
  return {
    goldReward: goldReward / count,
    helpfulness: helpfulness / count,
    harmlessness: harmlessness / count,
    kl: kl / count,
    accuracy: weights === null ? null : linearRankingAccuracy(weights, loop.world.goldWeights, sigma),
    rewardScale: weights === null ? null : rewardScale(weights, loop.world.goldWeights, sigma),
  };
}

/** $\pi(y \mid x) \propto \pi_{\mathrm{ref}}(y \mid x)\, e^{\theta\cdot\varphi(x, y)/\beta}$, as a softmax of $\log\pi_{\mathrm{ref}} + r_\theta/\beta$ per prompt. */
function klOptimalPolicy(loop: FeedbackLoop, weights: readonly number[]): number[][] {
  return loop.world.prompts.map((prompt, x) => {
    const ref = loop.reference[x]!;
    const logits = prompt.responses.map((response, y) => {
      let r = 0;
      for (let j = 0; j < weights.length; j++) r += weights[j]! * response.features[j]!;
      return Math.log(ref[y]!) + r / loop.beta;
    });
    const top = Math.max(...logits);
    const exps = logits.map((l) => Math.exp(l - top));
    const total = exps.reduce((a, b) => a + b, 0);
    return exps.map((e) => e / total);
  });
}

/**
 * Round 0: the policy is $\pi_{\mathrm{ref}}$, nothing is collected, there is no reward model yet.
 *
 * @example
 * feedbackLoopInitialState(loop).metrics.kl; // 0
 */
export function feedbackLoopInitialState(loop: FeedbackLoop): FeedbackLoopState {
  const policy = loop.reference.map((row) => [...row]);
  return { round: 0, policy, comparisons: [], weights: null, metrics: metricsOf(loop, policy, null) };
}

/**
 * One round of the loop, from the state after round $t$ to round $t + 1$:
 * 1. **collect**: `perRound` comparisons of pairs sampled from the current policy $\pi_t$,
 *    `drawPreferences(world, { count: perRound, policy: π_t, annotators: annotator, seed: 64·seed + t })`;
 * 2. **refit**: the linear reward model $\hat\theta_{t+1}$ = `fitLinearBradleyTerryMap` on every comparison collected
 *    in rounds $1 \dots t+1$ (started from $\hat\theta_t$; the minimiser is unique, so the start changes only the time);
 * 3. **retrain**: the KL-regularised optimum against it, $\pi_{t+1}(y \mid x) \propto \pi_{\mathrm{ref}}(y \mid x)\,
 *    e^{\hat r_{t+1}(x, y)/\beta}$ (as `tabularOptimalPolicy` computes it), the policy that RL with a KL penalty converges to
 *    (content/chapter-5, section 5.1).
 *
 * Returns a new state with the metrics of $\pi_{t+1}$ and $\hat\theta_{t+1}$; `state` is not modified.
 *
 * @example
 * const next = feedbackLoopStep(loop, feedbackLoopInitialState(loop));
 * next.round; // 1
 * next.comparisons.length; // loop.perRound
 */
export function feedbackLoopStep(loop: FeedbackLoop, state: FeedbackLoopState): FeedbackLoopState {
  const fresh = drawPreferences(loop.world, {
    count: loop.perRound,
    policy: state.policy,
    annotators: loop.annotator,
    seed: loop.seed * 64 + (state.round % 64),
  });
  const comparisons = [...state.comparisons, ...fresh];
  const { weights } = fitLinearBradleyTerryMap(comparisonDifferences(loop.world, comparisons), {
    prior: loop.prior,
    ...(state.weights === null ? {} : { initialWeights: state.weights }),
  });
  const policy = klOptimalPolicy(loop, weights);
  return { round: state.round + 1, policy, comparisons, weights, metrics: metricsOf(loop, policy, weights) };
}
