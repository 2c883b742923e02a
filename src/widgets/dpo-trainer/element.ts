/**
 * `<po-dpo-trainer>`: DPO trained in the browser, with play / pause, step and reset
 * (content/chapter-5/dpo-trainer.mdx). Wiring only; the runs are in training.ts, the numbers, sentence and table
 * in model.ts, the chart in chart.ts, the transport in ../shared/transport.ts.
 *
 * Training never runs in one long task. On the first connection the run is trained to its end in slices of
 * {@link PRETRAIN_SLICE} steps, one message-channel task each, before Lit's first render, while the build-time
 * fallback (which shows the same end state) stays in place. Afterwards a playing run advances `speed` steps per
 * animation frame (at the default 10, the 300 steps take 30 frames, half a second at 60 frames a second). A change
 * of policy, β or seed starts a new run that plays from step 0; the plot and the speed never retrain.
 *
 * Attributes (= URL keys): `policy`, `plot`, `beta`, `seed`, `speed`, plus `theme` and `controls`.
 *
 * @example
 * <po-dpo-trainer policy="bigram" plot="logp"></po-dpo-trainer>
 */
import { css, html, type PropertyValues, type TemplateResult } from 'lit';
import { numberListTable } from '../shared/number-list-table.ts';
import { PoWidgetElement } from '../shared/po-widget-element.ts';
import { runSlicedTasks, type SlicedTasks } from '../shared/task-slices.ts';
import { selectControl } from '../shared/select-control.ts';
import { sliderControl } from '../shared/slider-control.ts';
import { widgetStyles } from '../shared/styles.ts';
import { transportControls } from '../shared/transport-controls.ts';
import { transportAt, transportReduce, type TransportAction, type TransportState } from '../shared/transport.ts';
import { deriveDpoTrainerAt, dpoTrainerModel, dpoTrainerTable, type DpoTrainerDerived } from './model.ts';
import { dpoTrainerSchema, type DpoTrainerState } from './state.ts';
import { advanceRun, dpoTrainerProblem, knownEnd, problemKey, recordDpoTrainerProgress, RUN_STEPS, startRun, type Run } from './training.ts';
import { dpoTrainerWidget } from './widget.ts';

/** Steps per start-up task (a few milliseconds even for the bigram policy on a slow phone). */
export const PRETRAIN_SLICE = 10;

/** The `po-dpo-trainer` element. */
export class PoDpoTrainer extends PoWidgetElement<typeof dpoTrainerSchema, DpoTrainerDerived> {
  static override widget = dpoTrainerWidget;
  static override model = dpoTrainerModel;
  static override styles = [
    widgetStyles,
    css`
      .transport-toggle {
        min-inline-size: 5.5em;
      }
      button[aria-disabled='true'] {
        cursor: not-allowed;
        color: var(--_muted);
      }
    `,
  ];

  #run: Run | null = null;
  #transport: TransportState = transportAt(RUN_STEPS, RUN_STEPS);
  #frame = 0;
  /** The first run's start-up training, one slice per task, before the first render. */
  #pretraining: SlicedTasks | null = null;

  protected override chartLabel(_state: DpoTrainerState, d: DpoTrainerDerived): string {
    return d.view === 'optimum'
      ? 'Every response of the toy world at its closed-form probability π* (across) and its trained probability π_θ (up), with the diagonal π_θ = π*; the table below lists them.'
      : 'Training curves against the step; the table below lists them at a few steps.';
  }

  override connectedCallback(): void {
    if (this.#run !== null) {
      super.connectedCallback();
      if (this.#transport.playing) this.#schedule();
      return;
    }
    if (this.#pretraining !== null) return;
    const known = knownEnd(this.state);
    if (known !== null) {
      this.#show(known, transportAt(RUN_STEPS, RUN_STEPS));
      super.connectedCallback();
      return;
    }
    let run = startRun(dpoTrainerProblem(this.state));
    this.#pretraining = runSlicedTasks(
      () => {
        run = advanceRun(run, PRETRAIN_SLICE);
        return run.state.step >= RUN_STEPS;
      },
      () => {
        this.#pretraining = null;
        this.#show(run, transportAt(RUN_STEPS, RUN_STEPS));
        if (this.isConnected) super.connectedCallback();
      },
    );
  }

  override disconnectedCallback(): void {
    if (this.#pretraining !== null) {
      this.#pretraining.cancel();
      this.#pretraining = null;
      return;
    }
    super.disconnectedCallback();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  #show(run: Run, transport: TransportState): void {
    this.#run = run;
    this.#transport = transport;
    recordDpoTrainerProgress(this, run);
  }

  /** A new run, playing from step 0, when the policy, β or seed changed. */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.#run === null || this.#run.problem.key === problemKey(this.state)) return;
    this.#show(startRun(dpoTrainerProblem(this.state)), transportAt(RUN_STEPS, 0, true));
    this.#schedule();
  }

  #dispatch(action: TransportAction): void {
    const run = this.#run;
    if (run === null) return;
    const next = transportReduce(this.#transport, action);
    const base = next.step < run.state.step ? startRun(run.problem) : run;
    this.#show(advanceRun(base, next.step - base.state.step), next);
    if (next.playing) this.#schedule();
    this.requestUpdate();
  }

  #schedule(): void {
    if (this.#frame === 0) this.#frame = requestAnimationFrame(() => this.#advance());
  }

  /** One frame of a playing run: `speed` steps, then a redraw; the next frame is asked for while it plays. */
  #advance(): void {
    this.#frame = 0;
    if (!this.#transport.playing) return;
    this.#dispatch({ type: 'tick', steps: this.state.speed });
  }

  protected override derive(state: DpoTrainerState): DpoTrainerDerived {
    return this.#run === null ? dpoTrainerModel.derive(state) : deriveDpoTrainerAt(state, this.#run);
  }

  protected override renderControls(state: DpoTrainerState): TemplateResult {
    const policy = selectControl({ id: 'policy', field: dpoTrainerSchema.policy, value: state.policy, onChange: (value) => this.setState({ policy: value }) });
    const plot = selectControl({ id: 'plot', field: dpoTrainerSchema.plot, value: state.plot, onChange: (value) => this.setState({ plot: value }) });
    const slider = (id: 'beta' | 'seed' | 'speed', disabled = false) =>
      sliderControl({ id, field: dpoTrainerSchema[id], value: state[id], disabled, onChange: (value) => this.setState({ [id]: value }) });
    return html`${transportControls({ id: 'run', state: this.#transport, onAction: (action) => this.#dispatch(action) })} ${policy} ${plot}
    ${slider('beta')} ${slider('seed', state.policy !== 'tabular')} ${slider('speed')}`;
  }

  protected override renderTable(_state: DpoTrainerState, derived: DpoTrainerDerived): TemplateResult {
    return numberListTable({ id: 'curves', table: dpoTrainerTable(derived) });
  }
}

if (!customElements.get(dpoTrainerWidget.tag)) customElements.define(dpoTrainerWidget.tag, PoDpoTrainer);

declare global {
  interface HTMLElementTagNameMap {
    'po-dpo-trainer': PoDpoTrainer;
  }
}
