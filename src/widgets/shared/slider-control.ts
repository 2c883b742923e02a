/**
 * A labelled slider with a number input beside it, for a number or integer schema field. A `scale: 'log'`
 * field gets a slider over $\log_{10}$ of the value (values it produces are rounded to 3 significant digits);
 * the number input always holds the exact value. Both inputs have a `<label for>`, both are native controls
 * (arrow keys, Page Up/Down, Home/End work), and the slider announces the value itself through
 * `aria-valuetext`. The number input keeps what the reader types while it has the focus, even when the widget
 * re-renders every frame (a playing training run), see live-unless-editing.ts.
 */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatParameter } from './format-number.ts';
import { liveUnlessEditing } from './live-unless-editing.ts';
import { clampNumber, parseDecimal, type IntegerField, type NumberField } from './schema.ts';

/** Slider position step of a log-scale field, in decades. */
const LOG_STEP = 0.01;

/** Options of {@link sliderControl}. */
export interface SliderControlOptions {
  /** Id of the range input (unique in the shadow root); the number input gets `<id>-number`. */
  id: string;
  field: NumberField | IntegerField;
  value: number;
  /** Called with a valid, in-range value. */
  onChange: (value: number) => void;
  /** Visible label; defaults to the field's label. */
  label?: string;
  disabled?: boolean;
}

/**
 * The value a slider position stands for.
 *
 * @example
 * sliderValue({ kind: 'number', label: 'β', min: 0.01, max: 10, step: 0.01, default: 0.1, scale: 'log' }, -0.99); // → 0.102
 */
export function sliderValue(field: NumberField | IntegerField, position: number): number {
  if (field.kind === 'integer') return clampNumber(Math.round(position), field.min, field.max);
  if (field.scale === 'log') return clampNumber(Number((10 ** position).toPrecision(3)), field.min, field.max);
  return clampNumber(position, field.min, field.max);
}

/**
 * The labelled slider + number input template.
 *
 * @example
 * html`${sliderControl({ id: 'beta', field: dpoLossSchema.beta, value: 0.1, onChange: (v) => set({ beta: v }) })}`
 */
export function sliderControl(options: SliderControlOptions): TemplateResult {
  const { id, field, value } = options;
  const label = options.label ?? field.label;
  const log = field.kind === 'number' && field.scale === 'log';
  const step = field.kind === 'integer' ? 1 : field.step;
  const min = log ? Math.log10(field.min) : field.min;
  const max = log ? Math.log10(field.max) : field.max;
  const position = log ? Math.log10(value) : value;
  const disabled = options.disabled === true;
  const onSlide = (event: Event) => {
    const position = Number((event.target as HTMLInputElement).value);
    if (Number.isFinite(position)) options.onChange(sliderValue(field, position));
  };
  const onNumber = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const parsed = parseDecimal(input.value);
    if (parsed === null) {
      input.value = String(value); // reject the edit, keep the current value
      return;
    }
    const next = clampNumber(field.kind === 'integer' ? Math.round(parsed) : parsed, field.min, field.max);
    input.value = String(next);
    options.onChange(next);
  };
  return html`<div class="control">
    <label for=${id}>${label}</label>
    <div class="control-row">
      <input
        type="range"
        id=${id}
        min=${String(min)}
        max=${String(max)}
        step=${String(log ? LOG_STEP : step)}
        .value=${live(String(position))}
        aria-valuetext=${formatParameter(value, 4)}
        ?disabled=${disabled}
        @input=${onSlide}
      />
      <label class="visually-hidden" for=${`${id}-number`}>${label} (exact value)</label>
      <input
        type="number"
        id=${`${id}-number`}
        min=${String(field.min)}
        max=${String(field.max)}
        step=${String(step)}
        .value=${liveUnlessEditing(String(value))}
        ?disabled=${disabled}
        @change=${onNumber}
      />
    </div>
  </div>`;
}
