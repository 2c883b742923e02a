/**
 * The training run behind the `dpo-gradient` widget (content/chapter-5/dpo-gradient.mdx), advanced a slice at a
 * time (pure: no timers, no DOM; the element decides when to call {@link advanceDpoGradientRun}).
 *
 * The toy world of the course (8 prompts × 4 answers, the seed's world), {@link COMPARISONS} comparisons drawn by
 * its annotators, $\pi_{\mathrm{ref}}$ the supervised model of `toy-prompt.ts`, and a tabular policy trained from
 * $\pi_{\mathrm{ref}}$ for {@link RUN_STEPS} full-batch steps with the trainer's step size $\eta = 10/\beta^2$
 * (`createTabularDpoTrainer`, `tabularDpoStep`), on the DPO loss or on the unweighted loss. After every step the
 * run keeps each answer's log-probability, each prompt's KL to $\pi_{\mathrm{ref}}$ and each distinct pair's
 * margin, weight and gradient (`tabularDpoPairTerms`).
 *
 * @module
 */
import {
  createTabularDpoTrainer,
  createWorld,
  drawPreferences,
  klDivergence,
  logSoftmax,
  tabularDpoInitialState,
  tabularDpoPairTerms,
  tabularDpoStep,
  type TabularDpoPairTerm,
  type TabularDpoState,
  type TabularDpoTrainer,
} from '../../math/index.ts';
import { toyPrompt } from '../shared/toy-prompt.ts';
import { RUN_STEPS, type DpoGradientState } from './state.ts';

export { RUN_STEPS } from './state.ts';

/** Prompts of the widget's world (the toy world's default). */
export const PROMPTS = 8;
/** Comparisons drawn from the world. */
export const COMPARISONS = 200;

/** What a run is fixed by: the state without the view keys (`step`, `prompt`, `view`). */
export type DpoGradientRunKey = Pick<DpoGradientState, 'beta' | 'loss' | 'seed'>;

/** One run: the fixed problem and its trajectory so far (grown by {@link advanceDpoGradientRun}). */
export interface DpoGradientRun {
  key: DpoGradientRunKey;
  /** $\pi_{\mathrm{ref}}$ per prompt. */
  reference: number[][];
  trainer: TabularDpoTrainer;
  /** The trainer's state after the last step taken. */
  current: TabularDpoState;
  /** $\log\pi_s(y \mid x)$ after each step s = 0 … trained: `logProbs[s][x][y]`. */
  logProbs: number[][][];
  /** $\mathrm{KL}(\pi_s(\cdot\mid x) \,\|\, \pi_{\mathrm{ref}}(\cdot\mid x))$ after each step: `kls[s][x]`. */
  kls: number[][];
  /** The gradient terms of every distinct pair after each step: `terms[s][i]`, in the trainer's pair order. */
  terms: TabularDpoPairTerm[][];
}

/** Whether a run was made for this state (same β, loss and seed). */
export function runMatches(run: DpoGradientRun, state: DpoGradientRunKey): boolean {
  return run.key.beta === state.beta && run.key.loss === state.loss && run.key.seed === state.seed;
}

/** Appends what the widget shows of a trainer state. */
function record(run: DpoGradientRun, state: TabularDpoState): void {
  const logProbs = state.logits.map((row) => Array.from(logSoftmax(row)));
  run.current = state;
  run.logProbs.push(logProbs);
  run.kls.push(logProbs.map((row, x) => klDivergence(row.map(Math.exp), run.reference[x] as number[])));
  run.terms.push(tabularDpoPairTerms(run.trainer, state.logits));
}

/**
 * Sets up a run: the world, the comparisons, $\pi_{\mathrm{ref}}$ and step 0 ($\pi_0 = \pi_{\mathrm{ref}}$, every
 * $u = 0$). No training step is taken.
 *
 * @example
 * const run = createDpoGradientRun(dpoGradientDefaults);
 * run.terms[0][0].weight; // → 0.5 (σ(0))
 */
export function createDpoGradientRun(state: DpoGradientRunKey): DpoGradientRun {
  const key = { beta: state.beta, loss: state.loss, seed: state.seed };
  const world = createWorld({ seed: state.seed, prompts: PROMPTS });
  const reference = Array.from({ length: PROMPTS }, (_, x) => toyPrompt(state.seed, x + 1).reference);
  const comparisons = drawPreferences(world, { count: COMPARISONS }).map(({ prompt, chosen, rejected }) => ({ prompt, chosen, rejected }));
  const trainer = createTabularDpoTrainer(world, comparisons, { beta: state.beta, variant: state.loss, reference, steps: RUN_STEPS });
  const current = tabularDpoInitialState(trainer);
  const run: DpoGradientRun = { key, reference, trainer, current, logProbs: [], kls: [], terms: [] };
  record(run, current);
  return run;
}

/** Steps the run has taken so far. */
export function trainedSteps(run: DpoGradientRun): number {
  return run.logProbs.length - 1;
}

/**
 * Advances the run by up to `count` steps, never past {@link RUN_STEPS}; returns the steps taken. Mutates the run
 * (it only grows). `advanceDpoGradientRun(run, Infinity)` trains to the end at once (tests, the build).
 *
 * @example
 * advanceDpoGradientRun(createDpoGradientRun(dpoGradientDefaults), 10); // → 10
 */
export function advanceDpoGradientRun(run: DpoGradientRun, count: number): number {
  let taken = 0;
  while (taken < count && trainedSteps(run) < RUN_STEPS) {
    record(run, tabularDpoStep(run.trainer, run.current));
    taken++;
  }
  return taken;
}

let lastCompleted: DpoGradientRun | null = null;

/**
 * The run of a state trained to the end in one go (memoised on the last key): the build-time fallback, the
 * section's numbers, and tests. In a browser only the element trains, in slices.
 *
 * @example
 * completedDpoGradientRun(dpoGradientDefaults).logProbs.length; // → 201
 */
export function completedDpoGradientRun(state: DpoGradientRunKey): DpoGradientRun {
  if (lastCompleted !== null && runMatches(lastCompleted, state) && trainedSteps(lastCompleted) === RUN_STEPS) return lastCompleted;
  const run = createDpoGradientRun(state);
  advanceDpoGradientRun(run, Number.POSITIVE_INFINITY);
  lastCompleted = run;
  return run;
}

/** The run each widget element shows, by element (so two widgets on a page never read each other's runs). */
const shown = new WeakMap<object, DpoGradientRun>();

/**
 * Records the run a widget element shows (while it trains in slices, and after).
 *
 * @example
 * recordDpoGradientRun(element, run);
 */
export function recordDpoGradientRun(owner: object, run: DpoGradientRun): void {
  shown.set(owner, run);
  if (trainedSteps(run) === RUN_STEPS) lastCompleted = run;
}

/**
 * The run `owner` shows for this state if it has one, else the completed run (trained at once: at build time, or
 * with no widget). The section's equations read their numbers from it with their widget as `owner`, so they follow
 * the widget while it trains and never train on their own in the browser.
 *
 * @example
 * dpoGradientRun(dpoGradientDefaults).logProbs.length; // → 201 (no widget)
 */
export function dpoGradientRun(state: DpoGradientRunKey, owner?: object): DpoGradientRun {
  const run = owner === undefined ? undefined : shown.get(owner);
  return run !== undefined && runMatches(run, state) ? run : completedDpoGradientRun(state);
}
