/**
 * A tabular reward model $r_\phi(x, y) = \phi_{x,y}$ (one free number per response of the toy world) trained
 * by minibatch gradient descent on K-wise rankings, with the two ways of batching them that Ouyang et al. (2022,
 * §3.5) compare (content/chapter-4/rm-training.mdx):
 *
 * - `kwise`: one batch element is one prompt's whole ranking, its loss the mean of the $\binom{K}{2}$ pairwise
 *   losses (`rankingLoss` of `kwise-ranking.ts`), so an epoch visits each ranking once;
 * - `pairs`: the $\binom{K}{2}$ pairs of every ranking are shuffled into one dataset of independent examples, so an
 *   epoch gives every pair its own update and every response $K - 1$ updates.
 *
 * Validation uses a second, independent ranking of the same responses by the same noisy labeller (a fresh draw),
 * because a tabular reward has nothing to say about unseen responses: what it can get wrong is how far it trusts
 * one noisy ranking. Step-function API like `reward-model.ts`: plain-data states, never mutated.
 *
 * @module
 */
import { softplus, sigmoid } from '../stable.ts';
import { assertInteger, assertPositive, fail } from '../validate.ts';
import type { World } from '../world/create-world.ts';
import { drawRankings } from '../world/rankings.ts';
import { minibatchIndices } from './minibatch.ts';

/** How rankings become batch elements. */
export type RankingBatching = 'kwise' | 'pairs';

/** Options of {@link createRankingRewardTrainer}. */
export interface RankingRewardOptions {
  /** `kwise` (default) or `pairs`. */
  batching?: RankingBatching;
  /** Answers ranked per prompt $K$, an integer in $[2, K_{\text{world}}]$ (default: all of them). */
  size?: number;
  /** Noise scale $\tau > 0$ of the labeller's Plackett–Luce ranking (default 1). */
  noise?: number;
  /** Batch elements per step, an integer $\ge 1$ (default 4). */
  batchSize?: number;
  /** Step size $\eta > 0$ (default 1). */
  learningRate?: number;
  /** Epochs of a default run, an integer in $[1, 100]$ (default 4). */
  epochs?: number;
  /** Seed of the training rankings and the minibatch order; the validation rankings use `seed + 1` (default: the world's seed). */
  seed?: number;
}

/** One pair of a ranking: prompt, better and worse answer, weight in the loss. */
export interface WeightedPair {
  prompt: number;
  chosen: number;
  rejected: number;
  weight: number;
}

/** The fixed problem of a run (plain data). */
export interface RankingRewardTrainer {
  batching: RankingBatching;
  /** $K$ and $\binom{K}{2}$. */
  size: number;
  pairsPerRanking: number;
  noise: number;
  batchSize: number;
  learningRate: number;
  seed: number;
  /** The labeller's training and validation rankings, one per prompt, best first. */
  trainRankings: number[][];
  validationRankings: number[][];
  /** The batch elements: each a list of weighted pairs (one prompt's ranking, or one pair of weight 1). */
  elements: WeightedPair[][];
  /** $\lceil \text{elements} / b \rceil$, and the default run length `epochs × stepsPerEpoch`. */
  stepsPerEpoch: number;
  steps: number;
  /** The responses' gold rewards over $\tau$, `gold[x][y]` $= r^*(x, y)/\tau$: the labeller's own model. */
  gold: number[][];
}

/** Loss and accuracy of a reward table on rankings. */
export interface RankingFit {
  /** Mean over prompts of the K-wise loss $\ell_K$. */
  loss: number;
  /** Share of the $P\binom{K}{2}$ pairs the table orders strictly as the rankings do. */
  accuracy: number;
}

/** State after `step` steps (plain data); its fit is {@link rankingRewardFits}. */
export interface RankingRewardState {
  step: number;
  /** `step / stepsPerEpoch`. */
  epoch: number;
  /** $\phi_{x,y}$, one row per prompt, $K$ entries. */
  rewards: number[][];
}

/**
 * Loss and accuracy of `rewards[x][y]` on one ranking per prompt:
 * $\frac{1}{P}\sum_x \frac{1}{\binom{K}{2}}\sum_{i<j} \operatorname{softplus}\big(-(r_{x,(i)} - r_{x,(j)})\big)$, and the share of
 * pairs with $r_{x,(i)} > r_{x,(j)}$.
 *
 * Edge cases: the rankings must index `rewards` and hold at least 2 answers (the trainer's rankings do).
 *
 * @example
 * rankingFit([[0, 0]], [[0, 1]]); // { loss: 0.6931…, accuracy: 0 } (a tie is not ordered)
 */
export function rankingFit(rewards: readonly (readonly number[])[], rankings: readonly (readonly number[])[]): RankingFit {
  let loss = 0;
  let right = 0;
  let pairs = 0;
  rankings.forEach((ranking, x) => {
    const r = rewards[x] as readonly number[];
    let sum = 0;
    let count = 0;
    for (let i = 0; i < ranking.length; i++) {
      for (let j = i + 1; j < ranking.length; j++) {
        const m = (r[ranking[i] as number] as number) - (r[ranking[j] as number] as number);
        sum += softplus(-m);
        count++;
        if (m > 0) right++;
      }
    }
    loss += sum / count;
    pairs += count;
  });
  return { loss: loss / rankings.length, accuracy: right / pairs };
}

function rankingElements(rankings: readonly (readonly number[])[], batching: RankingBatching): WeightedPair[][] {
  const perPrompt = rankings.map((ranking, prompt) => {
    const k = ranking.length;
    const weight = batching === 'kwise' ? 2 / (k * (k - 1)) : 1;
    const pairs: WeightedPair[] = [];
    for (let i = 0; i < k; i++) {
      for (let j = i + 1; j < k; j++) pairs.push({ prompt, chosen: ranking[i] as number, rejected: ranking[j] as number, weight });
    }
    return pairs;
  });
  return batching === 'kwise' ? perPrompt : perPrompt.flat().map((pair) => [pair]);
}

