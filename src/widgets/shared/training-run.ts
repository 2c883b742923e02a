/**
 * The run of a widget that trains in the browser, with its transport (play / pause, step, rewind): the
 * lifecycle the training elements share (content/chapter-3/reward-margins.mdx, content/chapter-5/dpo-trainer.mdx).
 *
 * - **Connection.** A run that exists already resumes (a playing one asks for the next frame). Otherwise the
 *   element's `prepare()` gives either a finished run (one another element trained, or a short one), shown at
 *   once, or a slice function that trains it one task at a time (./task-slices.ts) before Lit's first render,
 *   while the build-time fallback stays in place; the host connects when the last slice has run.
 * - **Disconnection** cancels the start-up slices, or the pending animation frame.
 * - **Transport.** Each action moves the transport (./transport.ts) and the run to its step (`seek`, which trains
 *   forward or goes back); a playing run advances `speed()` steps per animation frame.
 * - **Restart.** A new run (the element's problem changed) plays from step 0.
 *
 * @example
 * readonly #training = new TrainingRun<Run>(this, { steps: RUN_STEPS, seek, show: (run) => record(this, run), speed: () => this.state.speed });
 * override connectedCallback() { this.#training.connect(() => prepareRun(this.state), () => super.connectedCallback()); }
 */
import { runSlicedTasks, type SlicedTasks } from './task-slices.ts';
import { transportAt, transportReduce, type TransportAction, type TransportState } from './transport.ts';

/** What {@link TrainingRun.connect}'s `prepare` gives: a finished run, or the slices that train one. */
export type PreparedRun<Run> = { readonly run: Run } | { readonly slice: () => boolean; readonly result: () => Run };

/** The element side of a {@link TrainingRun}. */
export interface TrainingRunHost {
  readonly isConnected: boolean;
  requestUpdate(): void;
}

/** Options of a {@link TrainingRun}. */
export interface TrainingRunOptions<Run> {
  /** Steps of a full run. */
  readonly steps: number;
  /** The run at `step`, from `run`: trained forward, or taken back. */
  readonly seek: (run: Run, step: number) => Run;
  /** Called with every run the widget shows (e.g. to record progress, or to bring a companion run to its step). */
  readonly show?: (run: Run) => void;
  /** Steps per animation frame while playing. */
  readonly speed: () => number;
}

/** A training widget's run and transport. */
export class TrainingRun<Run> {
  readonly #host: TrainingRunHost;
  readonly #options: TrainingRunOptions<Run>;
  #run: Run | null = null;
  #transport: TransportState;
  #frame = 0;
  #pretraining: SlicedTasks | null = null;

  constructor(host: TrainingRunHost, options: TrainingRunOptions<Run>) {
    this.#host = host;
    this.#options = options;
    this.#transport = transportAt(options.steps, options.steps);
  }

  /** The run shown (`null` before the first one is ready). */
  get run(): Run | null {
    return this.#run;
  }

  /** Where the transport is. */
  get transport(): TransportState {
    return this.#transport;
  }

  /** From the host's `connectedCallback`: `connectHost` runs (now or after the start-up training) with a run ready. */
  connect(prepare: () => PreparedRun<Run>, connectHost: () => void): void {
    if (this.#run !== null) {
      connectHost();
      if (this.#transport.playing) this.#schedule();
      return;
    }
    if (this.#pretraining !== null) return;
    const prepared = prepare();
    if ('run' in prepared) {
      this.#show(prepared.run, transportAt(this.#options.steps, this.#options.steps));
      connectHost();
      return;
    }
    this.#pretraining = runSlicedTasks(prepared.slice, () => {
      this.#pretraining = null;
      this.#show(prepared.result(), transportAt(this.#options.steps, this.#options.steps));
      if (this.#host.isConnected) connectHost();
    });
  }

  /** From the host's `disconnectedCallback`: `disconnectHost` runs unless the host never connected. */
  disconnect(disconnectHost: () => void): void {
    if (this.#pretraining !== null) {
      this.#pretraining.cancel();
      this.#pretraining = null;
      return;
    }
    disconnectHost();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  /** Shows a new run, playing from step 0 (a no-op before the first run is ready). */
  restart(run: Run): void {
    if (this.#run === null) return;
    this.#show(run, transportAt(this.#options.steps, 0, true));
    this.#schedule();
  }

  /** A reader's button or a frame's tick. */
  dispatch(action: TransportAction): void {
    const run = this.#run;
    if (run === null) return;
    const next = transportReduce(this.#transport, action);
    this.#show(this.#options.seek(run, next.step), next);
    if (next.playing) this.#schedule();
    this.#host.requestUpdate();
  }

  #show(run: Run, transport: TransportState): void {
    this.#run = run;
    this.#transport = transport;
    this.#options.show?.(run);
  }

  #schedule(): void {
    if (this.#frame === 0) this.#frame = requestAnimationFrame(() => this.#advance());
  }

  /** One frame of a playing run: `speed()` steps, then a redraw; the next frame is asked for while it plays. */
  #advance(): void {
    this.#frame = 0;
    if (!this.#transport.playing) return;
    this.dispatch({ type: 'tick', steps: this.#options.speed() });
  }
}
