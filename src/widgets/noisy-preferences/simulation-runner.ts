/**
 * A Lit reactive controller that runs a widget's simulation jobs in slices (content/chapter-1/noisy-preferences.mdx):
 * after every render it looks for the jobs the current state needs that have no result yet, and runs them in
 * tasks of their own (`setTimeout`), one step of a job at a time (`jobSteps`), each slice stopping once it has
 * used {@link SLICE_MS}. A job cut off mid-way resumes where it stopped. The host renders the new results in a
 * task of its own too, at most once per {@link RENDER_INTERVAL_MS} while jobs remain and once when they are done:
 * a render (table, chart) costs more than a slice, and rendering after every slice made most of the widget's
 * start-up tasks long on a slow phone. A state change in between simply redirects the next slice to the new
 * state's jobs; results are cached by job key, so returning to a state, or moving only n, reuses them.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { jobSteps, type JobResult, type SimulationJob } from './simulation.ts';

/**
 * Time budget of one slice in milliseconds. A slice ends after the step that crosses it, and a step (one fit of up
 * to 2000 comparisons, or one feedback round) takes about a millisecond warm and a few cold, so a slice stays well
 * under the 50 ms of a long task even at a slow phone's quarter speed.
 */
export const SLICE_MS = 5;
/** Least time between two renders of results while jobs remain, in milliseconds. */
export const RENDER_INTERVAL_MS = 250;
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
  #renderTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the last render of results was asked for (−∞: never). */
  #renderedAt = -Infinity;

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
    if (this.#renderTimer !== undefined) clearTimeout(this.#renderTimer);
    this.#timer = undefined;
    this.#renderTimer = undefined;
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
    const remaining = pendingJobs(jobs, this.results).length > 0;
    if (remaining) this.#timer = setTimeout(() => this.#slice(), 0);
    if (!remaining || performance.now() - this.#renderedAt >= RENDER_INTERVAL_MS) this.#render();
  }

  /** Asks the host to render, in a task of its own. */
  #render(): void {
    if (this.#renderTimer !== undefined) return;
    this.#renderedAt = performance.now();
    this.#renderTimer = setTimeout(() => {
      this.#renderTimer = undefined;
      this.#host.requestUpdate();
    }, 0);
  }
}
