/**
 * `<po-dpo-gradient>`: the DPO gradient of a tabular policy, pair by pair, through a training run on the toy world
 * (content/chapter-5/dpo-gradient.mdx). Wiring only; the run is in `run.ts`, the numbers, sentence and table in
 * `model.ts`, the chart in `chart.ts`.
 *
 * Training never runs in one long task. On the first connection the whole run (200 steps) is trained before Lit's
 * first render, in slices of at most {@link SLICE_BUDGET_MS} ms, one per task (a message-channel task), while the
 * build-time fallback, which shows the same numbers, stays in place. A change of β, the loss or the seed starts a
 * new run, trained a slice per animation frame so the reader sees the curves grow; the step slider, the prompt
 * and the chart view only read the run. The run on screen is recorded per element for the section's equations.
 *
 * Attributes (= URL keys): `beta`, `loss`, `step`, `prompt`, `view`, `seed`, plus `theme` and `controls`.
 *
 * @example
 * <po-dpo-gradient loss="unweighted" view="log-probs"></po-dpo-gradient>
 */
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { numberListTable } from '../shared/number-list-table.ts';
import { PoWidgetElement } from '../shared/po-widget-element.ts';
import { runSlicedTasks, type SlicedTasks } from '../shared/task-slices.ts';
import { selectControl } from '../shared/select-control.ts';
import { sliderControl } from '../shared/slider-control.ts';
import { dpoGradientChartLabel } from './chart.ts';
import { deriveDpoGradient, dpoGradientModel, dpoGradientTable, type DpoGradientDerived } from './model.ts';
import { advanceDpoGradientRun, createDpoGradientRun, recordDpoGradientRun, RUN_STEPS, runMatches, trainedSteps, type DpoGradientRun } from './run.ts';
import { dpoGradientSchema, type DpoGradientState } from './state.ts';
import { dpoGradientWidget } from './widget.ts';

/** Longest stretch of training steps in one task or frame (ms), leaving the rest of a 16 ms frame for drawing. */
export const SLICE_BUDGET_MS = 6;
/** A run after a control change is spread over at least this many frames, so the reader sees it train. */
export const FRAMES_PER_RUN = 20;

/** Trains `run` for at most `maxSteps` steps and at most {@link SLICE_BUDGET_MS} ms (at least one step). */
function trainSlice(run: DpoGradientRun, maxSteps: number): void {
  const start = performance.now();
  let taken = 0;
  while (taken < maxSteps && trainedSteps(run) < RUN_STEPS && (taken === 0 || performance.now() - start < SLICE_BUDGET_MS)) {
    taken += advanceDpoGradientRun(run, 1);
  }
}

/** The `po-dpo-gradient` element. */
export class PoDpoGradient extends PoWidgetElement<typeof dpoGradientSchema, DpoGradientDerived> {
  static override widget = dpoGradientWidget;
  static override model = dpoGradientModel;

  #run: DpoGradientRun | null = null;
  #frame = 0;
  /** The first run's start-up training, one slice per task, before the first render. */
  #pretraining: SlicedTasks | null = null;

  override connectedCallback(): void {
    if (this.#run !== null) {
      super.connectedCallback();
      this.#schedule();
      return;
    }
    if (this.#pretraining !== null) return;
    let run: DpoGradientRun | null = null;
    this.#pretraining = runSlicedTasks(
      () => {
        if (run === null) run = createDpoGradientRun(this.state);
        else trainSlice(run, RUN_STEPS);
        recordDpoGradientRun(this, run);
        return trainedSteps(run) >= RUN_STEPS;
      },
      () => {
        this.#pretraining = null;
        this.#run = run;
        if (this.isConnected) super.connectedCallback();
      },
    );
  }

  override disconnectedCallback(): void {
    if (this.#pretraining !== null) {
      // Lit has not seen this connection: only the first run's training is pending.
      this.#pretraining.cancel();
      this.#pretraining = null;
      return;
    }
    super.disconnectedCallback();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  /** A new run, trained in slices, when β, the loss or the seed changed. */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.#run !== null && runMatches(this.#run, this.state)) return;
    this.#run = createDpoGradientRun(this.state);
    recordDpoGradientRun(this, this.#run);
    this.#schedule();
  }

  #schedule(): void {
    if (this.#frame === 0 && this.#run !== null && trainedSteps(this.#run) < RUN_STEPS) {
      this.#frame = requestAnimationFrame(() => this.#advance());
    }
  }

  /** One slice of training, then a redraw; the next slice waits for the next frame. */
  #advance(): void {
    this.#frame = 0;
    const run = this.#run;
    if (run === null || !this.isConnected) return;
    trainSlice(run, Math.ceil(RUN_STEPS / FRAMES_PER_RUN));
    recordDpoGradientRun(this, run);
    this.#schedule();
    this.requestUpdate();
  }

  protected override derive(state: DpoGradientState): DpoGradientDerived {
    return this.#run === null ? deriveDpoGradient(state) : deriveDpoGradient(state, this.#run);
  }

  protected override chartLabel(_state: DpoGradientState, derived: DpoGradientDerived): string {
    return dpoGradientChartLabel(derived);
  }

  protected override renderControls(state: DpoGradientState): TemplateResult {
    const slider = (id: 'beta' | 'step' | 'prompt' | 'seed') =>
      sliderControl({ id, field: dpoGradientSchema[id], value: state[id], onChange: (value) => this.setState({ [id]: value }) });
    return html`${slider('beta')}
    ${selectControl({ id: 'loss', field: dpoGradientSchema.loss, value: state.loss, onChange: (loss) => this.setState({ loss }) })}
    ${slider('step')} ${slider('prompt')}
    ${selectControl({ id: 'view', field: dpoGradientSchema.view, value: state.view, onChange: (view) => this.setState({ view }) })}
    ${slider('seed')}`;
  }

  protected override renderTable(_state: DpoGradientState, derived: DpoGradientDerived): TemplateResult {
    return numberListTable({ id: derived.view === 'weights' ? 'pairs' : 'answers', table: dpoGradientTable(derived) });
  }
}

if (!customElements.get(dpoGradientWidget.tag)) customElements.define(dpoGradientWidget.tag, PoDpoGradient);

declare global {
  interface HTMLElementTagNameMap {
    'po-dpo-gradient': PoDpoGradient;
  }
}
