/**
 * How a widget's equations are wired to it (the `\sym` / `\val` convention of src/course/wired-math.ts): which
 * symbols the section's math may mark, what each stands for, and the live values its `\val` marks take.
 * DOM-free, so the build checks the marks of a page against it and the element links them at run time
 * (equation-link.ts).
 *
 * @example
 * const equations: WidgetEquations<typeof dpoLossSchema> = {
 *   symbols: { beta: { symbol: 'β', meaning: 'KL coefficient', color: 1, axis: 'x' } },
 *   values: (state) => ({ beta: formatParameter(state.beta) }),
 * };
 */
import type { Schema, StateOf } from './schema.ts';

/** Index of a palette colour: `--po-sym-<name>` defaults to `--po-series-<n>` (src/styles/tokens.css). */
export type SeriesIndex = 1 | 2 | 3 | 4 | 5 | 6;

/** A symbol the section's equations may mark with `\sym{name}{…}`. */
export interface EquationSymbol {
  /** The symbol as text, e.g. `β` or `Δ` (the "where:" legend's label). */
  readonly symbol: string;
  /** What it stands for, in the course's one name for it, e.g. `KL coefficient`. */
  readonly meaning: string;
  /**
   * The state keys the symbol stands for, i.e. the controls it lights up: `['beta']`, or for a derived symbol
   * such as Δ = h_w − h_l, `['chosen', 'rejected']`. Every key must be a key of the widget's schema.
   */
  readonly keys: readonly string[];
  /** Its one colour, in the equations and the chart. */
  readonly color: SeriesIndex;
  /** The chart axis on which it is read, drawn in its colour (and bold while it is highlighted). */
  readonly axis?: 'x' | 'y' | 'y1';
}

/** A widget's side of the wired-math convention. */
export interface WidgetEquations<S extends Schema = Schema> {
  /** The symbols `\sym` may name, by name (names match `/^[a-z][a-z0-9-]{0,31}$/`). */
  readonly symbols: Readonly<Record<string, EquationSymbol>>;
  /**
   * The numbers `\val` may name, formatted exactly as the widget shows them (true minus sign), for a state.
   * A symbol with a value of the same name shows it in its legend ("β: KL coefficient, now 0.1").
   * In the browser, `owner` is the widget element the equations belong to, for widgets whose numbers depend on
   * that element's own progress (a training run); at build time it is absent.
   */
  values(state: StateOf<S>, owner?: object): Record<string, string>;
  /**
   * Characters a value name needs at least, where the build's sweep of the state may miss its longest text
   * (src/course/wired-value-width.ts); every `\val` reserves its name's width so a changing value never shifts
   * its line.
   */
  readonly widths?: Readonly<Record<string, number>>;
}

/**
 * The custom properties that give each symbol its colour, as a `style` declaration list for the scope element:
 * `--po-sym-<name>: var(--po-series-<n>)`.
 *
 * @example
 * symbolColorStyle({ beta: { symbol: 'β', meaning: 'KL coefficient', keys: ['beta'], color: 1 } });
 * // → '--po-sym-beta: var(--po-series-1)'
 */
export function symbolColorStyle(symbols: Readonly<Record<string, EquationSymbol>>): string {
  return Object.entries(symbols)
    .map(([name, symbol]) => `--po-sym-${name}: var(--po-series-${symbol.color})`)
    .join('; ');
}
