/**
 * A labelled `<select>` for an enum schema field: a native control (arrow keys, type-ahead) with a
 * `<label for>`; option labels come from the field's `labels`.
 */
import { html, type TemplateResult } from 'lit';
import type { EnumField } from './schema.ts';

/** Options of {@link selectControl}. */
export interface SelectControlOptions<V extends string> {
  id: string;
  field: EnumField<V>;
  value: V;
  /** Called with one of the field's values. */
  onChange: (value: V) => void;
  label?: string;
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
    <select id=${id} @change=${onChange}>
      ${field.values.map(
        (candidate) =>
          html`<option value=${candidate} ?selected=${candidate === value}>${field.labels?.[candidate] ?? candidate}</option>`,
      )}
    </select>
  </div>`;
}
