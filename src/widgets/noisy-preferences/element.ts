/**
 * `<po-noisy-preferences>`: learning curves of a reward model under label noise, and the feedback loop as a
 * simulation (content/chapter-1/noisy-preferences.mdx). Wiring only; the numbers, sentence, table and chart come
 * from `model.ts`, `table.ts` and `chart.ts`, and the simulation runs in slices (`simulation-runner.ts`), so the
 * chart and the table fill in within a fraction of a second (cells still being simulated show "…").
 *
 * Attributes (= URL keys): `view` (`curves|rounds`), `epsilon` (ε), `n`, `per-round` (m), `beta` (β), `seed`,
 * plus `theme` and `controls`.
 *
 * @example
 * <po-noisy-preferences epsilon="0.3" n="500"></po-noisy-preferences>
 */
import { html, type TemplateResult } from 'lit';
import { numberListTable } from '../shared/number-list-table.ts';
import { PoWidgetElement } from '../shared/po-widget-element.ts';
import { selectControl } from '../shared/select-control.ts';
import { sliderControl } from '../shared/slider-control.ts';
import { deriveNoisyPreferences, noisyPreferencesModel, type NoisyPreferencesDerived } from './model.ts';
import { simulationJobs } from './simulation.ts';
import { SimulationRunner } from './simulation-runner.ts';
import { noisyPreferencesSchema, type NoisyPreferencesState } from './state.ts';
import { noisyPreferencesTable } from './table.ts';
import { noisyPreferencesWidget } from './widget.ts';

/** The `po-noisy-preferences` element. */
export class PoNoisyPreferences extends PoWidgetElement<typeof noisyPreferencesSchema, NoisyPreferencesDerived> {
  static override widget = noisyPreferencesWidget;
  static override model = noisyPreferencesModel;

  readonly #runner = new SimulationRunner(this, () => simulationJobs(this.state));

  /** Derived from the results the slices have produced so far (the model's own `derive` would run them all at once). */
  protected override derive(state: NoisyPreferencesState): NoisyPreferencesDerived {
    return deriveNoisyPreferences(state, this.#runner.results);
  }

  protected override chartLabel(_state: NoisyPreferencesState, derived: NoisyPreferencesDerived): string {
    return derived.view === 'curves'
      ? 'Learning curves: ranking accuracy of the fitted reward model against the dataset size n (log scale), one curve per label flip rate ε, yours drawn thick, and your (n, accuracy) as a diamond; the table below lists the values.'
      : 'Feedback rounds: the policy’s expected gold reward, helpfulness and harmlessness per round, the reward model’s ranking accuracy (right axis), the gold reward of the same loop with noise-free labels (dashed); the table below lists the values.';
  }

  protected override renderControls(state: NoisyPreferencesState): TemplateResult {
    // Every slider stays rendered (the other view's disabled) so switching views never shifts the layout.
    const curves = state.view === 'curves';
    const slider = (id: 'epsilon' | 'n' | 'perRound' | 'beta' | 'seed', enabled = true) =>
      sliderControl({
        id,
        field: noisyPreferencesSchema[id],
        value: state[id],
        disabled: !enabled,
        label: enabled ? noisyPreferencesSchema[id].label : `${noisyPreferencesSchema[id].label} (${curves ? 'rounds' : 'curves'} view only)`,
        onChange: (value) => this.setState({ [id]: value }),
      });
    return html`${slider('epsilon')} ${slider('n', curves)} ${slider('perRound', !curves)} ${slider('beta', !curves)} ${slider('seed')}
    ${selectControl({
      id: 'view',
      field: noisyPreferencesSchema.view,
      value: state.view,
      onChange: (view) => this.setState({ view }),
    })}`;
  }

  protected override renderTable(_state: NoisyPreferencesState, derived: NoisyPreferencesDerived): TemplateResult {
    return numberListTable({ id: 'accuracy', table: noisyPreferencesTable(derived) });
  }
}

if (!customElements.get(noisyPreferencesWidget.tag)) customElements.define(noisyPreferencesWidget.tag, PoNoisyPreferences);

declare global {
  interface HTMLElementTagNameMap {
    'po-noisy-preferences': PoNoisyPreferences;
  }
}
