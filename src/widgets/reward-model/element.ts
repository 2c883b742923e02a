/**
 * `<po-reward-model>`: a linear reward model trained on comparisons from the toy world
 * (content/chapter-2/reward-model.mdx). Wiring only; the numbers, sentence, table and chart come from `model.ts`.
 *
 * Training never runs in one task: a run of T steps is cut into at most 30 slices (`trainingSlices`,
 * src/math/trainers/run-steps.ts). On the first connection the slices run one per task (a message-channel task) before Lit's first render,
 * while the build-time fallback, which shows the same end state, stays in place; the widget then draws the trained
 * model. When a control changes the run (comparisons, learning rate, steps or seed), it trains again from $w = 0$,
 * one slice per animation frame, so the reader sees the weights move. Its progress is recorded per element for the
 * section's equations (training.ts). The per-prompt constant does not change the run, so it redraws at once.
 *
 * Attributes (= URL keys): `comparisons` (N), `learning-rate` (η), `steps` (T), `seed`, `offset` (c), plus
 * `theme` and `controls`.
 *
 * @example
 * <po-reward-model comparisons="200" offset="1"></po-reward-model>
 */
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { rewardModelInitialState, rewardModelStep, trainingSlices, type RewardModelState } from '../../math/index.ts';
import { numberListTable } from '../shared/number-list-table.ts';
import { PoWidgetElement } from '../shared/po-widget-element.ts';
import { runSlicedTasks, type SlicedTasks } from '../shared/task-slices.ts';
import { sliderControl } from '../shared/slider-control.ts';
import { deriveRewardModelAt, rewardModelModel, rewardModelTable, type RewardModelDerived } from './model.ts';
import { rewardModelSchema, type RewardModelWidgetState } from './state.ts';
import {
  knownEndState,
  problemKey,
  recordRewardModelProgress,
  rewardModelProblem,
  sliceSize,
  trainedRewardModel,
  type RewardModelProblem,
} from './training.ts';
import { rewardModelWidget } from './widget.ts';

type Slices = Generator<RewardModelState, RewardModelState, void>;

/** The slices of a run from $w = 0$. */
function slicesOf(problem: RewardModelProblem): Slices {
  const { trainer } = problem;
  return trainingSlices(rewardModelStep, trainer, rewardModelInitialState(trainer), { steps: trainer.steps, stepsPerSlice: sliceSize(trainer.steps) });
}

/** The `po-reward-model` element. */
export class PoRewardModel extends PoWidgetElement<typeof rewardModelSchema, RewardModelDerived> {
  static override widget = rewardModelWidget;
  static override model = rewardModelModel;

  /** The run on screen, its current state, and the slices still to train (null when it has ended). */
  #problem: RewardModelProblem | null = null;
  #training: RewardModelState | null = null;
  #slices: Slices | null = null;
  #frame = 0;
  /** The first run's start-up training, one slice per task, before the first render. */
  #pretraining: SlicedTasks | null = null;

  protected override chartLabel(): string {
    return 'Every response of the toy world as a point at its helpfulness and harmlessness, coloured and sized by its learned reward plus the per-prompt constant, with the gold and learned weight vectors as arrows from the origin; the table below lists the values.';
  }

  override connectedCallback(): void {
    if (this.#problem !== null) {
      super.connectedCallback();
      if (this.#slices !== null) this.#schedule();
      return;
    }
    if (this.#pretraining !== null) return;
    const problem = rewardModelProblem(this.state);
    const known = knownEndState(this.state);
    if (known !== null) {
      this.#start(problem, known);
      recordRewardModelProgress(this, problem, known, true);
      super.connectedCallback();
      return;
    }
    // First connection: train the first run a slice per task, then connect (Lit renders the trained model).
    const slices = slicesOf(problem);
    let trained: RewardModelState | null = null;
    this.#pretraining = runSlicedTasks(
      () => {
        const { value, done } = slices.next();
        trained = value;
        return done === true;
      },
      () => {
        this.#pretraining = null;
        const end = trained as RewardModelState;
        recordRewardModelProgress(this, problem, end, true);
        this.#start(problem, end);
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

  #start(problem: RewardModelProblem, end: RewardModelState): void {
    this.#problem = problem;
    this.#training = end;
    this.#slices = null;
  }

  /** A new run, in slices, when the state's run keys changed. */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.#problem?.key === problemKey(this.state)) return;
    const problem = rewardModelProblem(this.state);
    this.#problem = problem;
    this.#training = rewardModelInitialState(problem.trainer);
    this.#slices = slicesOf(problem);
    recordRewardModelProgress(this, problem, this.#training, false);
    this.#schedule();
  }

  #schedule(): void {
    if (this.#frame === 0) this.#frame = requestAnimationFrame(() => this.#advance());
  }

  /** One slice of training, then a redraw; the next slice waits for the next frame. */
  #advance(): void {
    this.#frame = 0;
    const slices = this.#slices;
    const problem = this.#problem;
    if (slices === null || problem === null) return;
    const { value, done } = slices.next();
    this.#training = value;
    recordRewardModelProgress(this, problem, value, done === true);
    if (done === true) this.#slices = null;
    else this.#schedule();
    this.requestUpdate();
  }

  protected override derive(state: RewardModelWidgetState): RewardModelDerived {
    const problem = this.#problem ?? rewardModelProblem(state);
    return deriveRewardModelAt(state, problem, this.#training ?? trainedRewardModel(state));
  }

  protected override renderControls(state: RewardModelWidgetState): TemplateResult {
    const slider = (id: 'comparisons' | 'learningRate' | 'steps' | 'seed' | 'offset') =>
      sliderControl({
        id,
        field: rewardModelSchema[id],
        value: state[id],
        onChange: (value) => this.setState({ [id]: value }),
      });
    return html`${slider('comparisons')} ${slider('learningRate')} ${slider('steps')} ${slider('seed')} ${slider('offset')}`;
  }

  protected override renderTable(_state: RewardModelWidgetState, derived: RewardModelDerived): TemplateResult {
    return numberListTable({ id: 'responses', table: rewardModelTable(derived) });
  }
}

if (!customElements.get(rewardModelWidget.tag)) customElements.define(rewardModelWidget.tag, PoRewardModel);

declare global {
  interface HTMLElementTagNameMap {
    'po-reward-model': PoRewardModel;
  }
}
