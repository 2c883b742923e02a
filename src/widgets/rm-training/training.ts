/**
 * The training runs of the `rm-training` widget (content/chapter-4/rm-training.mdx): a tabular reward model of a
 * toy world of {@link PROMPTS} prompts with 9 answers each, trained for {@link EPOCHS} epochs on one noisy
 * ranking of the first K answers per prompt, twice from the same start: with every prompt's ranking as one batch
 * element (K-wise, InstructGPT's choice) and with the ranking's pairs shuffled as independent examples, both in
 * batches of {@link BATCH_SIZE} elements and the same step size (`createRankingRewardTrainer`).
 *
 * The run advances in ticks of a tenth of an epoch ({@link TICKS_PER_EPOCH}): one K-wise step and
 * $\binom{K}{2}$ pair steps per tick (40 prompts in batches of 4 make 10 K-wise steps per epoch). A run keeps every
 * tick's states and fits, so the transport can step back for free.
 */
import {
  createRankingRewardTrainer,
  createWorld,
  rankingFit,
  rankingRewardFits,
  rankingRewardInitialState,
  rankingRewardStep,
  type RankingFit,
  type RankingRewardState,
  type RankingRewardTrainer,
} from '../../math/index.ts';
import { rememberBounded, RunMemo } from '../shared/run-memo.ts';
import type { RmTrainingState } from './state.ts';

/** Prompts of the toy world. */
export const PROMPTS = 40;
/** Answers per prompt in the world (rankings use the first K). */
export const ANSWERS = 9;
/** Batch elements per step. */
export const BATCH_SIZE = 4;
/** Epochs of a run. */
export const EPOCHS = 4;
/** Ticks (plotted points) per epoch. */
export const TICKS_PER_EPOCH = 10;
/** Ticks of a run. */
export const RUN_TICKS = EPOCHS * TICKS_PER_EPOCH;

/** One batching's state and fits at a tick. */
export interface Side {
  state: RankingRewardState;
  train: RankingFit;
  validation: RankingFit;
}

/** Both runs at one tick. */
export interface Tick {
  tick: number;
  epoch: number;
  pairs: Side;
  kwise: Side;
}

/** The fixed problem of a run. */
export interface RmTrainingProblem {
  /** `size|noise|rate|seed`. */
  key: string;
  pairs: RankingRewardTrainer;
  kwise: RankingRewardTrainer;
  /** The labeller's own model $r^{*}/\tau$ on the validation rankings (the same for both batchings). */
  gold: RankingFit;
}

/** A run so far: every tick from 0. */
export interface Run {
  problem: RmTrainingProblem;
  ticks: Tick[];
}

/**
 * The part of a state that defines a run.
 *
 * @example
 * problemKey(rmTrainingDefaults); // → '9|1|1|42'
 */
export function problemKey(state: Pick<RmTrainingState, 'size' | 'noise' | 'rate' | 'seed'>): string {
  return `${String(state.size)}|${String(state.noise)}|${String(state.rate)}|${String(state.seed)}`;
}

const problems = new Map<string, RmTrainingProblem>();
const CACHE_SIZE = 32;
const runs = new RunMemo<Run>({ limit: CACHE_SIZE, isFinished: (run) => run.ticks.length === RUN_TICKS + 1 });

/**
 * The problem of a state (memoised).
 *
 * @example
 * rmTrainingProblem(rmTrainingDefaults).pairs.stepsPerEpoch; // → 360 (40 · 36 pairs in batches of 4)
 */
export function rmTrainingProblem(state: Pick<RmTrainingState, 'size' | 'noise' | 'rate' | 'seed'>): RmTrainingProblem {
  const key = problemKey(state);
  const known = problems.get(key);
  if (known !== undefined) return known;
  const world = createWorld({ seed: state.seed, prompts: PROMPTS, responsesPerPrompt: ANSWERS });
  const options = { size: state.size, noise: state.noise, learningRate: state.rate, batchSize: BATCH_SIZE, epochs: EPOCHS };
  const pairs = createRankingRewardTrainer(world, { ...options, batching: 'pairs' });
  const kwise = createRankingRewardTrainer(world, { ...options, batching: 'kwise' });
  return rememberBounded(problems, key, { key, pairs, kwise, gold: rankingFit(pairs.gold, pairs.validationRankings) }, CACHE_SIZE);
}

function side(trainer: RankingRewardTrainer, state: RankingRewardState): Side {
  return { state, ...rankingRewardFits(trainer, state) };
}

/**
 * A run at tick 0.
 *
 * @example
 * startRun(problem).ticks.length; // → 1
 */
export function startRun(problem: RmTrainingProblem): Run {
  return {
    problem,
    ticks: [{ tick: 0, epoch: 0, pairs: side(problem.pairs, rankingRewardInitialState(problem.pairs)), kwise: side(problem.kwise, rankingRewardInitialState(problem.kwise)) }],
  };
}

function advanceSide(trainer: RankingRewardTrainer, from: Side, tick: number): Side {
  let state = from.state;
  const target = (tick * trainer.stepsPerEpoch) / TICKS_PER_EPOCH;
  while (state.step < target) state = rankingRewardStep(trainer, state);
  return side(trainer, state);
}

/**
 * Advances a run by `ticks` ticks (not past {@link RUN_TICKS}).
 *
 * @example
 * advanceRun(startRun(problem), 10).ticks.length; // → 11
 */
export function advanceRun(run: Run, ticks: number): Run {
  const out = [...run.ticks];
  let last = out[out.length - 1] as Tick;
  const n = Math.min(Math.max(0, Math.floor(ticks)), RUN_TICKS - last.tick);
  for (let i = 0; i < n; i++) {
    const tick = last.tick + 1;
    last = { tick, epoch: tick / TICKS_PER_EPOCH, pairs: advanceSide(run.problem.pairs, last.pairs, tick), kwise: advanceSide(run.problem.kwise, last.kwise, tick) };
    out.push(last);
  }
  return { problem: run.problem, ticks: out };
}

/**
 * The run of a state trained to its end at once (memoised).
 *
 * @example
 * trainedRun(rmTrainingDefaults).ticks.length; // → 41
 */
export function trainedRun(state: Pick<RmTrainingState, 'size' | 'noise' | 'rate' | 'seed'>): Run {
  const problem = rmTrainingProblem(state);
  return runs.end(problem.key) ?? runs.rememberEnd(advanceRun(startRun(problem), RUN_TICKS));
}

/**
 * The end of a run if it is known without training.
 *
 * @example
 * knownEnd({ size: 3, noise: 1, rate: 1, seed: 3 }); // → null before any run of it
 */
export function knownEnd(state: Pick<RmTrainingState, 'size' | 'noise' | 'rate' | 'seed'>): Run | null {
  return runs.end(problemKey(state));
}

/**
 * Records the run a widget element shows (per element); a finished run is also memoised for {@link knownEnd}.
 *
 * @example
 * recordRmTrainingProgress(element, run);
 */
export function recordRmTrainingProgress(owner: object, run: Run): void {
  runs.record(owner, run);
}

/**
 * The run `owner` shows for a state, or the end of the state's run.
 *
 * @example
 * rmTrainingRun(rmTrainingDefaults).ticks.length; // → 41
 */
export function rmTrainingRun(state: RmTrainingState, owner?: object): Run {
  return runs.shown(owner, problemKey(state)) ?? trainedRun(state);
}