/**
 * Fixes a run: draws the training rankings with `drawRankings(world, { size, noise, seed })` and the validation
 * rankings with seed `seed + 1` (mod $2^{32}$), and builds the batch elements of the batching chosen. With $P$
 * prompts an epoch has $P$ elements (`kwise`) or $P\binom{K}{2}$ (`pairs`).
 *
 * Edge cases: options out of range throw `RangeError` naming the option (`batching`, `size`, `noise`,
 * `batchSize`, `learningRate`, `epochs`, `seed`).
 *
 * @example
 * const world = createWorld({ prompts: 40, responsesPerPrompt: 6 });
 * createRankingRewardTrainer(world, { batching: 'pairs' }).stepsPerEpoch; // 150 (40 · 15 pairs in batches of 4)
 */
export function createRankingRewardTrainer(world: World, options: RankingRewardOptions = {}): RankingRewardTrainer {
  const batching = options.batching ?? 'kwise';
  if (batching !== 'kwise' && batching !== 'pairs') fail('batching', "'kwise' or 'pairs'", batching);
  const smallest = Math.min(...world.prompts.map((p) => p.responses.length));
  const size = assertInteger('size', options.size ?? smallest, 2, smallest);
  const noise = assertPositive('noise', options.noise ?? 1);
  const batchSize = assertInteger('batchSize', options.batchSize ?? 4, 1, 1e6);
  const learningRate = assertPositive('learningRate', options.learningRate ?? 1);
  const epochs = assertInteger('epochs', options.epochs ?? 4, 1, 100);
  const seed = assertInteger('seed', options.seed ?? world.seed, 0, 0xffffffff);
  const trainRankings = drawRankings(world, { size, noise, seed });
  const validationRankings = drawRankings(world, { size, noise, seed: (seed + 1) % 0x100000000 });
  const elements = rankingElements(trainRankings, batching);
  const stepsPerEpoch = Math.ceil(elements.length / Math.min(batchSize, elements.length));
  return {
    batching,
    size,
    pairsPerRanking: (size * (size - 1)) / 2,
    noise,
    batchSize,
    learningRate,
    seed,
    trainRankings,
    validationRankings,
    elements,
    stepsPerEpoch,
    steps: epochs * stepsPerEpoch,
    gold: world.prompts.map((p) => p.responses.slice(0, size).map((r) => r.goldReward / noise)),
  };
}

function stateAt(trainer: RankingRewardTrainer, step: number, rewards: number[][]): RankingRewardState {
  return { step, epoch: step / trainer.stepsPerEpoch, rewards };
}

/**
 * The fit of a state on the training rankings and on the validation rankings (kept out of the step, so a run
 * measures it only where it plots it).
 *
 * @example
 * rankingRewardFits(trainer, rankingRewardInitialState(trainer)).validation.loss; // 0.6931471805599453
 */
export function rankingRewardFits(trainer: RankingRewardTrainer, state: RankingRewardState): { train: RankingFit; validation: RankingFit } {
  return { train: rankingFit(state.rewards, trainer.trainRankings), validation: rankingFit(state.rewards, trainer.validationRankings) };
}

/**
 * Step 0: every $\phi_{x,y} = 0$ (loss $\log 2$, no pair ordered).
 *
 * @example
 * rankingRewardInitialState(trainer).rewards[0]; // [0, 0, 0, 0, 0, 0]
 */
export function rankingRewardInitialState(trainer: RankingRewardTrainer): RankingRewardState {
  return stateAt(trainer, 0, trainer.gold.map((row) => row.map(() => 0)));
}

/**
 * One minibatch step on $\mathcal{L}_B(\phi) = \frac{1}{|B|}\sum_{e \in B} \sum_{(x, w, l) \in e} c\,\operatorname{softplus}\big(-(\phi_{x,w} - \phi_{x,l})\big)$,
 * with $c = 1/\binom{K}{2}$ for a K-wise element and $c = 1$ for a single pair:
 * $$ \phi_{x,w} \mathrel{-}= -\frac{\eta}{|B|}\, c\, \sigma\big(-(\phi_{x,w} - \phi_{x,l})\big), \qquad \phi_{x,l} \mathrel{-}= +\frac{\eta}{|B|}\, c\, \sigma\big(-(\phi_{x,w} - \phi_{x,l})\big) $$
 * for every pair of the batch, all gradients taken at the old $\phi$. The batch of step $s$ comes from the
 * shuffled-epoch schedule of `minibatch.ts` over the elements. Returns a new state; `state` is not modified.
 *
 * @example
 * rankingRewardStep(trainer, rankingRewardInitialState(trainer)).step; // 1
 */
export function rankingRewardStep(trainer: RankingRewardTrainer, state: RankingRewardState): RankingRewardState {
  const batch = minibatchIndices(trainer.elements.length, trainer.batchSize, trainer.seed, state.step);
  const rewards = state.rewards.map((row) => [...row]);
  const scale = trainer.learningRate / batch.length;
  for (const e of batch) {
    for (const pair of trainer.elements[e] as WeightedPair[]) {
      const old = state.rewards[pair.prompt] as number[];
      const push = scale * pair.weight * sigmoid(-((old[pair.chosen] as number) - (old[pair.rejected] as number)));
      const row = rewards[pair.prompt] as number[];
      row[pair.chosen] = (row[pair.chosen] as number) + push;
      row[pair.rejected] = (row[pair.rejected] as number) - push;
    }
  }
  return stateAt(trainer, state.step + 1, rewards);
}
