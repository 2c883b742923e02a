/**
 * `<po-optimal-policy>`: the KL-constrained optimal policy widget (content/chapter-5/optimal-policy.mdx). Wiring
 * only; the numbers, sentence and table come from `model.ts`, the chart from `chart.ts`.
 *
 * Attributes (= URL keys): `beta` (0.1–10), `prompt` (1–8), `direction` (`y1`…`y4`, `reward`, `custom`), `step`
 * (−3…3), `d1`…`d4` (−2…2, the custom direction's offsets, used when `direction` is `custom`), `seed` (the toy
 * world's), plus `theme` and `controls`.
 *
 * @example
 * <po-optimal-policy beta="0.5" direction="y1" step="-2"></po-optimal-policy>
 */
import { html, type TemplateResult } from 'lit';
import { numberListTable } from '../shared/number-list-table.ts';
import { PoWidgetElement } from '../shared/po-widget-element.ts';
import { selectControl } from '../shared/select-control.ts';
import { sliderControl } from '../shared/slider-control.ts';
import { optimalPolicyChartDescription, optimalPolicyModel, optimalPolicyTable, type OptimalPolicyDerived } from './model.ts';
import { CUSTOM_OFFSET_KEYS, optimalPolicySchema, type OptimalPolicyState } from './state.ts';
import { optimalPolicyWidget } from './widget.ts';

/** The `po-optimal-policy` element. */
export class PoOptimalPolicy extends PoWidgetElement<typeof optimalPolicySchema, OptimalPolicyDerived> {
  static override widget = optimalPolicyWidget;
  static override model = optimalPolicyModel;

  protected override chartLabel(_state: OptimalPolicyState, derived: OptimalPolicyDerived): string {
    return optimalPolicyChartDescription(derived);
  }

  protected override renderControls(state: OptimalPolicyState): TemplateResult {
    return html`${sliderControl({
      id: 'beta',
      field: optimalPolicySchema.beta,
      value: state.beta,
      onChange: (beta) => this.setState({ beta }),
    })}
    ${sliderControl({
      id: 'prompt',
      field: optimalPolicySchema.prompt,
      value: state.prompt,
      onChange: (prompt) => this.setState({ prompt }),
    })}
    ${selectControl({
      id: 'direction',
      field: optimalPolicySchema.direction,
      value: state.direction,
      onChange: (direction) => this.setState({ direction }),
    })}
    ${sliderControl({
      id: 'step',
      field: optimalPolicySchema.step,
      value: state.step,
      onChange: (step) => this.setState({ step }),
    })}
    ${CUSTOM_OFFSET_KEYS.map((key) =>
      sliderControl({
        id: key,
        field: optimalPolicySchema[key],
        value: state[key],
        disabled: state.direction !== 'custom',
        onChange: (value) => this.setState({ [key]: value }),
      }),
    )}`;
  }

  protected override renderTable(_state: OptimalPolicyState, derived: OptimalPolicyDerived): TemplateResult {
    return numberListTable({ id: 'policies', table: optimalPolicyTable(derived) });
  }
}

if (!customElements.get(optimalPolicyWidget.tag)) customElements.define(optimalPolicyWidget.tag, PoOptimalPolicy);

declare global {
  interface HTMLElementTagNameMap {
    'po-optimal-policy': PoOptimalPolicy;
  }
}
