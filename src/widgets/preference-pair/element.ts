/**
 * `<po-preference-pair>`: the preference-record widget (content/chapter-2/preference-pair.mdx). Wiring only; the
 * numbers, sentence, table and chart come from `model.ts`, the records from `dataset.ts`.
 *
 * Attributes (= URL keys): `record` (a record id of content/datasets/preference-pairs.jsonl), `swapped`
 * (boolean), `steps` (DPO steps of the toy policy, 0–40), plus `theme` and `controls`.
 *
 * @example
 * <po-preference-pair record="rm-b-c" swapped></po-preference-pair>
 */
import { css, html, type TemplateResult } from 'lit';
import { checkboxControl } from '../shared/checkbox-control.ts';
import { numberListTable } from '../shared/number-list-table.ts';
import { PoWidgetElement } from '../shared/po-widget-element.ts';
import { selectControl } from '../shared/select-control.ts';
import { sliderControl } from '../shared/slider-control.ts';
import { widgetStyles } from '../shared/styles.ts';
import { preferencePairChartDescription, preferencePairModel, preferencePairTable, type PreferencePairDerived } from './model.ts';
import { preferencePairSchema, type PreferencePairState } from './state.ts';
import { preferencePairWidget } from './widget.ts';

/** The `po-preference-pair` element. */
export class PoPreferencePair extends PoWidgetElement<typeof preferencePairSchema, PreferencePairDerived> {
  static override widget = preferencePairWidget;
  static override model = preferencePairModel;
  static override styles = [
    widgetStyles,
    css`
      .record {
        margin: 0.75rem 0 0;
      }
      .record div {
        margin-block-end: 0.25rem;
        overflow-wrap: anywhere;
      }
      .record dt,
      .record dd {
        display: inline;
        margin: 0;
      }
      .record dt {
        font-weight: 600;
      }
      .record dt::after {
        content: ': ';
      }
      /* The record options are long: let the select column shrink to the widget's width (a flex item's
         minimum is otherwise its content width), so the page does not scroll sideways at 320 px. */
      .control {
        min-inline-size: 0;
        max-inline-size: 100%;
      }
      select {
        max-inline-size: 100%;
      }
    `,
  ];

  protected override chartLabel(_state: PreferencePairState, derived: PreferencePairDerived): string {
    return preferencePairChartDescription(derived);
  }

  protected override renderControls(state: PreferencePairState): TemplateResult {
    return html`${selectControl({
      id: 'record',
      field: preferencePairSchema.record,
      value: state.record,
      onChange: (record) => this.setState({ record }),
    })}
    ${checkboxControl({
      id: 'swapped',
      field: preferencePairSchema.swapped,
      value: state.swapped,
      onChange: (swapped) => this.setState({ swapped }),
    })}
    ${sliderControl({
      id: 'steps',
      field: preferencePairSchema.steps,
      value: state.steps,
      onChange: (steps) => this.setState({ steps }),
    })}`;
  }

  protected override renderTable(_state: PreferencePairState, derived: PreferencePairDerived): TemplateResult {
    const shown = derived.current;
    return html`<dl class="record">
        <div><dt>prompt x</dt><dd>${derived.record.prompt}</dd></div>
        <div><dt>chosen y_w</dt><dd>${derived.chosenText}</dd></div>
        <div><dt>rejected y_l</dt><dd>${derived.rejectedText}</dd></div>
        <div>
          <dt>votes</dt>
          <dd>${`${String(shown.votesChosen)} for y_w, ${String(shown.votesRejected)} for y_l${derived.swapped ? ' (swapped: the label now contradicts the majority)' : ''}`}</dd>
        </div>
      </dl>
      ${numberListTable({ id: 'orders', table: preferencePairTable(derived) })}`;
  }
}

if (!customElements.get(preferencePairWidget.tag)) customElements.define(preferencePairWidget.tag, PoPreferencePair);

declare global {
  interface HTMLElementTagNameMap {
    'po-preference-pair': PoPreferencePair;
  }
}
