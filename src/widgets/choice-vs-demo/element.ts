/**
 * `<po-choice-vs-demo>`: SFT on demonstrations against a policy trained from choices
 * (content/chapter-1/choice-vs-demo.mdx). Wiring only; the numbers, sentence, table and chart come from `model.ts`.
 *
 * Attributes (= URL keys): `temperature` (T), `comparisons` (N), `beta` (β), `seed`, plus `theme` and `controls`.
 *
 * @example
 * <po-choice-vs-demo temperature="3" beta="0.5"></po-choice-vs-demo>
 */
import { html, type TemplateResult } from 'lit';
import { numberListTable } from '../shared/number-list-table.ts';
import { PoWidgetElement } from '../shared/po-widget-element.ts';
import { sliderControl } from '../shared/slider-control.ts';
import { choiceVsDemoModel, choiceVsDemoTable, type ChoiceVsDemoDerived } from './model.ts';
import { choiceVsDemoSchema, type ChoiceVsDemoState } from './state.ts';
import { choiceVsDemoWidget } from './widget.ts';

/** The `po-choice-vs-demo` element. */
export class PoChoiceVsDemo extends PoWidgetElement<typeof choiceVsDemoSchema, ChoiceVsDemoDerived> {
  static override widget = choiceVsDemoWidget;
  static override model = choiceVsDemoModel;

  protected override chartLabel(): string {
    return 'Bars of π_SFT and π_pref for each of the six answers, the gold reward of each answer as a point, and each policy’s expected gold reward as a dashed line; the table below lists the values.';
  }

  protected override renderControls(state: ChoiceVsDemoState): TemplateResult {
    const slider = (id: 'temperature' | 'comparisons' | 'beta' | 'seed') =>
      sliderControl({
        id,
        field: choiceVsDemoSchema[id],
        value: state[id],
        onChange: (value) => this.setState({ [id]: value }),
      });
    return html`${slider('temperature')} ${slider('comparisons')} ${slider('beta')} ${slider('seed')}`;
  }

  protected override renderTable(_state: ChoiceVsDemoState, derived: ChoiceVsDemoDerived): TemplateResult {
    return numberListTable({ id: 'answers', table: choiceVsDemoTable(derived) });
  }
}

if (!customElements.get(choiceVsDemoWidget.tag)) customElements.define(choiceVsDemoWidget.tag, PoChoiceVsDemo);

declare global {
  interface HTMLElementTagNameMap {
    'po-choice-vs-demo': PoChoiceVsDemo;
  }
}
