import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pendingJobs, SimulationRunner, SLICE_MS } from '../../../src/widgets/noisy-preferences/simulation-runner.ts';
import { curveJob, simulationJobs } from '../../../src/widgets/noisy-preferences/simulation.ts';
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
  it('runs the jobs in slices that stop once the slice budget is used, one task each', () => {
    vi.useFakeTimers();
    // The fake clock advances 5 ms per reading: the slice reads it at its start and after each job, so a slice
    // of SLICE_MS = 8 ms runs exactly two jobs (5 ms, then 10 ms ≥ 8 ms) and yields.
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
    expect(runner.results.size).toBe(2);
    vi.advanceTimersToNextTimer();
    expect(runner.results.size).toBe(4);
    vi.runAllTimers();
    expect(runner.results.size).toBe(jobs.length);
    expect(host.updates).toBe(jobs.length / 2);
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
