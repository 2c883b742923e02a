/**
 * The training problem of the `reward-model` widget (content/chapter-2/reward-model.mdx) and its run to the end:
 * a toy world of {@link PROMPTS} prompts with {@link RESPONSES} responses each, `N` comparisons labelled by the
 * world's annotators, and a linear reward model $r_\phi(x, y) = w \cdot \psi(x, y)$ trained from $w = 0$ by
 * full-batch gradient descent on the pairwise loss (`createRewardModelTrainer` with a batch of all pairs and no
 * held-out split, so one epoch is one step).
 *
 * The element advances the trainer in slices of steps (`trainingSlices`), one slice per task or animation frame,
 * and shows each intermediate state; the build-time fallback uses the end state, computed here in one go. A whole
 * run takes far longer than one task should in a browser (hundreds of milliseconds at N = 400, T = 300 on a busy
 * machine), so in the browser only the element trains: each element records its own progress here, and the
 * section's equations read their widget's ({@link rewardModelRun}). Everything is keyed on the state keys that define the run, so
 * dragging the per-prompt constant, which does not change the training, never retrains.
 */
import {
  createRewardModelTrainer,
  createWorld,
  drawPreferences,
  rewardModelInitialState,
  runSteps,
  rewardModelStep,
  type Comparison,
  type RewardModelState,
  type RewardModelTrainer,
  type World,
} from '../../math/index.ts';
import type { RewardModelWidgetState } from './state.ts';

/** Prompts of the widget's toy world. */
export const PROMPTS = 5;
/** Candidate responses per prompt. */
export const RESPONSES = 4;

/** The fixed problem of one training run. */
export interface RewardModelProblem {
  /** The state keys that define it, joined (see {@link problemKey}). */
  key: string;
  world: World;
  comparisons: Comparison[];
  trainer: RewardModelTrainer;
}

/**
 * The part of a state that defines a run: seed, comparisons, learning rate and steps (not the offset).
 *
 * @example
 * problemKey(rewardModelDefaults); // → '42|100|0.5|100'
 */
export function problemKey(state: RewardModelWidgetState): string {
  return [state.seed, state.comparisons, state.learningRate, state.steps].join('|');
}

let lastProblem: RewardModelProblem | null = null;
let lastEnd: { key: string; state: RewardModelState } | null = null;

/**
 * The world, the comparisons and the trainer of a state (memoised on {@link problemKey}).
 *
 * @example
 * rewardModelProblem(rewardModelDefaults).trainer.steps; // → 100
 */
export function rewardModelProblem(state: RewardModelWidgetState): RewardModelProblem {
  const key = problemKey(state);
  if (lastProblem?.key === key) return lastProblem;
  const world = createWorld({ seed: state.seed, prompts: PROMPTS, responsesPerPrompt: RESPONSES });
  const comparisons = drawPreferences(world, { count: state.comparisons });
  const trainer = createRewardModelTrainer(world, comparisons, {
    learningRate: state.learningRate,
    batchSize: comparisons.length,
    validationFraction: 0,
    epochs: state.steps,
    seed: state.seed,
  });
  lastProblem = { key, world, comparisons, trainer };
  return lastProblem;
}

/**
 * The trained state after all `steps` steps (memoised on {@link problemKey}). This runs the whole training at
 * once: fine at build time and in tests, too long for one task in a browser, where the element trains in slices
 * and records the end state here ({@link recordRewardModelProgress}).
 *
 * @example
 * trainedRewardModel(rewardModelDefaults).step; // → 100
 */
export function trainedRewardModel(state: RewardModelWidgetState): RewardModelState {
  const problem = rewardModelProblem(state);
  if (lastEnd?.key === problem.key) return lastEnd.state;
  const end = runSteps(rewardModelStep, problem.trainer, rewardModelInitialState(problem.trainer), problem.trainer.steps);
  lastEnd = { key: problem.key, state: end };
  return end;
}

/** The run each widget element shows, by element: its problem and the state on screen (one entry per instance). */
const progress = new WeakMap<object, { problem: RewardModelProblem; state: RewardModelState }>();

/**
 * Records the state one widget element shows while it trains a run in slices (`done` false), or the end state of
 * the run (`done` true, which is also memoised for {@link knownEndState}). Progress is kept per element, so two
 * reward-model widgets on one page never read each other's runs.
 *
 * @example
 * recordRewardModelProgress(element, problem, stateAfterOneSlice, false);
 */
export function recordRewardModelProgress(owner: object, problem: RewardModelProblem, state: RewardModelState, done: boolean): void {
  progress.set(owner, { problem, state });
  if (done) lastEnd = { key: problem.key, state };
}

/**
 * The end state of a run, if it is known without training: recorded by a widget or memoised.
 *
 * @example
 * knownEndState(rewardModelDefaults); // → null before any run, the state after 100 steps after one
 */
export function knownEndState(state: RewardModelWidgetState): RewardModelState | null {
  return lastEnd?.key === problemKey(state) ? lastEnd.state : null;
}

/**
 * The problem and latest state of the run a state defines, as `owner` shows it: while that widget element is
 * training the run in slices (or has finished it), the state it shows; otherwise the end state, known or trained
 * at once ({@link trainedRewardModel}). The section's equations take their numbers from it with their own widget
 * as `owner`, so they follow that widget step by step and never train on their own in the browser.
 *
 * @example
 * rewardModelRun(rewardModelDefaults).state.step; // → 100 (no widget training)
 */
export function rewardModelRun(state: RewardModelWidgetState, owner?: object): { problem: RewardModelProblem; state: RewardModelState } {
  const shown = owner === undefined ? undefined : progress.get(owner);
  if (shown !== undefined && shown.problem.key === problemKey(state)) return shown;
  return { problem: rewardModelProblem(state), state: knownEndState(state) ?? trainedRewardModel(state) };
}

/** Animation frames a run is spread over: at 60 frames a second, every run ends within half a second. */
export const TRAINING_FRAMES = 30;

/**
 * Steps per slice, so that `steps` steps take at most {@link TRAINING_FRAMES} slices: $\lceil T / 30 \rceil$.
 *
 * @example
 * sliceSize(100); // → 4 (25 slices)
 * sliceSize(10); // → 1
 */
export function sliceSize(steps: number): number {
  return Math.max(1, Math.ceil(steps / TRAINING_FRAMES));
}
