/**
 * `<po-reference-policy>`: the reference-policy widget (content/chapter-2/reference-policy.mdx). Wiring only;
 * the numbers, sentence, table and chart come from `model.ts`.
 *
 * Attributes (= URL keys): `seed`, `demonstrations`, `temperature`, `mix`, plus `theme` and `controls`.
 *
 * @example
 * <po-reference-policy temperature="1" mix="0.1"></po-reference-policy>
 */
import { html, type TemplateResult } from 'lit';
import { numberListTable } from '../shared/number-list-table.ts';
import { PoWidgetElement } from '../shared/po-widget-element.ts';
import { sliderControl } from '../shared/slider-control.ts';
import {
  referencePolicyChartDescription,
  referencePolicyModel,
  referencePolicyTable,
  type ReferencePolicyDerived,
} from './model.ts';
import { referencePolicySchema, type ReferencePolicyState } from './state.ts';
import { referencePolicyWidget } from './widget.ts';

/** The `po-reference-policy` element. */
export class PoReferencePolicy extends PoWidgetElement<typeof referencePolicySchema, ReferencePolicyDerived> {
  static override widget = referencePolicyWidget;
  static override model = referencePolicyModel;

  protected override chartLabel(_state: ReferencePolicyState, derived: ReferencePolicyDerived): string {
    return referencePolicyChartDescription(derived);
  }

  protected override renderControls(state: ReferencePolicyState): TemplateResult {
    return html`${sliderControl({
      id: 'temperature',
      field: referencePolicySchema.temperature,
      value: state.temperature,
      onChange: (temperature) => this.setState({ temperature }),
    })}
    ${sliderControl({
      id: 'mix',
      field: referencePolicySchema.mix,
      value: state.mix,
      onChange: (mix) => this.setState({ mix }),
    })}
    ${sliderControl({
      id: 'demonstrations',
      field: referencePolicySchema.demonstrations,
      value: state.demonstrations,
      onChange: (demonstrations) => this.setState({ demonstrations }),
    })}
    ${sliderControl({
      id: 'seed',
      field: referencePolicySchema.seed,
      value: state.seed,
      onChange: (seed) => this.setState({ seed }),
    })}`;
  }

  protected override renderTable(_state: ReferencePolicyState, derived: ReferencePolicyDerived): TemplateResult {
    return numberListTable({ id: 'policies', table: referencePolicyTable(derived) });
  }
}

if (!customElements.get(referencePolicyWidget.tag)) customElements.define(referencePolicyWidget.tag, PoReferencePolicy);

declare global {
  interface HTMLElementTagNameMap {
    'po-reference-policy': PoReferencePolicy;
  }
}
