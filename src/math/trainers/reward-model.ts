/**
 * A linear Bradley–Terry reward model $r_\theta(x, y) = \theta \cdot \varphi(x, y)$ over the toy world's features,
 * trained by minibatch gradient descent on the pairwise loss with a validation split (content/chapter-2,
 * section 2.2; content/chapter-4, section 4.2). Step-function API: {@link createRewardModelTrainer} fixes the
 * problem, {@link rewardModelInitialState} gives step 0, {@link rewardModelStep} maps a state to the next one
 * without mutating it (so a widget can play, pause, step and reset by keeping or dropping states).
 * In a browser, advance it a slice of steps per animation frame with `trainingSlices` (`run-steps.ts`), so no
 * task blocks the main thread for long; `npm run bench` prints the cost of one step and of a default run.
 *
 * @module
 */
import { pairwiseLoss } from '../bradley-terry.ts';
import { assertInInterval, assertInteger, assertPositive, fail } from '../validate.ts';
import type { World } from '../world/create-world.ts';
import type { Comparison } from '../world/preferences.ts';
import { STREAM, streamRandom } from '../world/streams.ts';
import { checkComparisons } from './check-comparisons.ts';
import { minibatchIndices } from './minibatch.ts';

/** Options of {@link createRewardModelTrainer}. */
export interface RewardModelOptions {
  /** Step size $\eta > 0$ (default 0.5). */
  learningRate?: number;
  /** Pairs per step, an integer $\ge 1$ (default 16; at least the training-set size means full batch). */
  batchSize?: number;
  /** Share of the comparisons held out for validation, in $[0, 0.9]$ (default 0.2). */
  validationFraction?: number;
  /** L2 penalty $\lambda \ge 0$ added as $\frac{\lambda}{2}\lVert\theta\rVert^2$ (default 0). */
  l2?: number;
  /** Length of a default run in epochs, an integer in $[1, 1000]$ (default 10). */
  epochs?: number;
  /** Seed of the split (`numpyRandom([seed, 4])`) and of the minibatch order (default: the world's seed). */
  seed?: number;
}

/** The fixed problem of a reward-model run (plain data). */
export interface RewardModelTrainer {
  featureNames: string[];
  /** $d_i = \varphi(x_i, y_{w,i}) - \varphi(x_i, y_{l,i})$ for the training pairs. */
  trainDifferences: number[][];
  /** The same for the validation pairs (may be empty). */
  validationDifferences: number[][];
  /** Indices into the comparisons given, of the training and validation pairs. */
  trainIndices: number[];
  validationIndices: number[];
  learningRate: number;
  batchSize: number;
  l2: number;
  seed: number;
  /** Steps per epoch $\lceil n_{\mathrm{train}} / b \rceil$ and the default run length `epochs × stepsPerEpoch`. */
  stepsPerEpoch: number;
  steps: number;
}

/** State after `step` steps (plain data; never mutated by the trainer). */
export interface RewardModelState {
  step: number;
  /** Completed epochs, `step / stepsPerEpoch` (fractional inside an epoch). */
  epoch: number;
  /** $\theta$, one weight per feature. */
  weights: number[];
  /** Mean pairwise loss and strict accuracy on the training pairs. */
  trainLoss: number;
  trainAccuracy: number;
  /** The same on the validation pairs; `null` without a validation split. */
  validationLoss: number | null;
  validationAccuracy: number | null;
}

function difference(world: World, c: Comparison): number[] {
  const responses = (world.prompts[c.prompt] as World['prompts'][number]).responses;
  const w = (responses[c.chosen] as (typeof responses)[number]).features;
  const l = (responses[c.rejected] as (typeof responses)[number]).features;
  return w.map((v, j) => v - (l[j] as number));
}

/**
 * Fixes a reward-model problem: shuffles the comparisons with `numpyRandom([seed, 4]).permutation(n)`, holds out
 * the first $\mathrm{round}(f\,n)$ for validation and trains on the rest.
 *
 * Edge cases: comparisons must index the world's prompts and responses; at least one training pair must remain;
 * options out of range throw `RangeError` naming the option.
 *
 * @example
 * const world = createWorld();
 * const trainer = createRewardModelTrainer(world, drawPreferences(world));
 * trainer.trainIndices.length; // 160 (200 pairs, 20 % held out)
 */
