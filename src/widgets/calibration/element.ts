/**
 * `<po-calibration>`: the reliability diagram of a toy reward model on held-out pairs, ECE and MCE, a temperature
 * slider and a "Fit T" button that sets the temperature minimizing the held-out NLL
 * (content/chapter-3/calibration.mdx). Wiring only; the numbers, sentence and table come from `model.ts`, the
 * chart from `chart.ts`.
 *
 * Attributes (= URL keys): `temperature`, `held-out-noise`, `comparisons`, `bins`, `seed`, plus `theme` and
 * `controls`.
 *
 * @example
 * <po-calibration temperature="2"></po-calibration>
 */
import { css, html, type TemplateResult } from 'lit';
import { numberListTable } from '../shared/number-list-table.ts';
import { PoWidgetElement } from '../shared/po-widget-element.ts';
import { sliderControl } from '../shared/slider-control.ts';
import { widgetStyles } from '../shared/styles.ts';
import { calibrationChartDescription } from './chart.ts';
import { calibrationModel, calibrationTable, deriveCalibration, fittedTemperatureSetting, type CalibrationDerived } from './model.ts';
import { calibrationSchema, type CalibrationState } from './state.ts';
import { calibrationWidget } from './widget.ts';

type Key = keyof CalibrationState;

/** The `po-calibration` element. */
export class PoCalibration extends PoWidgetElement<typeof calibrationSchema, CalibrationDerived> {
  static override widget = calibrationWidget;
  static override model = calibrationModel;
  /** Up to 20 bins: the bin table scrolls inside its region past 24rem, with its header row in view. */
  static override styles = [
    widgetStyles,
    css`
      .table-wrap {
        max-block-size: 24rem;
        overflow-y: auto;
      }
      thead th {
        position: sticky;
        inset-block-start: 0;
        background: var(--_bg);
      }
    `,
  ];

  protected override chartLabel(_state: CalibrationState, derived: CalibrationDerived): string {
    return calibrationChartDescription(derived);
  }

  protected override renderControls(state: CalibrationState): TemplateResult {
    const slider = (id: Key) =>
      sliderControl({
        id,
        field: calibrationSchema[id],
        value: state[id],
        onChange: (value) => this.setState({ [id]: value }),
      });
    const fit = () => this.setState({ temperature: fittedTemperatureSetting(deriveCalibration(this.state)) });
    return html`${slider('temperature')}
      <div class="control">
        <button type="button" class="fit" @click=${fit}>Fit T (minimize held-out NLL)</button>
      </div>
      ${slider('heldOutNoise')} ${slider('comparisons')} ${slider('bins')} ${slider('seed')}`;
  }

  protected override renderTable(_state: CalibrationState, derived: CalibrationDerived): TemplateResult {
    return numberListTable({ id: 'bins', table: calibrationTable(derived) });
  }
}

if (!customElements.get(calibrationWidget.tag)) customElements.define(calibrationWidget.tag, PoCalibration);

declare global {
  interface HTMLElementTagNameMap {
    'po-calibration': PoCalibration;
  }
}
