/**
 * A Lit reactive controller that runs a widget's simulation jobs in slices (content/chapter-1/noisy-preferences.mdx):
 * after every render it looks for the jobs the current state needs that have no result yet, and runs them in a
 * task of their own (`setTimeout`), one step of a job at a time (`jobSteps`), stopping once a slice has used
 * {@link SLICE_MS}; then it asks the host to render again, which schedules the next slice. A job cut off mid-way
 * resumes where it stopped. A state change in between simply redirects the next slice to the
 * new state's jobs; results are cached by job key, so returning to a state, or moving only n, reuses them.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { jobSteps, type JobResult, type SimulationJob } from './simulation.ts';

/** Time budget of one slice in milliseconds: one step takes about a millisecond, so a slice stays far below the 50 ms long-task limit. */
export const SLICE_MS = 8;
/** Cached results kept at most; beyond it, results the current state does not need are dropped. */
export const CACHE_LIMIT = 2000;

/**
 * The jobs of `jobs` without a result in `results`, in order.
 *
 * @example
 * pendingJobs([curveJob(42, 0, 0, [10])], new Map()).length; // → 1
 */
export function pendingJobs(jobs: readonly SimulationJob[], results: ReadonlyMap<string, JobResult>): SimulationJob[] {
  return jobs.filter((job) => !results.has(job.key));
}

/** Runs the host's current jobs in slices and keeps their results. */
export class SimulationRunner implements ReactiveController {
  /** Results by job key. */
  readonly results = new Map<string, JobResult>();
  /** Jobs started but not finished, by key. */
  readonly #started = new Map<string, Generator<undefined, JobResult, undefined>>();
  readonly #host: ReactiveControllerHost;
  readonly #jobs: () => SimulationJob[];
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, jobs: () => SimulationJob[]) {
    this.#host = host;
    this.#jobs = jobs;
    host.addController(this);
  }

  hostConnected(): void {
    this.#schedule();
  }

  hostUpdated(): void {
    this.#schedule();
  }

  hostDisconnected(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #schedule(): void {
    if (this.#timer !== undefined || pendingJobs(this.#jobs(), this.results).length === 0) return;
    this.#timer = setTimeout(() => this.#slice(), 0);
  }

  #slice(): void {
    this.#timer = undefined;
    const jobs = this.#jobs();
    const needed = new Set(jobs.map((job) => job.key));
    if (this.results.size > CACHE_LIMIT) for (const key of [...this.results.keys()]) if (!needed.has(key)) this.results.delete(key);
    for (const key of [...this.#started.keys()]) if (!needed.has(key)) this.#started.delete(key);
    const start = performance.now();
    const overBudget = () => performance.now() - start >= SLICE_MS;
    for (const job of pendingJobs(jobs, this.results)) {
      const steps = this.#started.get(job.key) ?? jobSteps(job);
      let step = steps.next();
      while (step.done !== true && !overBudget()) step = steps.next();
      if (step.done === true) {
        this.results.set(job.key, step.value);
        this.#started.delete(job.key);
      } else {
        this.#started.set(job.key, steps);
      }
      if (overBudget()) break;
    }
    this.#host.requestUpdate();
  }
}