export function createRewardModelTrainer(world: World, comparisons: readonly Comparison[], options: RewardModelOptions = {}): RewardModelTrainer {
  checkComparisons(world, comparisons);
  const learningRate = assertPositive('learningRate', options.learningRate ?? 0.5);
  const batchSize = assertInteger('batchSize', options.batchSize ?? 16, 1);
  const fraction = assertInInterval('validationFraction', options.validationFraction ?? 0.2, 0, 0.9);
  const l2 = assertInInterval('l2', options.l2 ?? 0, 0, Number.MAX_VALUE);
  const epochs = assertInteger('epochs', options.epochs ?? 10, 1, 1000);
  const seed = assertInteger('seed', options.seed ?? world.seed, 0, 0xffffffff);
  const n = comparisons.length;
  const order = Array.from(streamRandom(seed, STREAM.split).permutation(n));
  const nValidation = Math.round(fraction * n);
  if (nValidation >= n) fail('validationFraction', `small enough to leave a training pair (${String(n)} comparisons)`, fraction);
  const validationIndices = order.slice(0, nValidation);
  const trainIndices = order.slice(nValidation);
  const stepsPerEpoch = Math.ceil(trainIndices.length / Math.min(batchSize, trainIndices.length));
  return {
    featureNames: [...world.featureNames],
    trainDifferences: trainIndices.map((i) => difference(world, comparisons[i] as Comparison)),
    validationDifferences: validationIndices.map((i) => difference(world, comparisons[i] as Comparison)),
    trainIndices,
    validationIndices,
    learningRate,
    batchSize,
    l2,
    seed,
    stepsPerEpoch,
    steps: epochs * stepsPerEpoch,
  };
}

function margins(weights: readonly number[], differences: readonly (readonly number[])[]): Float64Array<ArrayBuffer> {
  const out = new Float64Array(differences.length);
  differences.forEach((d, i) => {
    let m = 0;
    for (let j = 0; j < weights.length; j++) m += (weights[j] as number) * (d[j] as number);
    out[i] = m;
  });
  return out;
}

function evaluate(differences: readonly (readonly number[])[], weights: readonly number[]): { loss: number; accuracy: number } | null {
  if (differences.length === 0) return null;
  const m = margins(weights, differences);
  const r = pairwiseLoss(m, new Float64Array(m.length));
  return { loss: r.mean, accuracy: r.accuracy };
}

function stateAt(trainer: RewardModelTrainer, step: number, weights: number[]): RewardModelState {
  const train = evaluate(trainer.trainDifferences, weights) as { loss: number; accuracy: number };
  const validation = evaluate(trainer.validationDifferences, weights);
  return {
    step,
    epoch: step / trainer.stepsPerEpoch,
    weights,
    trainLoss: train.loss,
    trainAccuracy: train.accuracy,
    validationLoss: validation?.loss ?? null,
    validationAccuracy: validation?.accuracy ?? null,
  };
}

/**
 * Step 0: $\theta = 0$ (every pair at probability ½, loss $\log 2$).
 *
 * @example
 * rewardModelInitialState(trainer).trainLoss; // 0.6931471805599453
 */
export function rewardModelInitialState(trainer: RewardModelTrainer): RewardModelState {
  return stateAt(trainer, 0, trainer.featureNames.map(() => 0));
}

/**
 * One minibatch gradient step on $\mathcal{L}(\theta) = -\frac{1}{|B|}\sum_{i \in B} \log\sigma(\theta\cdot d_i) + \frac{\lambda}{2}\lVert\theta\rVert^2$:
 * $$ \theta \leftarrow \theta - \eta\Big(\frac{1}{|B|}\sum_{i\in B} -\sigma(-\theta\cdot d_i)\, d_i + \lambda\theta\Big), $$
 * with the batch $B$ of step `state.step` from the shuffled-epoch schedule (see `minibatch.ts`). Returns a new
 * state with the training and validation loss and accuracy of the new weights; `state` is not modified.
 * Cost: $O((|B| + n)\,D)$, a few microseconds for the default sizes.
 *
 * @example
 * let state = rewardModelInitialState(trainer);
 * state = rewardModelStep(trainer, state); // state.step === 1
 */
export function rewardModelStep(trainer: RewardModelTrainer, state: RewardModelState): RewardModelState {
  const n = trainer.trainDifferences.length;
  const batch = minibatchIndices(n, trainer.batchSize, trainer.seed, state.step).map((i) => trainer.trainDifferences[i] as number[]);
  const gradients = pairwiseLoss(margins(state.weights, batch), new Float64Array(batch.length)).gradients;
  const weights = state.weights.map((w, j) => {
    let g = 0;
    batch.forEach((d, i) => (g += (gradients[i] as number) * (d[j] as number)));
    return w - trainer.learningRate * (g / batch.length + trainer.l2 * w);
  });
  return stateAt(trainer, state.step + 1, weights);
}

/**
 * The learned rewards of every response, `table[x][y]` $= \theta \cdot \varphi(x, y)$.
 *
 * @example
 * rewardModelRewards(world, [1, 0.5, 0])[0][0] === world.prompts[0].responses[0].goldReward; // true
 */
export function rewardModelRewards(world: World, weights: readonly number[]): number[][] {
  return world.prompts.map((p) =>
    p.responses.map((r) => r.features.reduce((s, v, j) => s + v * (weights[j] as number), 0)),
  );
}
