/**
 * The width a `\val` number of the wired-math convention (src/course/wired-math.ts) reserves on the page, so that
 * a live value changing width (β going from "1" to "1.58") never moves the rest of its equation line: a centred
 * display equation would otherwise re-centre, and everything after the number would slide.
 *
 * The width is the longest text the widget's `values` gives that name over a sweep of its state: the page's state
 * with one key at a time set to each of a few sample values (both ends and the default of a number or integer
 * field, evenly spaced points between them (on a log scale for `scale: 'log'`), every value of an enum or boolean,
 * and a number list with every entry at its minimum, at its maximum, and at its default). Keys interact, so the
 * sweep can miss a rare longest text; the reserved width is then a floor, not a guarantee, and a widget can
 * widen it for a name with `WidgetEquations.widths`.
 *
 * Widths are counted in characters and applied in `ch` (the width of a digit: KaTeX's digits are all 0.5 em,
 * and a point or a minus sign is no wider than a digit), so the reservation holds at any font size.
 *
 * @example
 * valueWidths(getWidget('rlhf-vs-dpo')!, rlhfVsDpoDefaults);
 * // → { beta: 6, n: 4, t: 3, prompt: 1, … }  (β reaches "0.0562": the log slider keeps 3 significant digits)
 */
import type { Field, Schema, StateOf } from '../widgets/shared/schema.ts';
import type { WidgetDefinition } from '../widgets/shared/widget-definition.ts';

/** Points of a number or integer field's range sampled between its ends (both ends included). */
export const VALUE_WIDTH_SAMPLES = 17;

/** The sample values of one field, as {@link valueWidths} sweeps them. */
export function fieldSamples(field: Field): unknown[] {
  switch (field.kind) {
    case 'enum':
      return [...field.values];
    case 'boolean':
      return [false, true];
    case 'number-list':
      return [field.default.map(() => field.min), field.default.map(() => field.max), [...field.default]];
    case 'integer':
    case 'number': {
      const { min, max } = field;
      const log = field.kind === 'number' && field.scale === 'log' && min > 0;
      const points = Array.from({ length: VALUE_WIDTH_SAMPLES }, (_, i) => {
        const u = i / (VALUE_WIDTH_SAMPLES - 1);
        const v = log ? min * (max / min) ** u : min + (max - min) * u;
        if (field.kind === 'integer') return Math.round(v);
        // Snapped as the slider snaps it (src/widgets/shared/slider-control.ts): 3 significant digits on a log
        // scale, else a multiple of the step.
        return log ? Number(v.toPrecision(3)) : Math.min(max, min + Math.round((v - min) / field.step) * field.step);
      });
      const whole = field.kind === 'integer' && max - min <= 25 ? Array.from({ length: max - min + 1 }, (_, i) => min + i) : [];
      return [...new Set([min, max, field.default, ...points, ...whole])];
    }
  }
}

/**
 * The number of characters each `\val` name of a widget reserves: the longest text over the sweep described
 * above, at least the widget's declared `widths` for that name.
 */
export function valueWidths(widget: WidgetDefinition, state: StateOf<Schema>): Record<string, number> {
  const equations = widget.equations;
  if (equations === undefined) return {};
  const widths: Record<string, number> = {};
  const measure = (s: StateOf<Schema>) => {
    let values: Record<string, string>;
    try {
      values = equations.values(s as never);
    } catch {
      return; // a sample the widget would clamp differently; the page's own state is measured anyway
    }
    for (const [name, text] of Object.entries(values)) widths[name] = Math.max(widths[name] ?? 0, [...text].length);
  };
  measure(state);
  for (const [key, field] of Object.entries(widget.schema as Schema)) {
    for (const sample of fieldSamples(field)) measure({ ...state, [key]: sample } as StateOf<Schema>);
  }
  for (const [name, width] of Object.entries(equations.widths ?? {})) widths[name] = Math.max(widths[name] ?? 0, width);
  return widths;
}
