/**
 * `<po-pairwise-loss>`: the pairwise loss of a reward model on a batch of ranked prompts
 * (content/chapter-3/pairwise-loss.mdx). Wiring only; the numbers, sentence, table and chart come from `model.ts`.
 *
 * Attributes (= URL keys): `seed`, `k` (answers ranked per prompt, 2 to 4), `loss` (`logistic|hinge|squared`),
 * plus `theme` and `controls`.
 *
 * @example
 * <po-pairwise-loss k="4" loss="squared"></po-pairwise-loss>
 */
import { css, html, type TemplateResult } from 'lit';
import { numberListTable } from '../shared/number-list-table.ts';
import { PoWidgetElement } from '../shared/po-widget-element.ts';
import { selectControl } from '../shared/select-control.ts';
import { sliderControl } from '../shared/slider-control.ts';
import { widgetStyles } from '../shared/styles.ts';
import { pairwiseLossChartDescription, pairwiseLossModel, pairwiseLossTable, type PairwiseLossDerived } from './model.ts';
import { pairwiseLossSchema, type PairwiseLossState } from './state.ts';
import { pairwiseLossWidget } from './widget.ts';

/** The `po-pairwise-loss` element. */
export class PoPairwiseLoss extends PoWidgetElement<typeof pairwiseLossSchema, PairwiseLossDerived> {
  static override widget = pairwiseLossWidget;
  static override model = pairwiseLossModel;
  /**
   * The pair table scrolls inside its (focusable, labelled) region once it is taller than the default batch's
   * 12 rows: at K = 4 it has 24 rows, which would otherwise make the widget a third taller than its default view
   * and leave that much blank space reserved under it on the page. The header row stays in view while it scrolls.
   */
  static override styles = [
    widgetStyles,
    css`
      .table-wrap {
        max-block-size: 30rem;
        overflow-y: auto;
      }
      thead th {
        position: sticky;
        inset-block-start: 0;
        background: var(--_bg);
      }
    `,
  ];

  protected override chartLabel(_state: PairwiseLossState, derived: PairwiseLossDerived): string {
    return pairwiseLossChartDescription(derived);
  }

  protected override renderControls(state: PairwiseLossState): TemplateResult {
    return html`${selectControl({
      id: 'loss',
      field: pairwiseLossSchema.loss,
      value: state.loss,
      onChange: (loss) => this.setState({ loss }),
    })}
    ${sliderControl({
      id: 'k',
      field: pairwiseLossSchema.k,
      value: state.k,
      onChange: (k) => this.setState({ k }),
    })}
    ${sliderControl({
      id: 'seed',
      field: pairwiseLossSchema.seed,
      value: state.seed,
      onChange: (seed) => this.setState({ seed }),
    })}`;
  }

  protected override renderTable(_state: PairwiseLossState, derived: PairwiseLossDerived): TemplateResult {
    return numberListTable({ id: 'pairs', table: pairwiseLossTable(derived) });
  }
}

if (!customElements.get(pairwiseLossWidget.tag)) customElements.define(pairwiseLossWidget.tag, PoPairwiseLoss);

declare global {
  interface HTMLElementTagNameMap {
    'po-pairwise-loss': PoPairwiseLoss;
  }
}
