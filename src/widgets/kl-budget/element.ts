/**
 * `<po-kl-budget>`: the KL-budget widget (content/chapter-1/kl-budget.mdx). Wiring only; the numbers, sentence
 * and table come from `model.ts`, the chart from `chart.ts`.
 *
 * Attributes (= URL keys): `view` (`frontier|seed`), `budget` (ε in nats), `prompt` (1–8), `seed` (the toy
 * world's), plus `theme` and `controls`.
 *
 * @example
 * <po-kl-budget budget="0.5" prompt="7"></po-kl-budget>
 */
import { html, type TemplateResult } from 'lit';
import { numberListTable } from '../shared/number-list-table.ts';
import { PoWidgetElement } from '../shared/po-widget-element.ts';
import { selectControl } from '../shared/select-control.ts';
import { sliderControl } from '../shared/slider-control.ts';
import { klBudgetChartDescription } from './chart.ts';
import { klBudgetModel, klBudgetTable, type KlBudgetDerived } from './model.ts';
import { klBudgetSchema, type KlBudgetState } from './state.ts';
import { klBudgetWidget } from './widget.ts';

/** The `po-kl-budget` element. */
export class PoKlBudget extends PoWidgetElement<typeof klBudgetSchema, KlBudgetDerived> {
  static override widget = klBudgetWidget;
  static override model = klBudgetModel;

  protected override chartLabel(_state: KlBudgetState, derived: KlBudgetDerived): string {
    return klBudgetChartDescription(derived);
  }

  protected override renderControls(state: KlBudgetState): TemplateResult {
    // Budget and prompt stay rendered (disabled in the seed view) so switching views never shifts the layout.
    const frontier = state.view === 'frontier';
    return html`${sliderControl({
      id: 'budget',
      field: klBudgetSchema.budget,
      value: state.budget,
      disabled: !frontier,
      label: frontier ? klBudgetSchema.budget.label : `${klBudgetSchema.budget.label} (frontier view only)`,
      onChange: (budget) => this.setState({ budget }),
    })}
    ${sliderControl({
      id: 'prompt',
      field: klBudgetSchema.prompt,
      value: state.prompt,
      disabled: !frontier,
      onChange: (prompt) => this.setState({ prompt }),
    })}
    ${selectControl({
      id: 'view',
      field: klBudgetSchema.view,
      value: state.view,
      onChange: (view) => this.setState({ view }),
    })}`;
  }

  protected override renderTable(_state: KlBudgetState, derived: KlBudgetDerived): TemplateResult {
    return numberListTable({ id: 'policies', table: klBudgetTable(derived) });
  }
}

if (!customElements.get(klBudgetWidget.tag)) customElements.define(klBudgetWidget.tag, PoKlBudget);

declare global {
  interface HTMLElementTagNameMap {
    'po-kl-budget': PoKlBudget;
  }
}
