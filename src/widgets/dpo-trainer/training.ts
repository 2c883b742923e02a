/**
 * The training runs of the `dpo-trainer` widget (content/chapter-5/dpo-trainer.mdx), behind one interface for
 * both policies:
 * - **tabular**: one logit per (prompt, response) of the toy world (8 prompts × 4 responses, `seed` from the
 *   state), 200 comparisons labelled by the world's annotators, uniform $\pi_{\mathrm{ref}}$, full-batch DPO with
 *   $\eta = 10/\beta^2$ (`createTabularDpoTrainer`); its closed-form end point is
 *   $\pi^* = \pi_{\mathrm{ref}}\,e^{\hat r_{\mathrm{BT}}/\beta}/Z$ with $\hat r_{\mathrm{BT}}$ the tabular Bradley–Terry fit of the
 *   same comparisons (`fitTabularBradleyTerry`), written as 5.1's tilt of $\pi_{\mathrm{ref}}$ along $\hat r_{\mathrm{BT}}$ by
 *   $1/\beta$ (`tiltedPolicy`);
 * - **bigram**: the bigram model of `shared/sentence-pairs.ts`, from the add-α bigram model of all twelve sentences,
 *   full-batch DPO with $\eta = 1/\beta^2$ (`createBigramDpoTrainer`). It has no closed-form end point.
 *
 * Every run is {@link RUN_STEPS} steps. The element trains a run in slices and records its progress here per
 * element ({@link recordDpoTrainerProgress}), so the section's equations follow their own widget; the build-time
 * fallback and the equations of a widget that has not trained use the end state, trained here at once.
 */
import {
  bigramCountPolicy,
  bigramDpoInitialState,
  bigramDpoStep,
  bigramVocabulary,
  createBigramDpoTrainer,
  createTabularDpoTrainer,
  createWorld,
  drawPreferences,
  fitTabularBradleyTerry,
  tabularDpoInitialState,
  tabularDpoStep,
  tiltedPolicy,
  type TabularDpoMetrics,
} from '../../math/index.ts';
import { rememberBounded, RunMemo } from '../shared/run-memo.ts';
import { REFERENCE_SMOOTHING, SENTENCE_PAIRS, SENTENCES } from '../shared/sentence-pairs.ts';
import type { DpoTrainerState } from './state.ts';

/** Gradient steps of every run. */
export const RUN_STEPS = 300;
/** Comparisons drawn from the toy world for the tabular policy. */
export const COMPARISONS = 200;

/** A trainer's state as the widget uses it: the step, the logits and their metrics. */
export interface RunState {
  step: number;
  logits: number[][];
  metrics: TabularDpoMetrics;
}

/** The fixed problem of one run. */
export interface DpoTrainerProblem {
  /** The state keys that define it (see {@link problemKey}). */
  key: string;
  policy: DpoTrainerState['policy'];
  beta: number;
  initial(): RunState;
  advance(state: RunState): RunState;
  /** Tabular: the closed-form end point per prompt, `null` for a prompt whose Bradley–Terry fit does not exist. */
  optimum: (number[] | null)[] | null;
}

/** A run so far: the metrics of every step from 0, and the latest state. */
export interface Run {
  problem: DpoTrainerProblem;
  history: TabularDpoMetrics[];
  state: RunState;
}

/**
 * The part of a state that defines a run: policy, β and (tabular only) the seed.
 *
 * @example
 * problemKey(dpoTrainerDefaults); // → 'tabular|0.1|42'
 */
export function problemKey(state: DpoTrainerState): string {
  return state.policy === 'tabular' ? `tabular|${String(state.beta)}|${String(state.seed)}` : `bigram|${String(state.beta)}`;
}

function tabularProblem(key: string, beta: number, seed: number): DpoTrainerProblem {
  const world = createWorld({ seed });
  const comparisons = drawPreferences(world, { count: COMPARISONS });
  const trainer = createTabularDpoTrainer(world, comparisons, { beta, steps: RUN_STEPS });
  // Which prompts have a finite fit needs no iterations (it is a property of the comparison graph); fitting only
  // those spares the fit thousands of iterations on rewards that never converge (tens of milliseconds).
  const { exists } = fitTabularBradleyTerry(world, comparisons, { maxIterations: 1 });
  const fit = fitTabularBradleyTerry(world, comparisons.filter((c) => exists[c.prompt]));
  const optimum = fit.rewards.map((r, x) => (exists[x] ? Array.from(tiltedPolicy(r.map(() => 1 / r.length), r, 1 / beta)) : null));
  return {
    key,
    policy: 'tabular',
    beta,
    initial: () => tabularDpoInitialState(trainer),
    advance: (state) => tabularDpoStep(trainer, state),
    optimum,
  };
}

