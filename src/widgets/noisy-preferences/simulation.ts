/**
 * The simulations behind the `noisy-preferences` widget (content/chapter-1/noisy-preferences.mdx), cut into jobs
 * that the element runs in slices between frames: one job fits the reward model to one dataset at one size (a
 * point of one learning curve), or runs one feedback loop. A job is itself cut into steps ({@link jobSteps}: one
 * fit, or one round of the loop), so a slice can stop between any two steps and no task runs long. Pure: a job is
 * plain data with a key, its result depends on the job alone, so results can be cached by key and shared between
 * states.
 */
import {
  annotatorPreferenceProbability,
  createFeedbackLoop,
  createWorld,
  feedbackLoopInitialState,
  feedbackLoopStep,
  rankingLearningCurve,
  type FeedbackLoopMetrics,
  type World,
} from '../../math/index.ts';
import type { NoisyPreferencesState } from './state.ts';

/** Prompts of the simulated world, and candidate responses per prompt. */
export const PROMPTS = 100;
export const RESPONSES = 4;
/** Bradley–Terry noise τ of the simulated annotator (the toy world's "typical" annotator); no length bias. */
export const ANNOTATOR_NOISE = 1;
/** The flip rates whose learning curves are always drawn. */
export const FLIP_RATES: readonly number[] = [0, 0.1, 0.2, 0.3, 0.4, 0.5];
/** The dataset sizes of every learning curve. */
export const SIZES: readonly number[] = [10, 20, 50, 100, 200, 500, 1000, 2000];
/** Independent datasets averaged per point of a learning curve. */
export const DATASETS = 8;
/** Rounds of the feedback loop, and independent runs averaged per round. */
export const ROUNDS = 5;
export const RUNS = 4;

/** A learning curve of one dataset: the ranking accuracy at each size. */
export interface CurveJob {
  kind: 'curve';
  key: string;
  seed: number;
  epsilon: number;
  dataset: number;
  sizes: readonly number[];
}

/** One run of the feedback loop: the metrics of rounds 0 … {@link ROUNDS}. */
export interface LoopJob {
  kind: 'loop';
  key: string;
  seed: number;
  epsilon: number;
  perRound: number;
  beta: number;
  run: number;
}

export type SimulationJob = CurveJob | LoopJob;
export type JobResult = Float64Array | FeedbackLoopMetrics[];

/**
 * The simulated world: 100 prompts × 4 responses of the toy world with the state's seed, and one annotator with
 * noise τ = 1, flip rate ε and no length bias.
 *
 * @example
 * simulationWorld(42, 0.2).annotators[0].flipRate; // → 0.2
 */
export function simulationWorld(seed: number, epsilon: number): World {
  const key = `${String(seed)}|${String(epsilon)}`;
  const cached = worlds.get(key);
  if (cached !== undefined) return cached;
  if (worlds.size >= WORLD_CACHE_LIMIT) worlds.clear();
  const world = createWorld({
    seed,
    prompts: PROMPTS,
    responsesPerPrompt: RESPONSES,
    annotators: [{ name: 'annotator', noise: ANNOTATOR_NOISE, flipRate: epsilon, lengthBias: 0 }],
  });
  worlds.set(key, world);
  return world;
}

/** Worlds built so far, by seed and flip rate: every job of a state shares a handful of them. */
const worlds = new Map<string, World>();
const WORLD_CACHE_LIMIT = 16;

/**
 * The job of one learning curve. Dataset `d` of world seed `s` is drawn from the stream of seed
 * `DATASETS·s + d`, the same for every ε, so the curves of different flip rates share their pairs.
 *
 * @example
 * curveJob(42, 0.2, 0, SIZES).key; // → 'curve|42|0.2|0|10,20,50,100,200,500,1000,2000'
 */
export function curveJob(seed: number, epsilon: number, dataset: number, sizes: readonly number[]): CurveJob {
  return { kind: 'curve', key: `curve|${String(seed)}|${String(epsilon)}|${String(dataset)}|${sizes.join(',')}`, seed, epsilon, dataset, sizes };
}

/**
 * The job of one feedback-loop run (run `r` of world seed `s` uses the datasets of seed `RUNS·s + r`).
 *
 * @example
 * loopJob(42, 0.2, 50, 0.5, 0).key; // → 'loop|42|0.2|50|0.5|0'
 */
export function loopJob(seed: number, epsilon: number, perRound: number, beta: number, run: number): LoopJob {
  return {
    kind: 'loop',
    key: `loop|${String(seed)}|${String(epsilon)}|${String(perRound)}|${String(beta)}|${String(run)}`,
    seed,
    epsilon,
    perRound,
    beta,
    run,
  };
}

/** The flip rates drawn as curves: {@link FLIP_RATES}, plus the reader's ε when it is not one of them. */
export function curveFlipRates(epsilon: number): number[] {
  return FLIP_RATES.includes(epsilon) ? [...FLIP_RATES] : [...FLIP_RATES, epsilon].sort((a, b) => a - b);
}

