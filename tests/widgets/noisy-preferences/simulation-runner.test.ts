import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pendingJobs, RENDER_INTERVAL_MS, SimulationRunner, SLICE_MS } from '../../../src/widgets/noisy-preferences/simulation-runner.ts';
import { curveJob, runJob, simulationJobs } from '../../../src/widgets/noisy-preferences/simulation.ts';
import { noisyPreferencesDefaults } from '../../../src/widgets/noisy-preferences/state.ts';

/** A host that renders (calls hostUpdated) whenever asked, like a Lit element. */
function fakeHost(): ReactiveControllerHost & { updates: number } {
  const controllers: ReactiveController[] = [];
  const host = {
    updates: 0,
    addController: (c: ReactiveController) => controllers.push(c),
    removeController: () => undefined,
    requestUpdate: () => {
      host.updates += 1;
      for (const c of controllers) c.hostUpdated?.();
    },
    updateComplete: Promise.resolve(true),
  };
  return host;
}

/** `performance.now()` advancing 3 ms per reading, with the number of readings so far. */
function fakeClock(): { readonly now: number; readonly readings: number } {
  const clock = { now: 0, readings: 0 };
  vi.spyOn(performance, 'now').mockImplementation(() => {
    clock.readings += 1;
    return (clock.now += 3);
  });
  return clock;
}

/** `setTimeout` replaced by a queue whose callbacks the test runs one task at a time. */
function taskQueue(): { runNext: () => void; runAll: () => void; pending: () => number } {
  const queue: (() => void)[] = [];
  vi.spyOn(globalThis, 'setTimeout').mockImplementation(((callback: () => void) => queue.push(callback)) as unknown as typeof setTimeout);
  const runNext = () => queue.shift()!();
  return { runNext, runAll: () => { while (queue.length > 0) runNext(); }, pending: () => queue.length };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('pendingJobs(jobs, results)', () => {
  it('keeps the jobs without a result, in order', () => {
    const jobs = [curveJob(1, 0, 0, [10]), curveJob(1, 0, 1, [10])];
    expect(pendingJobs(jobs, new Map([[jobs[0]!.key, new Float64Array(1)]]))).toEqual([jobs[1]]);
  });
});

describe('SimulationRunner', () => {
  it('runs the jobs a step at a time in slices that stop once the budget is used, and resumes a job where it stopped', () => {
    // The clock advances 3 ms per reading: a slice reads it at its start and after each step, so a slice of
    // SLICE_MS = 5 ms runs exactly two steps (3 ms, then 6 ms ≥ 5 ms) and yields. A feedback-loop job has
    // ROUNDS + 1 = 6 steps, so the first job finishes in the third slice.
    const clock = fakeClock();
    const tasks = taskQueue();
    const state = { ...noisyPreferencesDefaults, view: 'rounds' as const, perRound: 10 };
    const jobs = simulationJobs(state);
    const host = fakeHost();
    const runner = new SimulationRunner(host, () => jobs);
    runner.hostConnected();
    expect(SLICE_MS).toBe(5);
    expect(runner.results.size).toBe(0); // nothing runs synchronously
    const afterSlices: number[] = [];
    while (runner.results.size === 0) {
      const readings = clock.readings;
      tasks.runNext();
      if (clock.readings > readings) afterSlices.push(runner.results.size);
    }
    expect(afterSlices).toEqual([0, 0, 1]);
    tasks.runAll();
    expect(runner.results.size).toBe(jobs.length);
    for (const job of jobs) expect(runner.results.get(job.key)).toEqual(runJob(job));
  });
  it('renders in tasks of their own, at most once per RENDER_INTERVAL_MS while jobs remain, and once at the end', () => {
    const clock = fakeClock();
    const tasks = taskQueue();
    const jobs = simulationJobs({ ...noisyPreferencesDefaults, view: 'rounds', perRound: 10 });
    const host = fakeHost();
    const runner = new SimulationRunner(host, () => jobs);
    runner.hostConnected();
    const renders: { at: number; done: number }[] = [];
    let count = 0;
    while (tasks.pending() > 0) {
      const [updates, readings] = [host.updates, clock.readings];
      tasks.runNext();
      count++;
      if (host.updates > updates) {
        expect(clock.readings, 'a render task runs no slice').toBe(readings);
        renders.push({ at: clock.now, done: runner.results.size });
      }
    }
    expect(runner.results.size).toBe(jobs.length);
    expect(renders.at(-1)!.done).toBe(jobs.length);
    expect(renders.length).toBeLessThan(count / 4);
    // Renders while jobs remained were asked for at least RENDER_INTERVAL_MS apart (each render task runs right
    // after the slice that asked for it, a slice's few clock readings later).
    const whileRunning = renders.slice(0, -1);
    expect(whileRunning.length).toBeGreaterThan(1);
    for (let i = 1; i < whileRunning.length; i++) expect(whileRunning[i]!.at - whileRunning[i - 1]!.at).toBeGreaterThanOrEqual(RENDER_INTERVAL_MS - 25);
  });
  it('stops scheduling when the host disconnects', () => {
    vi.useFakeTimers();
    const host = fakeHost();
    const runner = new SimulationRunner(host, () => simulationJobs({ ...noisyPreferencesDefaults, view: 'rounds' }));
    runner.hostConnected();
    runner.hostDisconnected();
    vi.runAllTimers();
    expect(runner.results.size).toBe(0);
  });
});
