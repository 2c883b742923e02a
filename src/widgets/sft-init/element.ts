/**
 * `<po-sft-init>`: the SFT-initialization widget (content/chapter-4/sft-init.mdx). Wiring only;
 * the numbers, sentence, table and chart come from `model.ts`.
 *
 * Attributes (= URL keys): `seed`, `demonstrations`, `smoothing`, `beta`, plus `theme` and `controls`.
 *
 * @example
 * <po-sft-init demonstrations="20" smoothing="0.1"></po-sft-init>
 */
import { html, type TemplateResult } from 'lit';
import { numberListTable } from '../shared/number-list-table.ts';
import { PoWidgetElement } from '../shared/po-widget-element.ts';
import { sliderControl } from '../shared/slider-control.ts';
import {
  sftInitChartDescription,
  sftInitModel,
  sftInitTable,
  type SftInitDerived,
} from './model.ts';
import { sftInitSchema, type SftInitState } from './state.ts';
import { sftInitWidget } from './widget.ts';

/** The `po-sft-init` element. */
export class PoSftInit extends PoWidgetElement<typeof sftInitSchema, SftInitDerived> {
  static override widget = sftInitWidget;
  static override model = sftInitModel;

  protected override chartLabel(_state: SftInitState, derived: SftInitDerived): string {
    return sftInitChartDescription(derived);
  }

  protected override renderControls(state: SftInitState): TemplateResult {
    return html`${sliderControl({
      id: 'demonstrations',
      field: sftInitSchema.demonstrations,
      value: state.demonstrations,
      onChange: (demonstrations) => this.setState({ demonstrations }),
    })}
    ${sliderControl({
      id: 'smoothing',
      field: sftInitSchema.smoothing,
      value: state.smoothing,
      onChange: (smoothing) => this.setState({ smoothing }),
    })}
    ${sliderControl({
      id: 'beta',
      field: sftInitSchema.beta,
      value: state.beta,
      onChange: (beta) => this.setState({ beta }),
    })}
    ${sliderControl({
      id: 'seed',
      field: sftInitSchema.seed,
      value: state.seed,
      onChange: (seed) => this.setState({ seed }),
    })}`;
  }

  protected override renderTable(_state: SftInitState, derived: SftInitDerived): TemplateResult {
    return numberListTable({ id: 'policies', table: sftInitTable(derived) });
  }
}

if (!customElements.get(sftInitWidget.tag)) customElements.define(sftInitWidget.tag, PoSftInit);

declare global {
  interface HTMLElementTagNameMap {
    'po-sft-init': PoSftInit;
  }
}
