/**
 * `<po-rlhf-vs-dpo>`: the same comparisons down two paths, RLHF's reward model + KL-optimal policy and DPO
 * (content/chapter-1/rlhf-vs-dpo.mdx). Wiring only; the numbers, sentence, table and chart come from `model.ts`,
 * the training run from `run.ts`.
 *
 * Training runs in slices, one per animation frame: each frame takes at most {@link SLICE_BUDGET_MS} of DPO steps
 * (a step costs microseconds) and at most 1/{@link FRAMES_PER_RUN} of the run, so a default run is visible as it
 * trains, ends well under a second, and no task comes near 50 ms. A change of β, N or the seed starts a new run;
 * a change of t or the prompt reuses the run (and trains on only if t grew past it).
 *
 * Attributes (= URL keys): `beta`, `comparisons`, `steps`, `prompt`, `seed`, plus `theme` and `controls`.
 *
 * @example
 * <po-rlhf-vs-dpo beta="0.5" steps="20"></po-rlhf-vs-dpo>
 */
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { numberListTable } from '../shared/number-list-table.ts';
import { PoWidgetElement } from '../shared/po-widget-element.ts';
import { sliderControl } from '../shared/slider-control.ts';
import { deriveRlhfVsDpo, rlhfVsDpoChartLabel, rlhfVsDpoModel, rlhfVsDpoTable, type RlhfVsDpoDerived } from './model.ts';
import { advanceRlhfVsDpoRun, createRlhfVsDpoRun, runMatches, trainedSteps, type RlhfVsDpoRun } from './run.ts';
import { rlhfVsDpoSchema, type RlhfVsDpoState } from './state.ts';
import { rlhfVsDpoWidget } from './widget.ts';

/** Longest stretch of DPO steps in one frame (ms), leaving the rest of a 16 ms frame for drawing. */
export const SLICE_BUDGET_MS = 6;
/** A run is spread over at least this many frames (about a third of a second at 60 Hz), so training is visible. */
export const FRAMES_PER_RUN = 20;

/** The `po-rlhf-vs-dpo` element. */
export class PoRlhfVsDpo extends PoWidgetElement<typeof rlhfVsDpoSchema, RlhfVsDpoDerived> {
  static override widget = rlhfVsDpoWidget;
  static override model = rlhfVsDpoModel;

  #run: RlhfVsDpoRun | undefined;
  #frame = 0;

  protected override derive(state: RlhfVsDpoState): RlhfVsDpoDerived {
    if (this.#run === undefined || !runMatches(this.#run, state)) this.#run = createRlhfVsDpoRun(state);
    return deriveRlhfVsDpo(state, this.#run);
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#run !== undefined && trainedSteps(this.#run) < this.state.steps && this.#frame === 0) {
      this.#frame = requestAnimationFrame(() => this.#train());
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  /** One slice of training, then a re-render (which schedules the next slice if the run is still short). */
  #train(): void {
    this.#frame = 0;
    const run = this.#run;
    if (run === undefined || !this.isConnected) return;
    const target = this.state.steps;
    const perFrame = Math.max(1, Math.ceil(target / FRAMES_PER_RUN));
    const start = performance.now();
    let taken = 0;
    while (taken < perFrame && trainedSteps(run) < target && performance.now() - start < SLICE_BUDGET_MS) {
      taken += advanceRlhfVsDpoRun(run, 1, target);
    }
    this.requestUpdate();
  }

  protected override chartLabel(_state: RlhfVsDpoState, derived: RlhfVsDpoDerived): string {
    return rlhfVsDpoChartLabel(derived);
  }

  protected override renderControls(state: RlhfVsDpoState): TemplateResult {
    const slider = (id: 'beta' | 'comparisons' | 'steps' | 'prompt' | 'seed') =>
      sliderControl({
        id,
        field: rlhfVsDpoSchema[id],
        value: state[id],
        onChange: (value) => this.setState({ [id]: value }),
      });
    return html`${slider('beta')} ${slider('comparisons')} ${slider('steps')} ${slider('prompt')} ${slider('seed')}`;
  }

  protected override renderTable(_state: RlhfVsDpoState, derived: RlhfVsDpoDerived): TemplateResult {
    return numberListTable({ id: 'answers', table: rlhfVsDpoTable(derived) });
  }
}

if (!customElements.get(rlhfVsDpoWidget.tag)) customElements.define(rlhfVsDpoWidget.tag, PoRlhfVsDpo);

declare global {
  interface HTMLElementTagNameMap {
    'po-rlhf-vs-dpo': PoRlhfVsDpo;
  }
}
