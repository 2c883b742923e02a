/**
 * `<po-kl-estimators>`: the KL-estimators widget (content/chapter-4/kl-estimators.mdx). Wiring only; the numbers,
 * sentence and table come from `model.ts`, the chart from `chart.ts`.
 *
 * Attributes (= URL keys): `mu` (drift, 0–2), `samples` (n per batch, 1–256), `seed`, plus `theme` and `controls`.
 *
 * @example
 * <po-kl-estimators mu="0.1" samples="1"></po-kl-estimators>
 */
import { html, type TemplateResult } from 'lit';
import { numberListTable } from '../shared/number-list-table.ts';
import { PoWidgetElement } from '../shared/po-widget-element.ts';
import { sliderControl } from '../shared/slider-control.ts';
import { klEstimatorsChartDescription } from './chart.ts';
import { klEstimatorsModel, klEstimatorsTable, type KlEstimatorsDerived } from './model.ts';
import { klEstimatorsSchema, type KlEstimatorsState } from './state.ts';
import { klEstimatorsWidget } from './widget.ts';

/** The `po-kl-estimators` element. */
export class PoKlEstimators extends PoWidgetElement<typeof klEstimatorsSchema, KlEstimatorsDerived> {
  static override widget = klEstimatorsWidget;
  static override model = klEstimatorsModel;

  protected override chartLabel(_state: KlEstimatorsState, derived: KlEstimatorsDerived): string {
    return klEstimatorsChartDescription(derived);
  }

  protected override renderControls(state: KlEstimatorsState): TemplateResult {
    return html`${sliderControl({
      id: 'mu',
      field: klEstimatorsSchema.mu,
      value: state.mu,
      onChange: (mu) => this.setState({ mu }),
    })}
    ${sliderControl({
      id: 'samples',
      field: klEstimatorsSchema.samples,
      value: state.samples,
      onChange: (samples) => this.setState({ samples }),
    })}`;
  }

  protected override renderTable(_state: KlEstimatorsState, derived: KlEstimatorsDerived): TemplateResult {
    return numberListTable({ id: 'estimators', table: klEstimatorsTable(derived), wrapRowHeaders: true });
  }
}

if (!customElements.get(klEstimatorsWidget.tag)) customElements.define(klEstimatorsWidget.tag, PoKlEstimators);

declare global {
  interface HTMLElementTagNameMap {
    'po-kl-estimators': PoKlEstimators;
  }
}
