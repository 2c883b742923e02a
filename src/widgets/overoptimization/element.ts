/**
 * `<po-overoptimization>`: the overoptimization widget (content/chapter-4/overoptimization.mdx). Wiring only; the
 * numbers, sentence and table come from `model.ts`, the chart from `chart.ts`.
 *
 * Attributes (= URL keys): `prompt` (1–8), `ensemble` (`single`, `mean`, `min`), `length-penalty` (η, 0–1.5),
 * `beta` (0.01–10), `budget` (early-stop KL, 0–3), plus `theme` and `controls`.
 *
 * @example
 * <po-overoptimization ensemble="mean" length-penalty="0.5"></po-overoptimization>
 */
import { html, type TemplateResult } from 'lit';
import { numberListTable } from '../shared/number-list-table.ts';
import { PoWidgetElement } from '../shared/po-widget-element.ts';
import { selectControl } from '../shared/select-control.ts';
import { sliderControl } from '../shared/slider-control.ts';
import { overoptimizationChartDescription } from './chart.ts';
import { overoptimizationModel, overoptimizationTable, type OveroptimizationDerived } from './model.ts';
import { overoptimizationSchema, type OveroptimizationState } from './state.ts';
import { overoptimizationWidget } from './widget.ts';

/** The `po-overoptimization` element. */
export class PoOveroptimization extends PoWidgetElement<typeof overoptimizationSchema, OveroptimizationDerived> {
  static override widget = overoptimizationWidget;
  static override model = overoptimizationModel;

  protected override chartLabel(_state: OveroptimizationState, derived: OveroptimizationDerived): string {
    return overoptimizationChartDescription(derived);
  }

  protected override renderControls(state: OveroptimizationState): TemplateResult {
    return html`${sliderControl({
      id: 'prompt',
      field: overoptimizationSchema.prompt,
      value: state.prompt,
      onChange: (prompt) => this.setState({ prompt }),
    })}
    ${selectControl({
      id: 'ensemble',
      field: overoptimizationSchema.ensemble,
      value: state.ensemble,
      onChange: (ensemble) => this.setState({ ensemble }),
    })}
    ${sliderControl({
      id: 'length-penalty',
      field: overoptimizationSchema.lengthPenalty,
      value: state.lengthPenalty,
      onChange: (lengthPenalty) => this.setState({ lengthPenalty }),
    })}
    ${sliderControl({
      id: 'beta',
      field: overoptimizationSchema.beta,
      value: state.beta,
      onChange: (beta) => this.setState({ beta }),
    })}
    ${sliderControl({
      id: 'budget',
      field: overoptimizationSchema.budget,
      value: state.budget,
      onChange: (budget) => this.setState({ budget }),
    })}`;
  }

  protected override renderTable(_state: OveroptimizationState, derived: OveroptimizationDerived): TemplateResult {
    return numberListTable({ id: 'policies', table: overoptimizationTable(derived), wrapRowHeaders: true });
  }
}

if (!customElements.get(overoptimizationWidget.tag)) customElements.define(overoptimizationWidget.tag, PoOveroptimization);

declare global {
  interface HTMLElementTagNameMap {
    'po-overoptimization': PoOveroptimization;
  }
}
