/**
 * The training runs of the `reward-margins` widget (content/chapter-3/reward-margins.mdx): the linear reward model
 * of the toy world (`seed` from the state, 200 comparisons labelled by its annotators) trained full batch for
 * {@link RUN_STEPS} steps with step size 0.5 on the pairwise loss with the state's margin term
 * (`createMarginRewardTrainer`). A run keeps every step's state, so the transport can step back by replaying.
 *
 * The element trains its first run in slices and records its progress here per element
 * ({@link recordRewardMarginsProgress}), so the section's equations follow their own widget; the build-time fallback
 * and equations of a widget that has not trained use the end of the run, trained here at once.
 */
import {
  createMarginRewardTrainer,
  createWorld,
  drawPreferences,
  marginRewardInitialState,
  marginRewardStep,
  ratingMargin,
  type MarginRewardState,
  type MarginRewardTrainer,
  type RatingMarginVariant,
} from '../../math/index.ts';
import { rememberBounded, RunMemo } from '../shared/run-memo.ts';
import type { RewardMarginsState } from './state.ts';

/** Full-batch steps of every run (the default run's loss changes by less than 10⁻⁴ after step 50). */
export const RUN_STEPS = 60;
/** Comparisons drawn from the toy world. */
export const COMPARISONS = 200;
/** The step size η. */
export const LEARNING_RATE = 0.5;

/** The fixed problem of one run. */
export interface RewardMarginsProblem {
  /** `margin|seed`. */
  key: string;
  trainer: MarginRewardTrainer;
}

/** A run so far: every state from step 0. */
export interface Run {
  problem: RewardMarginsProblem;
  states: MarginRewardState[];
}

/**
 * The part of a state that defines a run.
 *
 * @example
 * problemKey(rewardMarginsDefaults); // → 'large|42'
 */
export function problemKey(state: Pick<RewardMarginsState, 'margin' | 'seed'>): string {
  return `${state.margin}|${String(state.seed)}`;
}

const problems = new Map<string, RewardMarginsProblem>();
const CACHE_SIZE = 64;
const runs = new RunMemo<Run>({ limit: CACHE_SIZE, isFinished: (run) => run.states.length === RUN_STEPS + 1 });

/**
 * The problem of a margin variant and seed (memoised). The variants of one seed share its world, labels, feature
 * differences and ratings: a problem whose seed is already known reuses them and only looks up its rating margins,
 * so a change of seed builds the world and draws the labels once, not once per run (the element starts the run and
 * the plain run of the dashed outline in the same task).
 *
 * @example
 * rewardMarginsProblem({ margin: 'none', seed: 42 }).trainer.differences.length; // → 200
 */
export function rewardMarginsProblem(state: Pick<RewardMarginsState, 'margin' | 'seed'>): RewardMarginsProblem {
  const key = problemKey(state);
  const known = problems.get(key);
  if (known !== undefined) return known;
  const sibling = [...problems.values()].find((p) => p.key.endsWith(`|${String(state.seed)}`));
  if (sibling !== undefined) {
    const variant = state.margin as RatingMarginVariant;
    const trainer = { ...sibling.trainer, variant, ratingMargins: sibling.trainer.ratings.map((r) => ratingMargin(variant, r)) };
    return rememberBounded(problems, key, { key, trainer }, CACHE_SIZE);
  }
  const world = createWorld({ seed: state.seed });
  const trainer = createMarginRewardTrainer(world, drawPreferences(world, { count: COMPARISONS }), {
    variant: state.margin as RatingMarginVariant,
    learningRate: LEARNING_RATE,
    steps: RUN_STEPS,
  });
  return rememberBounded(problems, key, { key, trainer }, CACHE_SIZE);
}

/**
 * A run at step 0.
 *
 * @example
 * startRun(problem).states.length; // → 1
 */
export function startRun(problem: RewardMarginsProblem): Run {
  return { problem, states: [marginRewardInitialState(problem.trainer)] };
}

/**
 * Advances a run by `steps` steps (not past {@link RUN_STEPS}).
 *
 * @example
 * advanceRun(startRun(problem), 10).states.length; // → 11
 */
export function advanceRun(run: Run, steps: number): Run {
  const states = [...run.states];
  let state = states[states.length - 1] as MarginRewardState;
  const n = Math.min(Math.max(0, Math.floor(steps)), RUN_STEPS - state.step);
  for (let i = 0; i < n; i++) {
    state = marginRewardStep(run.problem.trainer, state);
    states.push(state);
  }
  return { problem: run.problem, states };
}

/**
 * The run of a state trained to its end at once (memoised).
 *
 * @example
 * trainedRun(rewardMarginsDefaults).states.length; // → 61
 */
export function trainedRun(state: Pick<RewardMarginsState, 'margin' | 'seed'>): Run {
  const problem = rewardMarginsProblem(state);
  return runs.end(problem.key) ?? runs.rememberEnd(advanceRun(startRun(problem), RUN_STEPS));
}

/**
 * The end of a run if it is known without training.
 *
 * @example
 * knownEnd({ margin: 'small', seed: 3 }); // → null before any run of it
 */
export function knownEnd(state: Pick<RewardMarginsState, 'margin' | 'seed'>): Run | null {
  return runs.end(problemKey(state));
}

/**
 * Records the run a widget element shows (per element); a finished run is also memoised for {@link knownEnd}.
 *
 * @example
 * recordRewardMarginsProgress(element, run);
 */
export function recordRewardMarginsProgress(owner: object, run: Run): void {
  runs.record(owner, run);
}

/**
 * The run `owner` shows for a state, or the end of the state's run.
 *
 * @example
 * rewardMarginsRun(rewardMarginsDefaults).states.length; // → 61
 */
export function rewardMarginsRun(state: RewardMarginsState, owner?: object): Run {
  return runs.shown(owner, problemKey(state)) ?? trainedRun(state);
}
