/**
 * `<po-implicit-reward>`: the implicit-reward widget (content/chapter-5/implicit-reward.mdx). Wiring only; the
 * numbers, sentence, table and chart come from `model.ts`.
 *
 * Attributes (= URL keys): `beta`, `temperature`, `shift`, `prompt`, `seed`, plus `theme` and `controls`.
 *
 * @example
 * <po-implicit-reward temperature="3" shift="2"></po-implicit-reward>
 */
import { html, type TemplateResult } from 'lit';
import { numberListTable } from '../shared/number-list-table.ts';
import { PoWidgetElement } from '../shared/po-widget-element.ts';
import { sliderControl } from '../shared/slider-control.ts';
import { implicitRewardChartDescription, implicitRewardModel, implicitRewardTable, type ImplicitRewardDerived } from './model.ts';
import { implicitRewardSchema, type ImplicitRewardState } from './state.ts';
import { implicitRewardWidget } from './widget.ts';

/** The `po-implicit-reward` element. */
export class PoImplicitReward extends PoWidgetElement<typeof implicitRewardSchema, ImplicitRewardDerived> {
  static override widget = implicitRewardWidget;
  static override model = implicitRewardModel;

  protected override chartLabel(_state: ImplicitRewardState, derived: ImplicitRewardDerived): string {
    return implicitRewardChartDescription(derived);
  }

  protected override renderControls(state: ImplicitRewardState): TemplateResult {
    return html`${sliderControl({
      id: 'temperature',
      field: implicitRewardSchema.temperature,
      value: state.temperature,
      onChange: (temperature) => this.setState({ temperature }),
    })}
    ${sliderControl({
      id: 'shift',
      field: implicitRewardSchema.shift,
      value: state.shift,
      onChange: (shift) => this.setState({ shift }),
    })}
    ${sliderControl({
      id: 'beta',
      field: implicitRewardSchema.beta,
      value: state.beta,
      onChange: (beta) => this.setState({ beta }),
    })}
    ${sliderControl({
      id: 'prompt',
      field: implicitRewardSchema.prompt,
      value: state.prompt,
      onChange: (prompt) => this.setState({ prompt }),
    })}
    ${sliderControl({
      id: 'seed',
      field: implicitRewardSchema.seed,
      value: state.seed,
      onChange: (seed) => this.setState({ seed }),
    })}`;
  }

  protected override renderTable(_state: ImplicitRewardState, derived: ImplicitRewardDerived): TemplateResult {
    return numberListTable({ id: 'rewards', table: implicitRewardTable(derived) });
  }
}

if (!customElements.get(implicitRewardWidget.tag)) customElements.define(implicitRewardWidget.tag, PoImplicitReward);

declare global {
  interface HTMLElementTagNameMap {
    'po-implicit-reward': PoImplicitReward;
  }
}
