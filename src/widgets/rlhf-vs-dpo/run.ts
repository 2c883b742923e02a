/**
 * The two paths of content/chapter-1/rlhf-vs-dpo.mdx on one dataset, as a run that a widget advances a slice at
 * a time (pure: no timers, no DOM; the element decides when to call {@link advanceRlhfVsDpoRun}).
 *
 * The toy world of the course (8 prompts × 4 responses), $\pi_{\mathrm{ref}}$ the supervised model of
 * `toy-prompt.ts`, and $N$ comparisons drawn by the world's annotators. Then:
 * - **path (a)**: tabular Bradley–Terry rewards $\hat r$ fitted by maximum likelihood (`fitTabularBradleyTerry`), and
 *   the KL-optimal policy $\pi_{\mathrm{RLHF}} = \pi_{\mathrm{ref}}\,e^{\hat r/\beta}/Z$ (`tabularOptimalPolicy`);
 * - **path (b)**: a tabular policy trained from $\pi_{\mathrm{ref}}$ with the DPO loss, full batch, the trainer's
 *   default step size $10/\beta^2$ (`createTabularDpoTrainer`, `tabularDpoStep`);
 * - their distance after each step $t$, the mean over prompts of the total variation
 *   $\mathrm{TV}(\pi_t(\cdot\mid x), \pi_{\mathrm{RLHF}}(\cdot\mid x))$ (`totalVariation`), over the prompts whose
 *   maximum-likelihood fit exists (a prompt where some responses won every comparison against the others has
 *   no finite fit, so path (a) has no policy there).
 *
 * @module
 */
import {
  createTabularDpoTrainer,
  createWorld,
  drawPreferences,
  fitTabularBradleyTerry,
  mean,
  tabularDpoInitialState,
  tabularDpoStep,
  tabularOptimalPolicy,
  tabularPolicy,
  totalVariation,
  type Comparison,
  type TabularDpoState,
  type TabularDpoTrainer,
} from '../../math/index.ts';
import { toyPrompt } from '../shared/toy-prompt.ts';
import type { RlhfVsDpoState } from './state.ts';

/** Prompts of the widget's world (the toy world's default). */
export const PROMPTS = 8;

/** What a run is fixed by: the state without the view keys (`steps`, `prompt`). */
export type RlhfVsDpoRunKey = Pick<RlhfVsDpoState, 'beta' | 'comparisons' | 'seed'>;

/** One run: the fixed problem, path (a)'s answer, and path (b)'s trajectory so far (grown by {@link advanceRlhfVsDpoRun}). */
export interface RlhfVsDpoRun {
  key: RlhfVsDpoRunKey;
  /** $\pi_{\mathrm{ref}}$ per prompt. */
  reference: number[][];
  comparisons: Pick<Comparison, 'prompt' | 'chosen' | 'rejected'>[];
  /** Label flips among the comparisons (hidden from both learners). */
  flipped: number;
  /** Per prompt: whether the maximum-likelihood Bradley–Terry fit exists (finite rewards). */
  fitExists: boolean[];
  /** Path (a): fitted rewards, centred per prompt (rows of prompts without a fit are `NaN`). */
  rewards: number[][];
  /** Path (a): $\pi_{\mathrm{RLHF}}$ per prompt (rows of prompts without a fit are `NaN`). */
  rlhf: number[][];
  trainer: TabularDpoTrainer;
  /** Path (b): the trainer's state after `trained` steps. */
  current: TabularDpoState;
  /** $\pi_t$ of every prompt after each step, `policies[t][x][y]`, for t = 0 … trained. */
  policies: number[][][];
  /** The mean TV over the prompts with a fit after each step, t = 0 … trained (`NaN` when no prompt has a fit). */
  distances: number[];
  /** DPO loss (mean over the comparisons) after each step. */
  losses: number[];
}

/** Whether a run was made for this state (same β, N and seed). */
export function runMatches(run: RlhfVsDpoRun, state: RlhfVsDpoRunKey): boolean {
  return run.key.beta === state.beta && run.key.comparisons === state.comparisons && run.key.seed === state.seed;
}

/** Mean TV between two tabular policies over the prompts in `prompts` (`NaN` for none). */
function distanceOver(policy: number[][], target: number[][], prompts: readonly number[]): number {
  if (prompts.length === 0) return Number.NaN;
  return mean(prompts.map((x) => totalVariation(policy[x] as number[], target[x] as number[])));
}

