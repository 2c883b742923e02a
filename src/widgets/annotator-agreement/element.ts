/**
 * `<po-annotator-agreement>`: simulated annotators, raw agreement against Cohen's and Fleiss' κ, and the κ paradox
 * (content/chapter-3/annotator-agreement.mdx). Wiring only; the numbers, sentence and table come from `model.ts`,
 * the chart from `chart.ts`.
 *
 * Attributes (= URL keys): `annotators` (2–7), `base-rate`, `flip-rate`, `n`, `seed`, plus `theme` and `controls`.
 *
 * @example
 * <po-annotator-agreement base-rate="0.05"></po-annotator-agreement>
 */
import { html, type TemplateResult } from 'lit';
import { numberListTable } from '../shared/number-list-table.ts';
import { PoWidgetElement } from '../shared/po-widget-element.ts';
import { sliderControl } from '../shared/slider-control.ts';
import { annotatorAgreementChartDescription } from './chart.ts';
import { annotatorAgreementModel, annotatorAgreementTable, type AnnotatorAgreementDerived } from './model.ts';
import { annotatorAgreementSchema, type AnnotatorAgreementState } from './state.ts';
import { annotatorAgreementWidget } from './widget.ts';

type Key = keyof AnnotatorAgreementState;

/** The `po-annotator-agreement` element. */
export class PoAnnotatorAgreement extends PoWidgetElement<typeof annotatorAgreementSchema, AnnotatorAgreementDerived> {
  static override widget = annotatorAgreementWidget;
  static override model = annotatorAgreementModel;

  protected override chartLabel(_state: AnnotatorAgreementState, derived: AnnotatorAgreementDerived): string {
    return annotatorAgreementChartDescription(derived);
  }

  protected override renderControls(state: AnnotatorAgreementState): TemplateResult {
    const slider = (id: Key) =>
      sliderControl({
        id,
        field: annotatorAgreementSchema[id],
        value: state[id],
        onChange: (value) => this.setState({ [id]: value }),
      });
    return html`${slider('baseRate')} ${slider('flipRate')} ${slider('annotators')} ${slider('n')} ${slider('seed')}`;
  }

  protected override renderTable(_state: AnnotatorAgreementState, derived: AnnotatorAgreementDerived): TemplateResult {
    return numberListTable({ id: 'agreement', table: annotatorAgreementTable(derived) });
  }
}

if (!customElements.get(annotatorAgreementWidget.tag)) customElements.define(annotatorAgreementWidget.tag, PoAnnotatorAgreement);

declare global {
  interface HTMLElementTagNameMap {
    'po-annotator-agreement': PoAnnotatorAgreement;
  }
}
