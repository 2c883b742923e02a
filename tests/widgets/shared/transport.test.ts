import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transportAt, transportButtons, transportReduce, type TransportAction } from '../../../src/widgets/shared/transport.ts';

describe('transportAt(total, step, playing)', () => {
  it('clamps the step into [0, total] and never plays at the end', () => {
    expect(transportAt(300, 400, true)).toEqual({ step: 300, total: 300, playing: false });
    expect(transportAt(300, -5)).toEqual({ step: 0, total: 300, playing: false });
    expect(transportAt(Number.NaN, 3)).toEqual({ step: 0, total: 0, playing: false });
  });
});

describe('transportReduce(state, action)', () => {
  it('toggle: pauses a playing run, plays a paused one, replays an ended one from step 0', () => {
    expect(transportReduce(transportAt(300, 120, true), { type: 'toggle' })).toEqual({ step: 120, total: 300, playing: false });
    expect(transportReduce(transportAt(300, 120), { type: 'toggle' })).toEqual({ step: 120, total: 300, playing: true });
    expect(transportReduce(transportAt(300, 300), { type: 'toggle' })).toEqual({ step: 0, total: 300, playing: true });
  });

  it('step: pauses and moves one step, not past the end', () => {
    expect(transportReduce(transportAt(300, 120, true), { type: 'step' })).toEqual({ step: 121, total: 300, playing: false });
    expect(transportReduce(transportAt(300, 300), { type: 'step' })).toEqual({ step: 300, total: 300, playing: false });
  });

  it('reset pauses at 0; restart plays from 0', () => {
    expect(transportReduce(transportAt(300, 120, true), { type: 'reset' })).toEqual({ step: 0, total: 300, playing: false });
    expect(transportReduce(transportAt(300, 300), { type: 'restart' })).toEqual({ step: 0, total: 300, playing: true });
  });

  it('tick: moves a playing run by its steps and stops it at the end; a paused run or a bad count does not move', () => {
    expect(transportReduce(transportAt(300, 0, true), { type: 'tick', steps: 10 })).toEqual({ step: 10, total: 300, playing: true });
    expect(transportReduce(transportAt(300, 295, true), { type: 'tick', steps: 10 })).toEqual({ step: 300, total: 300, playing: false });
    expect(transportReduce(transportAt(300, 5), { type: 'tick', steps: 10 })).toEqual({ step: 5, total: 300, playing: false });
    expect(transportReduce(transportAt(300, 5, true), { type: 'tick', steps: 2.5 })).toEqual({ step: 5, total: 300, playing: true });
  });

  it('a default run at 10 steps a tick ends after exactly 30 ticks', () => {
    let state = transportAt(300, 0, true);
    let ticks = 0;
    while (state.playing) {
      state = transportReduce(state, { type: 'tick', steps: 10 });
      ticks++;
    }
    expect([ticks, state.step]).toEqual([30, 300]);
  });

  it('keeps 0 ≤ step ≤ total and never plays at the end, whatever the actions (property)', () => {
    const action: fc.Arbitrary<TransportAction> = fc.oneof(
      fc.constantFrom<TransportAction>({ type: 'toggle' }, { type: 'step' }, { type: 'reset' }, { type: 'restart' }),
      fc.integer({ min: -3, max: 50 }).map((steps): TransportAction => ({ type: 'tick', steps })),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.array(action, { maxLength: 60 }), (total, actions) => {
        let state = transportAt(total, total);
        for (const a of actions) {
          const before = state;
          state = transportReduce(state, a);
          expect(state.step).toBeGreaterThanOrEqual(0);
          expect(state.step).toBeLessThanOrEqual(total);
          if (state.step === total) expect(state.playing).toBe(false);
          if (a.type === 'tick') expect(state.step).toBeGreaterThanOrEqual(before.step);
        }
      }),
    );
  });
});

describe('transportButtons(state)', () => {
  it('labels the toggle Play, Pause or Replay and gives a status', () => {
    expect(transportButtons(transportAt(300, 120))).toEqual({ toggle: 'Play', stepDisabled: false, resetDisabled: false, status: 'Step 120 of 300, paused' });
    expect(transportButtons(transportAt(300, 120, true))).toEqual({ toggle: 'Pause', stepDisabled: false, resetDisabled: false, status: 'Step 120 of 300, playing' });
    expect(transportButtons(transportAt(300, 300))).toEqual({ toggle: 'Replay', stepDisabled: true, resetDisabled: false, status: 'Step 300 of 300, ended' });
    expect(transportButtons(transportAt(300, 0))).toEqual({ toggle: 'Play', stepDisabled: false, resetDisabled: true, status: 'Step 0 of 300, paused' });
  });
});