function bigramProblem(key: string, beta: number): DpoTrainerProblem {
  const vocabulary = bigramVocabulary(SENTENCES);
  const reference = bigramCountPolicy(vocabulary, SENTENCES, REFERENCE_SMOOTHING);
  const trainer = createBigramDpoTrainer(vocabulary, SENTENCE_PAIRS, reference, { beta, steps: RUN_STEPS });
  return {
    key,
    policy: 'bigram',
    beta,
    initial: () => bigramDpoInitialState(trainer),
    advance: (state) => bigramDpoStep(trainer, state),
    optimum: null,
  };
}

const problems = new Map<string, DpoTrainerProblem>();
/** Runs kept in each cache (the build's sweep of β and seeds visits a few dozen). */
const CACHE_SIZE = 64;
const runs = new RunMemo<Run>({ limit: CACHE_SIZE, isFinished: (run) => run.state.step === RUN_STEPS });

/**
 * The problem of a state (memoised on {@link problemKey}).
 *
 * @example
 * dpoTrainerProblem(dpoTrainerDefaults).initial().metrics.loss; // → log 2
 */
export function dpoTrainerProblem(state: DpoTrainerState): DpoTrainerProblem {
  const key = problemKey(state);
  return problems.get(key) ?? rememberBounded(problems, key, state.policy === 'tabular' ? tabularProblem(key, state.beta, state.seed) : bigramProblem(key, state.beta), CACHE_SIZE);
}

/**
 * Advances a run by `steps` steps (not past {@link RUN_STEPS}), appending each step's metrics to a copy of its
 * history.
 *
 * @example
 * advanceRun(startRun(problem), 10).state.step; // → 10
 */
export function advanceRun(run: Run, steps: number): Run {
  let state = run.state;
  const history = [...run.history];
  const n = Math.min(steps, RUN_STEPS - state.step);
  for (let i = 0; i < n; i++) {
    state = run.problem.advance(state);
    history.push(state.metrics);
  }
  return { problem: run.problem, history, state };
}

/**
 * A run at step 0.
 *
 * @example
 * startRun(dpoTrainerProblem(dpoTrainerDefaults)).history.length; // → 1
 */
export function startRun(problem: DpoTrainerProblem): Run {
  const state = problem.initial();
  return { problem, history: [state.metrics], state };
}

/**
 * The run of a state trained to its end at once (memoised): for tests, the build-time fallback, and equations
 * whose widget has not trained.
 *
 * @example
 * trainedRun(dpoTrainerDefaults).state.step; // → 300
 */
export function trainedRun(state: DpoTrainerState): Run {
  const problem = dpoTrainerProblem(state);
  return runs.end(problem.key) ?? runs.rememberEnd(advanceRun(startRun(problem), RUN_STEPS));
}

/**
 * The end of a run if it is known without training (trained before, by a widget or at once).
 *
 * @example
 * knownEnd(dpoTrainerDefaults); // → null before any run
 */
export function knownEnd(state: DpoTrainerState): Run | null {
  return runs.end(problemKey(state));
}

/**
 * Records the run a widget element shows (per element, so two widgets on a page never read each other's); a
 * finished run is also memoised for {@link knownEnd}.
 *
 * @example
 * recordDpoTrainerProgress(element, run);
 */
export function recordDpoTrainerProgress(owner: object, run: Run): void {
  runs.record(owner, run);
}

/**
 * The run `owner` shows for a state, or, when it shows none of that state, the end of the run.
 *
 * @example
 * dpoTrainerRun(dpoTrainerDefaults).state.step; // → 300 (no widget training)
 */
export function dpoTrainerRun(state: DpoTrainerState, owner?: object): Run {
  return runs.shown(owner, problemKey(state)) ?? trainedRun(state);
}
