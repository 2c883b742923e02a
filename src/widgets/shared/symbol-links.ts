/**
 * The pure rules of equation–widget linking (used by equation-link.ts): which state key a control stands for,
 * which symbols light up for a key, and which chart axes light up for a symbol. DOM-free.
 */
import type { WidgetChartConfig } from './chart-types.ts';
import type { EquationSymbol } from './widget-equations.ts';

/**
 * The state key a control's id belongs to: the slider `beta`, its number input `beta-number`, or a cell of a
 * list column, `<table>-<key>-<row>` (number-list-table.ts). `undefined` for anything else.
 *
 * @example
 * controlKey('beta-number', ['beta', 'epsilon']);     // → 'beta'
 * controlKey('pairs-chosen-2', ['beta', 'chosen']);   // → 'chosen'
 * controlKey('variant', ['beta']);                    // → undefined
 */
export function controlKey(id: string, keys: readonly string[]): string | undefined {
  return keys.find((key) => id === key || id === `${key}-number` || new RegExp(`^[a-z0-9]+-${key}-\\d+$`).test(id));
}

/**
 * The symbols that stand for a state key, by name.
 *
 * @example
 * symbolsForKey({ beta: { keys: ['beta'], … }, delta: { keys: ['chosen', 'rejected'], … } }, 'chosen'); // → ['delta']
 */
export function symbolsForKey(symbols: Readonly<Record<string, EquationSymbol>>, key: string): string[] {
  return Object.entries(symbols)
    .filter(([, symbol]) => symbol.keys.includes(key))
    .map(([name]) => name);
}

/**
 * The state keys of a set of symbols (the controls to light up), without repeats.
 *
 * @example
 * keysOfSymbols({ delta: { keys: ['chosen', 'rejected'], … } }, ['delta']); // → ['chosen', 'rejected']
 */
export function keysOfSymbols(symbols: Readonly<Record<string, EquationSymbol>>, names: readonly string[]): string[] {
  return [...new Set(names.flatMap((name) => symbols[name]?.keys ?? []))];
}

/** The parts of a chart scale that a highlight changes. */
interface ScaleLook {
  title?: Record<string, unknown> | undefined;
  border?: Record<string, unknown> | undefined;
}

/**
 * Lights up the chart axes of the active symbols: the axis of the first active symbol on it takes that
 * symbol's colour, a bold title and a thicker line (the cue that does not rely on colour). Changes the
 * configuration in place and returns it.
 *
 * @example
 * highlightSymbolAxes(config, { beta: { axis: 'x', … } }, ['beta'], () => '#0077bb');
 * // config.options.scales.x.title → { …, color: '#0077bb', font: { weight: 'bold' } }
 */
export function highlightSymbolAxes<C extends Pick<WidgetChartConfig, 'options'>>(
  config: C,
  symbols: Readonly<Record<string, EquationSymbol>>,
  active: readonly string[],
  colourOf: (name: string) => string,
): C {
  const done = new Set<string>();
  for (const name of active) {
    const axis = symbols[name]?.axis;
    const scales = config.options?.scales as Record<string, ScaleLook | undefined> | undefined;
    const scale = axis === undefined || done.has(axis) ? undefined : scales?.[axis];
    if (axis === undefined || scale === undefined) continue;
    done.add(axis);
    const colour = colourOf(name);
    scale.title = { ...scale.title, color: colour, font: { weight: 'bold' } };
    scale.border = { ...scale.border, color: colour, width: 3 };
  }
  return config;
}
