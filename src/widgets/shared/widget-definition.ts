/**
 * The registry entry of a widget: everything the site needs at build time (in Node, without a DOM) to place a
 * widget, reserve its space, document its attributes and render its fallback.
 */
import type { Schema, StateOf } from './schema.ts';
import type { WidgetEquations } from './widget-equations.ts';
import type { WidgetFallback } from './widget-table.ts';

/** Attributes every widget accepts besides its state: `theme="light|dark|auto"` and `controls="none"`. */
export const commonAttributes = ['theme', 'controls'] as const;

/** A widget's metadata, schema, defaults and fallback renderer. */
export interface WidgetDefinition<S extends Schema = Schema> {
  /** Kebab-case id, also the folder name under `src/widgets/` and the `/embed/<id>/` route. */
  readonly id: string;
  /** Custom element tag, `po-<id>`. */
  readonly tag: `po-${string}`;
  readonly title: string;
  /** Course section, e.g. `'2.3'`. */
  readonly section: string;
  readonly description: string;
  /**
   * Block size (px) to reserve for the widget, identical before and after upgrade (no layout shift), for a
   * container of the course's text width (≈ 44rem) or wider. Measured in Chromium: the largest the widget gets
   * over every slider position, so that a drag never moves the page below it
   * (tests/e2e/widget-reservation.test.ts).
   */
  readonly blockSize: number;
  /** Block size (px) to reserve in a narrow container (below ≈ 480 px, phones, down to 320 px), where controls stack. */
  readonly blockSizeNarrow: number;
  readonly schema: S;
  readonly defaults: StateOf<S>;
  /** Summary sentence and data table for a state, all numbers computed by `src/math`. */
  fallback(state: StateOf<S>): WidgetFallback;
  /**
   * The symbols and live values its section's math may mark with `\sym` and `\val` (widget-equations.ts);
   * a widget without it cannot be wired to equations.
   */
  readonly equations?: WidgetEquations<S>;
}

/**
 * Identity helper that checks a definition against its own schema's state type.
 *
 * @example
 * export const dpoLossWidget = defineWidget({ id: 'dpo-loss', tag: 'po-dpo-loss', ... });
 */
export function defineWidget<S extends Schema>(definition: WidgetDefinition<S>): WidgetDefinition<S> {
  return definition;
}
