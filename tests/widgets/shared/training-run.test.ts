import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { TrainingRun, type PreparedRun } from '../../../src/widgets/shared/training-run.ts';

/** A run is just its step here; `seek` jumps to the step asked for. */
type Run = { readonly step: number };

/** Resolves after `n` zero-delay timers (in Node a message-port message is handled within a few of them). */
async function tasks(n: number): Promise<void> {
  for (let i = 0; i < n; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Animation frames are queued here and run by `frame()`. */
let frames: Map<number, FrameRequestCallback>;
let nextFrame: number;
function frame(): void {
  const due = [...frames.values()];
  frames.clear();
  for (const callback of due) callback(0);
}

beforeEach(() => {
  frames = new Map();
  nextFrame = 1;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.set(nextFrame, callback);
    return nextFrame++;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
});
afterEach(() => vi.unstubAllGlobals());

/** A host element double and a run of 10 steps at 3 steps per frame. */
function setup() {
  const host = { isConnected: true, updates: 0, requestUpdate() { this.updates += 1; } };
  const shown: number[] = [];
  const training = new TrainingRun<Run>(host, { steps: 10, seek: (_, step) => ({ step }), show: (run) => shown.push(run.step), speed: () => 3 });
  return { host, shown, training };
}

describe('new TrainingRun(host, options)', () => {
  it('connect(prepare, connectHost) with a finished run shows it at the end and connects at once', () => {
    const { shown, training } = setup();
    let connected = 0;
    training.connect(() => ({ run: { step: 10 } }), () => (connected += 1));
    expect(connected).toBe(1);
    expect(shown).toEqual([10]);
    expect(training.transport).toEqual({ step: 10, total: 10, playing: false });
  });

  it('connect(prepare, connectHost) with slices trains one slice per task, then shows the result and connects', async () => {
    const { shown, training } = setup();
    let slices = 0;
    let connected = 0;
    const prepared: PreparedRun<Run> = { slice: () => (slices += 1) === 4, result: () => ({ step: 10 }) };
    training.connect(() => prepared, () => (connected += 1));
    training.connect(() => { throw new Error('prepared twice'); }, () => (connected += 1));
    expect(connected).toBe(0);
    expect(training.run).toBeNull();
    await tasks(30);
    expect(slices).toBe(4);
    expect(connected).toBe(1);
    expect(shown).toEqual([10]);
  });

  it('disconnect(disconnectHost) during the start-up slices cancels them and does not disconnect the host', async () => {
    const { host, training } = setup();
    let slices = 0;
    let disconnected = 0;
    training.connect(() => ({ slice: () => (slices += 1) === 100, result: () => ({ step: 10 }) }), () => undefined);
    training.disconnect(() => (disconnected += 1));
    host.isConnected = false;
    await tasks(10);
    expect(slices).toBe(0);
    expect(disconnected).toBe(0);
    expect(training.run).toBeNull();
  });

  it('dispatch(action) moves the transport and seeks the run; a playing run advances speed() steps per frame to the end', () => {
    const { host, shown, training } = setup();
    training.connect(() => ({ run: { step: 10 } }), () => undefined);
    training.dispatch({ type: 'reset' });
    expect(training.run).toEqual({ step: 0 });
    training.dispatch({ type: 'step' });
    expect(training.transport).toEqual({ step: 1, total: 10, playing: false });
    training.dispatch({ type: 'toggle' });
    for (let i = 0; i < 5; i += 1) frame();
    expect(shown).toEqual([10, 0, 1, 1, 4, 7, 10]);
    expect(training.transport).toEqual({ step: 10, total: 10, playing: false });
    expect(frames.size).toBe(0);
    expect(host.updates).toBe(6);
  });

  it('restart(run) plays a new run from step 0; disconnect(disconnectHost) cancels its next frame', () => {
    const { training } = setup();
    training.restart({ step: 0 });
    expect(training.run).toBeNull();
    training.connect(() => ({ run: { step: 10 } }), () => undefined);
    training.restart({ step: 0 });
    expect(training.transport).toEqual({ step: 0, total: 10, playing: true });
    let disconnected = 0;
    training.disconnect(() => (disconnected += 1));
    expect(disconnected).toBe(1);
    expect(frames.size).toBe(0);
    let connected = 0;
    training.connect(() => { throw new Error('prepared again'); }, () => (connected += 1));
    expect(connected).toBe(1);
    expect(frames.size).toBe(1);
  });
});
