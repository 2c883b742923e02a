/**
 * A labelled checkbox for a boolean schema field (native control: Space toggles it), label after the box.
 */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { BooleanField } from './schema.ts';

/** Options of {@link checkboxControl}. */
export interface CheckboxControlOptions {
  id: string;
  field: BooleanField;
  value: boolean;
  onChange: (value: boolean) => void;
  label?: string;
}

/**
 * The labelled checkbox template.
 *
 * @example
 * html`${checkboxControl({ id: 'show-grad', field: schema.showGradient, value: true, onChange: set })}`
 */
export function checkboxControl(options: CheckboxControlOptions): TemplateResult {
  const onChange = (event: Event) => options.onChange((event.target as HTMLInputElement).checked);
  return html`<div class="control checkbox">
    <input type="checkbox" id=${options.id} .checked=${live(options.value)} @change=${onChange} />
    <label for=${options.id}>${options.label ?? options.field.label}</label>
  </div>`;
}
