/**
 * `<po-rm-training>`: a reward model trained in the browser on K-wise rankings, shuffled pairs against K-wise
 * batches, with play / pause, step and rewind (content/chapter-4/rm-training.mdx). Wiring only; the runs are in
 * training.ts, the numbers, sentence and table in model.ts, the chart in chart.ts, the run and its transport in
 * ../shared/training-run.ts.
 *
 * On the first connection the run is trained to its end in slices of {@link PRETRAIN_SLICE} ticks, one task
 * each (../shared/task-slices.ts), before Lit's first render, while the build-time fallback (the same end state)
 * stays in place. Afterwards a playing run advances `speed` ticks (tenths of an epoch) per animation frame; a
 * change of K, noise, step size or seed starts a new run that plays from epoch 0.
 *
 * Attributes (= URL keys): `size`, `noise`, `rate`, `seed`, `speed`, plus `theme` and `controls`.
 *
 * @example
 * <po-rm-training size="4"></po-rm-training>
 */
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { numberListTable } from '../shared/number-list-table.ts';
import { PoWidgetElement } from '../shared/po-widget-element.ts';
import { sliderControl } from '../shared/slider-control.ts';
import { widgetStyles } from '../shared/styles.ts';
import { TrainingRun, type PreparedRun } from '../shared/training-run.ts';
import { transportControls, transportStyles } from '../shared/transport-controls.ts';
import { rmTrainingChartDescription } from './chart.ts';
import { deriveRmTrainingAt, rmTrainingModel, rmTrainingTable, type RmTrainingDerived } from './model.ts';
import { rmTrainingSchema, type RmTrainingState } from './state.ts';
import { advanceRun, knownEnd, problemKey, recordRmTrainingProgress, rmTrainingProblem, RUN_TICKS, startRun, type Run } from './training.ts';
import { rmTrainingWidget } from './widget.ts';

/** Ticks per start-up task (at K = 9, 36 pair steps and one K-wise step each: a few milliseconds). */
export const PRETRAIN_SLICE = 2;

/** The `po-rm-training` element. */
export class PoRmTraining extends PoWidgetElement<typeof rmTrainingSchema, RmTrainingDerived> {
  static override widget = rmTrainingWidget;
  static override model = rmTrainingModel;
  static override styles = [widgetStyles, transportStyles];

  readonly #training = new TrainingRun<Run>(this, {
    steps: RUN_TICKS,
    seek: (run, tick) => {
      const shown = run.ticks.length - 1;
      const base = tick < shown ? { problem: run.problem, ticks: run.ticks.slice(0, tick + 1) } : run;
      return advanceRun(base, tick - (base.ticks.length - 1));
    },
    show: (run) => recordRmTrainingProgress(this, run),
    speed: () => this.state.speed,
  });

  protected override chartLabel(_state: RmTrainingState, d: RmTrainingDerived): string {
    return rmTrainingChartDescription(d);
  }

  override connectedCallback(): void {
    this.#training.connect(
      () => this.#prepare(),
      () => super.connectedCallback(),
    );
  }

  #prepare(): PreparedRun<Run> {
    const known = knownEnd(this.state);
    if (known !== null) return { run: known };
    let run: Run | null = null;
    return {
      slice: () => {
        run = run === null ? startRun(rmTrainingProblem(this.state)) : advanceRun(run, PRETRAIN_SLICE);
        return run.ticks.length > RUN_TICKS;
      },
      result: () => run as Run,
    };
  }

  override disconnectedCallback(): void {
    this.#training.disconnect(() => super.disconnectedCallback());
  }

  /** A new run, playing from epoch 0, when K, the noise, the step size or the seed changed. */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const run = this.#training.run;
    if (run === null || run.problem.key === problemKey(this.state)) return;
    this.#training.restart(startRun(rmTrainingProblem(this.state)));
  }

  protected override derive(state: RmTrainingState): RmTrainingDerived {
    const run = this.#training.run;
    return run === null ? rmTrainingModel.derive(state) : deriveRmTrainingAt(state, run);
  }

  protected override renderControls(state: RmTrainingState): TemplateResult {
    const slider = (id: 'size' | 'noise' | 'rate' | 'seed' | 'speed') =>
      sliderControl({ id, field: rmTrainingSchema[id], value: state[id], onChange: (value) => this.setState({ [id]: value }) });
    return html`${transportControls({ id: 'run', state: this.#training.transport, onAction: (action) => this.#training.dispatch(action) })} ${slider('noise')} ${slider('rate')} ${slider('size')} ${slider('seed')} ${slider('speed')}`;
  }

  protected override renderTable(_state: RmTrainingState, derived: RmTrainingDerived): TemplateResult {
    return numberListTable({ id: 'fits', table: rmTrainingTable(derived), wrapRowHeaders: true });
  }
}

if (!customElements.get(rmTrainingWidget.tag)) customElements.define(rmTrainingWidget.tag, PoRmTraining);

declare global {
  interface HTMLElementTagNameMap {
    'po-rm-training': PoRmTraining;
  }
}