/**
 * Sets up a run for a state: the world, the comparisons, path (a)'s fit and policy, and path (b) at step 0
 * ($\pi_0 = \pi_{\mathrm{ref}}$). Costs a few milliseconds (the fit dominates); no DPO step is taken.
 *
 * @example
 * const run = createRlhfVsDpoRun(rlhfVsDpoDefaults);
 * run.policies.length; // 1 (step 0 only)
 * run.fitExists.every(Boolean); // true for the defaults
 */
export function createRlhfVsDpoRun(state: RlhfVsDpoRunKey): RlhfVsDpoRun {
  const key = { beta: state.beta, comparisons: state.comparisons, seed: state.seed };
  const world = createWorld({ seed: state.seed, prompts: PROMPTS });
  const reference = Array.from({ length: PROMPTS }, (_, x) => toyPrompt(state.seed, x + 1).reference);
  const data = drawPreferences(world, { count: state.comparisons });
  const comparisons = data.map(({ prompt, chosen, rejected }) => ({ prompt, chosen, rejected }));
  // Which prompts have a finite fit is decided before any iteration (one iteration suffices to read it); the
  // iterations then run on those prompts only, so a prompt without a fit does not keep the solver busy.
  const fitExists = fitTabularBradleyTerry(world, comparisons, { maxIterations: 1 }).exists;
  const fitted = comparisons.filter((c) => fitExists[c.prompt]);
  const fit = fitted.length > 0 ? fitTabularBradleyTerry(world, fitted) : null;
  const rewards = reference.map((row, x) => row.map((_, y) => (fit !== null && fitExists[x] ? (fit.rewards[x]![y] as number) : Number.NaN)));
  const optimal = fit === null ? [] : tabularOptimalPolicy(reference, fit.rewards, state.beta);
  const rlhf = reference.map((row, x) => (fitExists[x] ? (optimal[x] as number[]) : row.map(() => Number.NaN)));
  const trainer = createTabularDpoTrainer(world, comparisons, { beta: state.beta, reference });
  const current = tabularDpoInitialState(trainer);
  const run: RlhfVsDpoRun = {
    key,
    reference,
    comparisons,
    flipped: data.filter((c) => c.flipped).length,
    fitExists,
    rewards,
    rlhf,
    trainer,
    current,
    policies: [],
    distances: [],
    losses: [],
  };
  record(run, current);
  return run;
}

/** Appends the policies, distance and loss of a trainer state to the run. */
function record(run: RlhfVsDpoRun, state: TabularDpoState): void {
  const policy = tabularPolicy(state.logits);
  const withFit = run.fitExists.flatMap((exists, x) => (exists ? [x] : []));
  run.current = state;
  run.policies.push(policy);
  run.distances.push(distanceOver(policy, run.rlhf, withFit));
  run.losses.push(state.metrics.loss);
}

/** Steps path (b) has taken so far. */
export function trainedSteps(run: RlhfVsDpoRun): number {
  return run.policies.length - 1;
}

/**
 * Advances path (b) by up to `count` DPO steps, stopping at `target` steps in all; returns the steps taken.
 * Mutates the run (it only grows). A widget calls it once per animation frame with a small `count`
 * (content/chapter-1/rlhf-vs-dpo.mdx: the run reaches its end in well under a second, in tasks far shorter than
 * 50 ms); `advanceRlhfVsDpoRun(run, Infinity, target)` trains to the end at once (tests, build-time fallback).
 *
 * @example
 * const run = createRlhfVsDpoRun(rlhfVsDpoDefaults);
 * advanceRlhfVsDpoRun(run, 10, 200); // 10
 * run.distances[10] < run.distances[0]; // true
 */
export function advanceRlhfVsDpoRun(run: RlhfVsDpoRun, count: number, target: number): number {
  let taken = 0;
  while (taken < count && trainedSteps(run) < target) {
    record(run, tabularDpoStep(run.trainer, run.current));
    taken++;
  }
  return taken;
}

/**
 * A run trained to `steps` steps in one go (tests and the build-time fallback; widgets train in slices).
 *
 * @example
 * completedRlhfVsDpoRun(rlhfVsDpoDefaults, 200).distances.length; // 201
 */
export function completedRlhfVsDpoRun(state: RlhfVsDpoRunKey, steps: number): RlhfVsDpoRun {
  const run = createRlhfVsDpoRun(state);
  advanceRlhfVsDpoRun(run, Number.POSITIVE_INFINITY, steps);
  return run;
}
