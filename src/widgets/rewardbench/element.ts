/**
 * `<po-rewardbench>`: toy reward models scored RewardBench-style, per category with bootstrap intervals
 * (content/chapter-3/rewardbench.mdx). Wiring only; the numbers, sentence and table come from `model.ts`, the
 * chart from `chart.ts`.
 *
 * Attributes (= URL keys): `model`, `tie-half`, `prompts`, `seed`, `resamples`, `level`, plus `theme` and `controls`.
 *
 * @example
 * <po-rewardbench model="rounded"></po-rewardbench>
 */
import { html, type TemplateResult } from 'lit';
import { checkboxControl } from '../shared/checkbox-control.ts';
import { numberListTable } from '../shared/number-list-table.ts';
import { PoWidgetElement } from '../shared/po-widget-element.ts';
import { selectControl } from '../shared/select-control.ts';
import { sliderControl } from '../shared/slider-control.ts';
import { rewardbenchChartDescription } from './chart.ts';
import { rewardbenchModel, rewardbenchTable, type RewardbenchDerived } from './model.ts';
import { rewardbenchSchema, type RewardbenchState } from './state.ts';
import { rewardbenchWidget } from './widget.ts';

type SliderKey = 'prompts' | 'seed' | 'resamples' | 'level';

/** The `po-rewardbench` element. */
export class PoRewardbench extends PoWidgetElement<typeof rewardbenchSchema, RewardbenchDerived> {
  static override widget = rewardbenchWidget;
  static override model = rewardbenchModel;

  protected override chartLabel(_state: RewardbenchState, derived: RewardbenchDerived): string {
    return rewardbenchChartDescription(derived);
  }

  protected override renderControls(state: RewardbenchState): TemplateResult {
    const slider = (id: SliderKey) =>
      sliderControl({
        id,
        field: rewardbenchSchema[id],
        value: state[id],
        onChange: (value) => this.setState({ [id]: value }),
      });
    return html`${selectControl({ id: 'model', field: rewardbenchSchema.model, value: state.model, onChange: (model) => this.setState({ model }) })}
      ${checkboxControl({ id: 'tie-half', field: rewardbenchSchema.tieHalf, value: state.tieHalf, onChange: (tieHalf) => this.setState({ tieHalf }) })}
      ${slider('level')} ${slider('resamples')} ${slider('prompts')} ${slider('seed')}`;
  }

  protected override renderTable(_state: RewardbenchState, derived: RewardbenchDerived): TemplateResult {
    return numberListTable({ id: 'rewardbench', table: rewardbenchTable(derived) });
  }
}

if (!customElements.get(rewardbenchWidget.tag)) customElements.define(rewardbenchWidget.tag, PoRewardbench);

declare global {
  interface HTMLElementTagNameMap {
    'po-rewardbench': PoRewardbench;
  }
}
