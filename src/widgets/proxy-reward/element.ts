/**
 * `<po-proxy-reward>`: a reward model fitted on noisy, length-biased comparisons, against the gold reward
 * (content/chapter-1/proxy-reward.mdx). Wiring only; the numbers, sentence and table come from `model.ts`, the
 * chart from `chart.ts`.
 *
 * Attributes (= URL keys): `comparisons` (N), `noise` (τ), `length-bias` (λ), `seed`, plus `theme` and `controls`.
 *
 * @example
 * <po-proxy-reward comparisons="2000" length-bias="1"></po-proxy-reward>
 */
import { html, type TemplateResult } from 'lit';
import { numberListTable } from '../shared/number-list-table.ts';
import { PoWidgetElement } from '../shared/po-widget-element.ts';
import { sliderControl } from '../shared/slider-control.ts';
import { proxyRewardModel, proxyRewardTable, type ProxyRewardDerived } from './model.ts';
import { proxyRewardSchema, type ProxyRewardState } from './state.ts';
import { proxyRewardWidget } from './widget.ts';

/** The `po-proxy-reward` element. */
export class PoProxyReward extends PoWidgetElement<typeof proxyRewardSchema, ProxyRewardDerived> {
  static override widget = proxyRewardWidget;
  static override model = proxyRewardModel;

  protected override chartLabel(_state: ProxyRewardState, derived: ProxyRewardDerived): string {
    return (
      `Scatter of the ${String(derived.answers.length)} held-out answers: gold reward r* across, proxy reward r̂ up; ` +
      'shorter answers as circles, longer ones as triangles; dashed lines mark the proxy’s and the gold top-10 cutoffs. ' +
      'The table below lists the proxy’s top 10 with their gold ranks.'
    );
  }

  protected override renderControls(state: ProxyRewardState): TemplateResult {
    const slider = (id: 'comparisons' | 'noise' | 'lengthBias' | 'seed') =>
      sliderControl({
        id,
        field: proxyRewardSchema[id],
        value: state[id],
        onChange: (value) => this.setState({ [id]: value }),
      });
    return html`${slider('comparisons')} ${slider('noise')} ${slider('lengthBias')} ${slider('seed')}`;
  }

  protected override renderTable(_state: ProxyRewardState, derived: ProxyRewardDerived): TemplateResult {
    return numberListTable({ id: 'top-answers', table: proxyRewardTable(derived) });
  }
}

if (!customElements.get(proxyRewardWidget.tag)) customElements.define(proxyRewardWidget.tag, PoProxyReward);

declare global {
  interface HTMLElementTagNameMap {
    'po-proxy-reward': PoProxyReward;
  }
}
