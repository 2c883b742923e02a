/**
 * The transport of a training widget, as pure data: where a run is (`step` of `total`) and whether it is
 * playing. Play, pause, step and reset are reducer actions; the element advances a playing run by `tick`s, one
 * per animation frame, and trains exactly the steps the transport moved by. Shared by every widget that trains
 * in the browser (content/chapter-5/dpo-trainer.mdx first); the buttons are in transport-controls.ts.
 */

/** Where a run is and whether it plays. `0 ≤ step ≤ total`; a run at `total` never plays. */
export interface TransportState {
  readonly step: number;
  readonly total: number;
  readonly playing: boolean;
}

/**
 * What can happen to a run: the reader's buttons (`toggle` = play/pause, `step`, `reset`), a new run that
 * starts playing from step 0 (`restart`), and an animation frame that advances a playing run by `steps` (`tick`).
 */
export type TransportAction =
  | { readonly type: 'toggle' }
  | { readonly type: 'step' }
  | { readonly type: 'reset' }
  | { readonly type: 'restart' }
  | { readonly type: 'tick'; readonly steps: number };

/**
 * A run of `total` steps at step `step` (clamped into `[0, total]`; a non-finite or negative total is 0).
 *
 * @example
 * transportAt(300, 300); // → { step: 300, total: 300, playing: false }
 */
export function transportAt(total: number, step = 0, playing = false): TransportState {
  const t = Number.isFinite(total) ? Math.max(0, Math.floor(total)) : 0;
  const s = Number.isFinite(step) ? Math.min(t, Math.max(0, Math.floor(step))) : 0;
  return { step: s, total: t, playing: playing && s < t };
}

/**
 * The transport after an action. `toggle` pauses a playing run, plays a paused one, and replays an ended one from
 * step 0; `step` pauses and moves one step (not past the end); `reset` pauses at step 0; `restart` plays from step
 * 0; `tick` moves a playing run by `steps` (a positive integer; anything else moves it by 0) and stops it at the
 * end. A paused run ignores ticks.
 *
 * @example
 * transportReduce(transportAt(300, 300), { type: 'toggle' }); // → { step: 0, total: 300, playing: true }
 * transportReduce(transportAt(300, 295, true), { type: 'tick', steps: 10 }); // → { step: 300, total: 300, playing: false }
 */
export function transportReduce(state: TransportState, action: TransportAction): TransportState {
  const { step, total, playing } = state;
  switch (action.type) {
    case 'toggle':
      if (playing) return transportAt(total, step, false);
      return step >= total ? transportAt(total, 0, true) : transportAt(total, step, true);
    case 'step':
      return transportAt(total, step + 1, false);
    case 'reset':
      return transportAt(total, 0, false);
    case 'restart':
      return transportAt(total, 0, true);
    case 'tick': {
      if (!playing) return state;
      const n = Number.isInteger(action.steps) && action.steps > 0 ? action.steps : 0;
      return transportAt(total, step + n, true);
    }
  }
}

/** The buttons' labels and states for a transport (what transport-controls.ts renders). */
export interface TransportButtons {
  /** `Play`, `Pause` or `Replay` (an ended run plays again from step 0). */
  toggle: 'Play' | 'Pause' | 'Replay';
  /** Step is disabled at the end of the run. */
  stepDisabled: boolean;
  /** Rewind (the `reset` action) has nothing to do at step 0 while paused. */
  resetDisabled: boolean;
  /** A short status, e.g. `Step 120 of 300, playing`. */
  status: string;
}

/**
 * The buttons of a transport.
 *
 * @example
 * transportButtons(transportAt(300, 120, true)).toggle; // → 'Pause'
 * transportButtons(transportAt(300, 300)).status; // → 'Step 300 of 300, ended'
 */
export function transportButtons(state: TransportState): TransportButtons {
  const ended = state.step >= state.total;
  return {
    toggle: state.playing ? 'Pause' : ended ? 'Replay' : 'Play',
    stepDisabled: ended,
    resetDisabled: state.step === 0 && !state.playing,
    status: `Step ${String(state.step)} of ${String(state.total)}, ${state.playing ? 'playing' : ended ? 'ended' : 'paused'}`,
  };
}
