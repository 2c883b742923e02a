/**
 * `<po-bradley-terry>`: the Bradley–Terry widget (content/chapter-2/bradley-terry.mdx). Wiring only; the numbers, sentence, table
 * and chart come from `model.ts`.
 *
 * Attributes (= URL keys): `chosen`, `rejected` (comma-separated rewards), `shift` (c), `scale` (s), plus
 * `theme` and `controls`.
 *
 * @example
 * <po-bradley-terry shift="1" scale="2"></po-bradley-terry>
 */
import { html, type TemplateResult } from 'lit';
import { numberListTable, pairColumns } from '../shared/number-list-table.ts';
import { PoWidgetElement } from '../shared/po-widget-element.ts';
import { sliderControl } from '../shared/slider-control.ts';
import {
  bradleyTerryModel,
  bradleyTerryTable,
  type BradleyTerryDerived,
} from './model.ts';
import { bradleyTerrySchema, type BradleyTerryState } from './state.ts';
import { bradleyTerryWidget } from './widget.ts';

/** The `po-bradley-terry` element. */
/** What a cell of the pairs table holds (its input's label is `Pair <n>: <this>`). */
const pairQuantity = (side: 'chosen' | 'rejected') =>
  `reward of the ${side} answer ${side === 'chosen' ? 'r(y_w)' : 'r(y_l)'}`;

export class PoBradleyTerry extends PoWidgetElement<typeof bradleyTerrySchema, BradleyTerryDerived> {
  static override widget = bradleyTerryWidget;
  static override model = bradleyTerryModel;

  protected override chartLabel(): string {
    return 'The sigmoid curve P = σ(m) over the reward margin m, with each pair as a point on it; the table below lists the values.';
  }

  protected override renderControls(state: BradleyTerryState): TemplateResult {
    return html`${sliderControl({
      id: 'shift',
      field: bradleyTerrySchema.shift,
      value: state.shift,
      onChange: (shift) => this.setState({ shift }),
    })}
    ${sliderControl({
      id: 'scale',
      field: bradleyTerrySchema.scale,
      value: state.scale,
      onChange: (scale) => this.setState({ scale }),
    })}`;
  }

  protected override renderTable(state: BradleyTerryState, derived: BradleyTerryDerived, editable: boolean): TemplateResult {
    return numberListTable({
      id: 'pairs',
      table: bradleyTerryTable(derived),
      rowNoun: 'pair',
      newRowValue: 0,
      editable: editable ? pairColumns(bradleyTerrySchema, state, derived.pairs.length, pairQuantity) : [],
      onChange: (lists) => this.setState(lists),
    });
  }
}

if (!customElements.get(bradleyTerryWidget.tag)) customElements.define(bradleyTerryWidget.tag, PoBradleyTerry);

declare global {
  interface HTMLElementTagNameMap {
    'po-bradley-terry': PoBradleyTerry;
  }
}
