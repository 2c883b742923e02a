/**
 * `<po-beta-temperature>`: the β-as-temperature widget (content/chapter-2/beta-temperature.mdx). Wiring only; the
 * numbers, sentence and table come from `model.ts`, the chart from `chart.ts`, the β slider's key steps from
 * `log-steps.ts`.
 *
 * Attributes (= URL keys): `beta` (0.01–100), `prompt` (1–8), `tie` (boolean), `seed` (the toy world's), plus
 * `theme` and `controls`.
 *
 * @example
 * <po-beta-temperature beta="0.05" prompt="7"></po-beta-temperature>
 */
import { html, type TemplateResult } from 'lit';
import { checkboxControl } from '../shared/checkbox-control.ts';
import { numberListTable } from '../shared/number-list-table.ts';
import { PoWidgetElement } from '../shared/po-widget-element.ts';
import { sliderControl } from '../shared/slider-control.ts';
import { isLogStepKey, logKeyStep } from './log-steps.ts';
import { betaTemperatureChartDescription, betaTemperatureModel, betaTemperatureTable, type BetaTemperatureDerived } from './model.ts';
import { betaTemperatureSchema, type BetaTemperatureState } from './state.ts';
import { betaTemperatureWidget } from './widget.ts';

/** The `po-beta-temperature` element. */
export class PoBetaTemperature extends PoWidgetElement<typeof betaTemperatureSchema, BetaTemperatureDerived> {
  static override widget = betaTemperatureWidget;
  static override model = betaTemperatureModel;

  protected override chartLabel(_state: BetaTemperatureState, derived: BetaTemperatureDerived): string {
    return betaTemperatureChartDescription(derived);
  }

  /**
   * Arrow keys on the β slider step along a ladder of round values (six per decade) and Page Up / Page Down by a
   * factor of 10, instead of the native step of 0.01 in log₁₀ β; Home and End stay native.
   */
  #onBetaKey(event: KeyboardEvent): void {
    const target = event.target as HTMLElement | null;
    if (target?.id !== 'beta' || event.altKey || event.ctrlKey || event.metaKey || !isLogStepKey(event.key)) return;
    event.preventDefault();
    const { min, max } = betaTemperatureSchema.beta;
    this.setState({ beta: logKeyStep(this.state.beta, event.key, min, max) });
  }

  protected override renderControls(state: BetaTemperatureState): TemplateResult {
    return html`<div class="log-slider" @keydown=${(event: KeyboardEvent) => this.#onBetaKey(event)}>
        ${sliderControl({
          id: 'beta',
          field: betaTemperatureSchema.beta,
          value: state.beta,
          onChange: (beta) => this.setState({ beta }),
        })}
      </div>
      ${sliderControl({
        id: 'prompt',
        field: betaTemperatureSchema.prompt,
        value: state.prompt,
        onChange: (prompt) => this.setState({ prompt }),
      })}
      ${checkboxControl({
        id: 'tie',
        field: betaTemperatureSchema.tie,
        value: state.tie,
        onChange: (tie) => this.setState({ tie }),
      })}`;
  }

  protected override renderTable(_state: BetaTemperatureState, derived: BetaTemperatureDerived): TemplateResult {
    return numberListTable({ id: 'policies', table: betaTemperatureTable(derived) });
  }
}

if (!customElements.get(betaTemperatureWidget.tag)) customElements.define(betaTemperatureWidget.tag, PoBetaTemperature);

declare global {
  interface HTMLElementTagNameMap {
    'po-beta-temperature': PoBetaTemperature;
  }
}
