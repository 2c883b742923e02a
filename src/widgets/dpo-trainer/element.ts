/**
 * `<po-dpo-trainer>`: DPO trained in the browser, with play / pause, step and reset
 * (content/chapter-5/dpo-trainer.mdx). Wiring only; the runs are in training.ts, the numbers, sentence and table
 * in model.ts, the chart in chart.ts, the run and its transport in
 * ../shared/training-run.ts.
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
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { numberListTable } from '../shared/number-list-table.ts';
import { PoWidgetElement } from '../shared/po-widget-element.ts';
import { selectControl } from '../shared/select-control.ts';
import { sliderControl } from '../shared/slider-control.ts';
import { widgetStyles } from '../shared/styles.ts';
import { TrainingRun, type PreparedRun } from '../shared/training-run.ts';
import { transportControls, transportStyles } from '../shared/transport-controls.ts';
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
  static override styles = [widgetStyles, transportStyles];

  readonly #training = new TrainingRun<Run>(this, {
    steps: RUN_STEPS,
    seek: (run, step) => {
      const base = step < run.state.step ? startRun(run.problem) : run;
      return advanceRun(base, step - base.state.step);
    },
    show: (run) => recordDpoTrainerProgress(this, run),
    speed: () => this.state.speed,
  });

  protected override chartLabel(_state: DpoTrainerState, d: DpoTrainerDerived): string {
    return d.view === 'optimum'
      ? 'Every response of the toy world at its closed-form probability π* (across) and its trained probability π_θ (up), with the diagonal π_θ = π*; the table below lists them.'
      : 'Training curves against the step; the table below lists them at a few steps.';
  }

  override connectedCallback(): void {
    this.#training.connect(
      () => this.#prepare(),
      () => super.connectedCallback(),
    );
  }

  /** The first run: known from another element, or trained in slices. */
  #prepare(): PreparedRun<Run> {
    const known = knownEnd(this.state);
    if (known !== null) return { run: known };
    let run = startRun(dpoTrainerProblem(this.state));
    return {
      slice: () => {
        run = advanceRun(run, PRETRAIN_SLICE);
        return run.state.step >= RUN_STEPS;
      },
      result: () => run,
    };
  }

  override disconnectedCallback(): void {
    this.#training.disconnect(() => super.disconnectedCallback());
  }

  /** A new run, playing from step 0, when the policy, β or seed changed. */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const run = this.#training.run;
    if (run === null || run.problem.key === problemKey(this.state)) return;
    this.#training.restart(startRun(dpoTrainerProblem(this.state)));
  }

  protected override derive(state: DpoTrainerState): DpoTrainerDerived {
    const run = this.#training.run;
    return run === null ? dpoTrainerModel.derive(state) : deriveDpoTrainerAt(state, run);
  }

  protected override renderControls(state: DpoTrainerState): TemplateResult {
    const policy = selectControl({ id: 'policy', field: dpoTrainerSchema.policy, value: state.policy, onChange: (value) => this.setState({ policy: value }) });
    const plot = selectControl({ id: 'plot', field: dpoTrainerSchema.plot, value: state.plot, onChange: (value) => this.setState({ plot: value }) });
    const slider = (id: 'beta' | 'seed' | 'speed', disabled = false) =>
      sliderControl({ id, field: dpoTrainerSchema[id], value: state[id], disabled, onChange: (value) => this.setState({ [id]: value }) });
    return html`${transportControls({ id: 'run', state: this.#training.transport, onAction: (action) => this.#training.dispatch(action) })} ${policy} ${plot}
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
