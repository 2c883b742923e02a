/**
 * `<po-reward-margins>`: a reward model trained in the browser, its margin histogram and error rate step by step,
 * with play / pause, step and rewind (content/chapter-3/reward-margins.mdx). Wiring only; the runs are in
 * training.ts, the numbers, sentence and table in model.ts, the chart in chart.ts, the run and its
 * transport in ../shared/training-run.ts.
 *
 * On the first connection the run, and with a margin term the run of the same world without one (the dashed
 * outline), are trained to their end in slices of {@link PRETRAIN_SLICE} steps, one task each
 * (../shared/task-slices.ts), before Lit's first render, while the build-time fallback (the same end state) stays
 * in place. Afterwards a playing run advances `speed` steps per animation frame (at the default 2, the 60 steps
 * take 30 frames, half a second at 60 frames a second), and the plain run keeps the same step. A change of margin
 * term or seed starts new runs that play from step 0.
 *
 * Attributes (= URL keys): `margin`, `seed`, `speed`, plus `theme` and `controls`.
 *
 * @example
 * <po-reward-margins margin="small"></po-reward-margins>
 */
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { numberListTable } from '../shared/number-list-table.ts';
import { PoWidgetElement } from '../shared/po-widget-element.ts';
import { selectControl } from '../shared/select-control.ts';
import { sliderControl } from '../shared/slider-control.ts';
import { widgetStyles } from '../shared/styles.ts';
import { TrainingRun, type PreparedRun } from '../shared/training-run.ts';
import { transportControls, transportStyles } from '../shared/transport-controls.ts';
import { deriveRewardMarginsAt, rewardMarginsModel, rewardMarginsTable, type RewardMarginsDerived } from './model.ts';
import { rewardMarginsSchema, type RewardMarginsState } from './state.ts';
import { advanceRun, knownEnd, problemKey, recordRewardMarginsProgress, rewardMarginsProblem, RUN_STEPS, startRun, type Run } from './training.ts';
import { rewardMarginsWidget } from './widget.ts';

/** Steps per start-up task (a few milliseconds even with a cold JIT on a slow machine). */
export const PRETRAIN_SLICE = 5;

/** Records the plain runs the elements train, so that a finished one is known to every element (`knownEnd`). */
const PLAIN_OWNER = {};

/** The `po-reward-margins` element. */
export class PoRewardMargins extends PoWidgetElement<typeof rewardMarginsSchema, RewardMarginsDerived> {
  static override widget = rewardMarginsWidget;
  static override model = rewardMarginsModel;
  static override styles = [widgetStyles, transportStyles];

  /** The run without a margin term, at the step of the run shown (`null` when that run has none). */
  #plain: Run | null = null;
  readonly #training = new TrainingRun<Run>(this, {
    steps: RUN_STEPS,
    seek: (run, step) => {
      const shown = run.states.length - 1;
      const base = step < shown ? { problem: run.problem, states: run.states.slice(0, step + 1) } : run;
      return advanceRun(base, step - (base.states.length - 1));
    },
    show: (run) => {
      // The plain run keeps every state it has trained, so rewinding costs nothing; it only trains to catch up.
      const plain = this.#plain;
      const step = run.states.length - 1;
      if (plain !== null && plain.states.length <= step) this.#plain = advanceRun(plain, step - (plain.states.length - 1));
      recordRewardMarginsProgress(this, run);
      if (this.#plain !== null) recordRewardMarginsProgress(PLAIN_OWNER, this.#plain);
    },
    speed: () => this.state.speed,
  });

  protected override chartLabel(_state: RewardMarginsState, d: RewardMarginsDerived): string {
    const reference = d.reference === null ? '' : ', with the histogram of the same world trained without a margin term, at the same step, dashed';
    return `Histogram of the 200 margins m = r_w − r_l at step ${String(d.step)}${reference}; a vertical line marks m = 0. The table below lists the margins by rating.`;
  }

  override connectedCallback(): void {
    this.#training.connect(
      () => this.#prepare(),
      () => super.connectedCallback(),
    );
  }

  /** The first run: known from another element, or trained in slices (with the plain run when there is a margin term). */
  #prepare(): PreparedRun<Run> {
    const known = knownEnd(this.state);
    const knownPlain = this.state.margin === 'none' ? null : knownEnd({ margin: 'none', seed: this.state.seed });
    if (known !== null && (this.state.margin === 'none' || knownPlain !== null)) {
      this.#plain = knownPlain;
      return { run: known };
    }
    let run = startRun(rewardMarginsProblem(this.state));
    let plain = knownPlain;
    return {
      slice: () => {
        if (run.states.length <= RUN_STEPS) {
          run = advanceRun(run, PRETRAIN_SLICE);
          return false;
        }
        if (this.state.margin === 'none') return true;
        plain = plain === null ? startRun(rewardMarginsProblem({ margin: 'none', seed: this.state.seed })) : advanceRun(plain, PRETRAIN_SLICE);
        return plain.states.length > RUN_STEPS;
      },
      result: () => {
        this.#plain = plain;
        return run;
      },
    };
  }

  override disconnectedCallback(): void {
    this.#training.disconnect(() => super.disconnectedCallback());
  }

  /** A new run, playing from step 0, when the margin term or the seed changed. */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const run = this.#training.run;
    if (run === null || run.problem.key === problemKey(this.state)) return;
    this.#plain = this.state.margin === 'none' ? null : startRun(rewardMarginsProblem({ margin: 'none', seed: this.state.seed }));
    this.#training.restart(startRun(rewardMarginsProblem(this.state)));
  }

  protected override derive(state: RewardMarginsState): RewardMarginsDerived {
    const run = this.#training.run;
    return run === null ? rewardMarginsModel.derive(state) : deriveRewardMarginsAt(state, run, this.#plain);
  }

  protected override renderControls(state: RewardMarginsState): TemplateResult {
    const margin = selectControl({ id: 'margin', field: rewardMarginsSchema.margin, value: state.margin, onChange: (value) => this.setState({ margin: value }) });
    const slider = (id: 'seed' | 'speed') => sliderControl({ id, field: rewardMarginsSchema[id], value: state[id], onChange: (value) => this.setState({ [id]: value }) });
    return html`${transportControls({ id: 'run', state: this.#training.transport, onAction: (action) => this.#training.dispatch(action) })} ${margin} ${slider('seed')} ${slider('speed')}`;
  }

  protected override renderTable(_state: RewardMarginsState, derived: RewardMarginsDerived): TemplateResult {
    return numberListTable({ id: 'ratings', table: rewardMarginsTable(derived), wrapRowHeaders: true });
  }
}

if (!customElements.get(rewardMarginsWidget.tag)) customElements.define(rewardMarginsWidget.tag, PoRewardMargins);

declare global {
  interface HTMLElementTagNameMap {
    'po-reward-margins': PoRewardMargins;
  }
}
