/**
 * `<po-ppo-clip>`: PPO's clipped surrogate and per-token shaped rewards (content/chapter-4/ppo-clip.mdx). Wiring
 * only; the numbers, sentence and table come from `model.ts`, the chart from `chart.ts`.
 *
 * Attributes (= URL keys): `view` (`clip|tokens`), `epsilon`, `ratio`, `sign` (`positive|negative`), `beta`,
 * `response` (1–12), `score`, plus `theme` and `controls`.
 *
 * @example
 * <po-ppo-clip sign="negative" ratio="0.6"></po-ppo-clip>
 */
import { html, type TemplateResult } from 'lit';
import { numberListTable } from '../shared/number-list-table.ts';
import { PoWidgetElement } from '../shared/po-widget-element.ts';
import { selectControl } from '../shared/select-control.ts';
import { sliderControl } from '../shared/slider-control.ts';
import { ppoClipChartDescription } from './chart.ts';
import { ppoClipModel, ppoClipTable, type PpoClipDerived } from './model.ts';
import { ppoClipSchema, type PpoClipState } from './state.ts';
import { ppoClipWidget } from './widget.ts';

/** The `po-ppo-clip` element. */
export class PoPpoClip extends PoWidgetElement<typeof ppoClipSchema, PpoClipDerived> {
  static override widget = ppoClipWidget;
  static override model = ppoClipModel;

  protected override chartLabel(_state: PpoClipState, derived: PpoClipDerived): string {
    return ppoClipChartDescription(derived);
  }

  protected override renderControls(state: PpoClipState): TemplateResult {
    // Every control stays rendered (the other view's disabled), so switching views never shifts the layout.
    const clip = state.view === 'clip';
    const only = (label: string, enabled: boolean, view: string) => (enabled ? label : `${label} (${view} view only)`);
    return html`${sliderControl({
      id: 'epsilon',
      field: ppoClipSchema.epsilon,
      value: state.epsilon,
      disabled: !clip,
      label: only(ppoClipSchema.epsilon.label, clip, 'clip'),
      onChange: (epsilon) => this.setState({ epsilon }),
    })}
    ${sliderControl({
      id: 'ratio',
      field: ppoClipSchema.ratio,
      value: state.ratio,
      disabled: !clip,
      label: only(ppoClipSchema.ratio.label, clip, 'clip'),
      onChange: (ratio) => this.setState({ ratio }),
    })}
    ${selectControl({
      id: 'sign',
      field: ppoClipSchema.sign,
      value: state.sign,
      disabled: !clip,
      label: only(ppoClipSchema.sign.label, clip, 'clip'),
      onChange: (sign) => this.setState({ sign }),
    })}
    ${sliderControl({
      id: 'beta',
      field: ppoClipSchema.beta,
      value: state.beta,
      disabled: clip,
      label: only(ppoClipSchema.beta.label, !clip, 'token'),
      onChange: (beta) => this.setState({ beta }),
    })}
    ${sliderControl({
      id: 'response',
      field: ppoClipSchema.response,
      value: state.response,
      disabled: clip,
      label: only(ppoClipSchema.response.label, !clip, 'token'),
      onChange: (response) => this.setState({ response }),
    })}
    ${sliderControl({
      id: 'score',
      field: ppoClipSchema.score,
      value: state.score,
      disabled: clip,
      label: only(ppoClipSchema.score.label, !clip, 'token'),
      onChange: (score) => this.setState({ score }),
    })}
    ${selectControl({
      id: 'view',
      field: ppoClipSchema.view,
      value: state.view,
      onChange: (view) => this.setState({ view }),
    })}`;
  }

  protected override renderTable(_state: PpoClipState, derived: PpoClipDerived): TemplateResult {
    return numberListTable({ id: 'values', table: ppoClipTable(derived) });
  }
}

if (!customElements.get(ppoClipWidget.tag)) customElements.define(ppoClipWidget.tag, PoPpoClip);

declare global {
  interface HTMLElementTagNameMap {
    'po-ppo-clip': PoPpoClip;
  }
}