/**
 * Every job a state needs, in the order they should run (what the reader looks at first comes first).
 * Curves view: the reader's (ε, n) point on every dataset, the same n with noise-free labels, then each curve,
 * one job per size and dataset (dataset `d` at size `n` is the first `n` pairs of dataset `d` at 2000, so these
 * are the points of one curve per dataset). Rounds view: the runs at the reader's ε, then the same runs with
 * noise-free labels (ε = 0) for comparison.
 *
 * @example
 * simulationJobs(noisyPreferencesDefaults).length; // → 384 (6 curves × 8 sizes × 8 datasets; n = 200 is on the curves)
 */
export function simulationJobs(state: NoisyPreferencesState): SimulationJob[] {
  const range = (count: number) => Array.from({ length: count }, (_, i) => i);
  if (state.view === 'rounds') {
    const runs = (epsilon: number) => range(RUNS).map((r) => loopJob(state.seed, epsilon, state.perRound, state.beta, r));
    return state.epsilon === 0 ? runs(0) : [...runs(state.epsilon), ...runs(0)];
  }
  const point = (epsilon: number) => range(DATASETS).map((d) => curveJob(state.seed, epsilon, d, [state.n]));
  const curves = curveFlipRates(state.epsilon).flatMap((epsilon) => SIZES.flatMap((n) => range(DATASETS).map((d) => curveJob(state.seed, epsilon, d, [n]))));
  const all = [...point(state.epsilon), ...(state.epsilon === 0 ? [] : point(0)), ...curves];
  // When n is one of the curve sizes, its points are jobs of the curves too: run each once.
  return [...new Map(all.map((job) => [job.key, job])).values()];
}

/**
 * One job as steps: each `next()` does one unit of work (a curve job's fit; the set-up, then one round, of a
 * feedback loop) and the last returns the result. A caller with a time budget stops between steps and resumes
 * later with the same iterator.
 *
 * @example
 * const steps = jobSteps(loopJob(42, 0.2, 50, 0.5, 0));
 * let step = steps.next();
 * while (!step.done) step = steps.next(); // ROUNDS + 1 steps
 * step.value.length; // → ROUNDS + 1 (the metrics of rounds 0 … ROUNDS)
 */
export function* jobSteps(job: SimulationJob): Generator<undefined, JobResult, undefined> {
  const world = simulationWorld(job.seed, job.epsilon);
  if (job.kind === 'curve') {
    return rankingLearningCurve(world, { sizes: job.sizes, seed: DATASETS * job.seed + job.dataset });
  }
  const loop = createFeedbackLoop(world, { perRound: job.perRound, beta: job.beta, rounds: ROUNDS, seed: RUNS * job.seed + job.run });
  const metrics: FeedbackLoopMetrics[] = [];
  let state = feedbackLoopInitialState(loop);
  metrics.push(state.metrics);
  for (let round = 0; round < ROUNDS; round++) {
    yield;
    state = feedbackLoopStep(loop, state);
    metrics.push(state.metrics);
  }
  return metrics;
}

/**
 * Runs one job to its end.
 *
 * @example
 * (runJob(curveJob(42, 0, 0, [2000])) as Float64Array)[0] > 0.95; // → true
 */
export function runJob(job: SimulationJob): JobResult {
  const steps = jobSteps(job);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/**
 * Runs every job of a state that `results` does not hold yet, synchronously (build-time fallbacks and tests).
 *
 * @example
 * runSimulation(noisyPreferencesDefaults).size; // → 384
 */
export function runSimulation(state: NoisyPreferencesState, results: Map<string, JobResult> = new Map()): Map<string, JobResult> {
  for (const job of simulationJobs(state)) if (!results.has(job.key)) results.set(job.key, runJob(job));
  return results;
}

/**
 * The widget's mean ranking accuracy at one (ε, n) of world seed `seed`: the number its diamond marks
 * (mean over {@link DATASETS} datasets), for the section's prose.
 *
 * @example
 * pointAccuracy(42, 0, 2000) > 0.95; // → true
 */
export function pointAccuracy(seed: number, epsilon: number, n: number): number {
  let total = 0;
  for (let d = 0; d < DATASETS; d++) total += (runJob(curveJob(seed, epsilon, d, [n])) as Float64Array)[0]!;
  return total / DATASETS;
}

/**
 * How often the labels of the simulated annotator (noise τ = 1, flip rate ε) agree with the gold reward's order,
 * averaged over every pair of responses to a prompt of world seed `seed`: the held-out accuracy that a reward
 * model ranking exactly like the gold reward would score on these labels.
 *
 * @example
 * goldLabelAgreement(42, 0.5); // → 0.5
 */
export function goldLabelAgreement(seed: number, epsilon: number): number {
  const world = simulationWorld(seed, epsilon);
  let total = 0;
  let pairs = 0;
  world.prompts.forEach((prompt, x) => {
    prompt.responses.forEach((a, i) => {
      prompt.responses.forEach((b, j) => {
        if (j <= i || a.goldReward === b.goldReward) return;
        const [better, worse] = a.goldReward > b.goldReward ? [i, j] : [j, i];
        total += annotatorPreferenceProbability(world, 0, x, better, worse);
        pairs++;
      });
    });
  });
  return total / pairs;
}
