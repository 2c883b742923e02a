/**
 * A labelled `<select>` for an enum schema field: a native control (arrow keys, type-ahead) with a
 * `<label for>`; option labels come from the field's `labels`.
 *
 * The shown value is bound as the select's `value` property through `live()`, so it follows the state after a
 * Reset or an attribute change even when the reader has picked options before. (An option's `selected`
 * attribute alone cannot do that: once the reader has picked an option, HTML marks it "dirty" and adding or
 * removing `selected` no longer changes the selection.)
 */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { EnumField } from './schema.ts';

/** Options of {@link selectControl}. */
export interface SelectControlOptions<V extends string> {
  id: string;
  field: EnumField<V>;
  value: V;
  /** Called with one of the field's values. */
  onChange: (value: V) => void;
  label?: string;
  /** Disables the select (e.g. while another view of the widget is shown). */
  disabled?: boolean;
}

/**
 * The labelled select template. Only declared values are ever passed to `onChange`.
 *
 * @example
 * html`${selectControl({ id: 'variant', field: dpoLossSchema.variant, value: 'sigmoid', onChange: set })}`
 */
export function selectControl<V extends string>(options: SelectControlOptions<V>): TemplateResult {
  const { id, field, value } = options;
  const onChange = (event: Event) => {
    const raw = (event.target as HTMLSelectElement).value;
    const match = field.values.find((candidate) => candidate === raw);
    if (match !== undefined) options.onChange(match);
  };
  return html`<div class="control">
    <label for=${id}>${options.label ?? field.label}</label>
    <select id=${id} ?disabled=${options.disabled === true} .value=${live(value)} @change=${onChange}>
      ${field.values.map(
        // The select's value binding is committed before its options exist on the first render, so the
        // initial option also carries the `selected` attribute; later renders are kept right by `.value`.
        (candidate) =>
          html`<option value=${candidate} ?selected=${candidate === value}>${field.labels?.[candidate] ?? candidate}</option>`,
      )}
    </select>
  </div>`;
}
