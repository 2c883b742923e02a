import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pendingJobs, SimulationRunner, SLICE_MS } from '../../../src/widgets/noisy-preferences/simulation-runner.ts';
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
    vi.useFakeTimers();
    // The fake clock advances 5 ms per reading: a slice reads it at its start and after each step, so a slice of
    // SLICE_MS = 8 ms runs exactly two steps (5 ms, then 10 ms ≥ 8 ms) and yields. A feedback-loop job has
    // ROUNDS + 1 = 6 steps, so it finishes in its third slice.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 5));
    const state = { ...noisyPreferencesDefaults, view: 'rounds' as const, perRound: 10 };
    const jobs = simulationJobs(state);
    const host = fakeHost();
    const runner = new SimulationRunner(host, () => jobs);
    runner.hostConnected();
    expect(SLICE_MS).toBe(8);
    expect(runner.results.size).toBe(0); // nothing runs synchronously
    vi.advanceTimersToNextTimer();
    vi.advanceTimersToNextTimer();
    expect(runner.results.size).toBe(0);
    vi.advanceTimersToNextTimer();
    expect(runner.results.size).toBe(1);
    vi.runAllTimers();
    expect(runner.results.size).toBe(jobs.length);
    expect(host.updates).toBe((jobs.length * 6) / 2);
    for (const job of jobs) expect(runner.results.get(job.key)).toEqual(runJob(job));
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
