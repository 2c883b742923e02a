/**
 * `<po-dpo-loss>`: the DPO loss widget (content/chapter-5/dpo-loss.mdx). Wiring only; the numbers, sentence, table and chart
 * come from `model.ts`.
 *
 * Attributes (= URL keys): `beta`, `chosen`, `rejected` (comma-separated log-ratios), `variant`
 * (`sigmoid|hinge|ipo|cdpo|robust`), `epsilon`, plus `theme` and `controls`.
 *
 * @example
 * <po-dpo-loss beta="0.1" variant="robust" epsilon="0.2"></po-dpo-loss>
 */
import { html, type TemplateResult } from 'lit';
import { numberListTable, pairColumns } from '../shared/number-list-table.ts';
import { PoWidgetElement } from '../shared/po-widget-element.ts';
import { selectControl } from '../shared/select-control.ts';
import { sliderControl } from '../shared/slider-control.ts';
import { dpoLossChartDescription, dpoLossModel, dpoLossTable, usesEpsilon, type DpoLossDerived } from './model.ts';
import { dpoLossSchema, type DpoLossState } from './state.ts';
import { dpoLossWidget } from './widget.ts';

/** The `po-dpo-loss` element. */
/** What a cell of the pairs table holds (its input's label is `Pair <n>: <this>`). */
const pairQuantity = (side: 'chosen' | 'rejected') => `log-ratio log π_θ/π_ref of the ${side} answer`;

export class PoDpoLoss extends PoWidgetElement<typeof dpoLossSchema, DpoLossDerived> {
  static override widget = dpoLossWidget;
  static override model = dpoLossModel;

  protected override chartLabel(_state: DpoLossState, derived: DpoLossDerived): string {
    return dpoLossChartDescription(derived);
  }

  protected override renderControls(state: DpoLossState): TemplateResult {
    return html`${sliderControl({
      id: 'beta',
      field: dpoLossSchema.beta,
      value: state.beta,
      onChange: (beta) => this.setState({ beta }),
    })}
    ${selectControl({
      id: 'variant',
      field: dpoLossSchema.variant,
      value: state.variant,
      onChange: (variant) => this.setState({ variant }),
    })}
    ${sliderControl({
      id: 'epsilon',
      field: dpoLossSchema.epsilon,
      value: state.epsilon,
      // Always rendered (disabled when unused) so picking a variant never shifts the layout.
      disabled: !usesEpsilon(state.variant),
      label: usesEpsilon(state.variant) ? dpoLossSchema.epsilon.label : `${dpoLossSchema.epsilon.label} (cDPO, robust only)`,
      onChange: (epsilon) => this.setState({ epsilon }),
    })}`;
  }

  protected override renderTable(state: DpoLossState, derived: DpoLossDerived, editable: boolean): TemplateResult {
    return numberListTable({
      id: 'pairs',
      table: dpoLossTable(derived),
      rowNoun: 'pair',
      newRowValue: 0,
      editable: editable ? pairColumns(dpoLossSchema, state, derived.pairs.length, pairQuantity) : [],
      onChange: (lists) => this.setState(lists),
    });
  }
}

if (!customElements.get(dpoLossWidget.tag)) customElements.define(dpoLossWidget.tag, PoDpoLoss);

declare global {
  interface HTMLElementTagNameMap {
    'po-dpo-loss': PoDpoLoss;
  }
}
