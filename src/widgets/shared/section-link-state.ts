/**
 * A widget's state in the address of the section page that holds it, for links that reopen the widget as the
 * reader left it: `…/chapter-5/dpo-loss/?dpo-loss.beta=0.2&dpo-loss.variant=ipo#figure-dpo-loss`.
 *
 * Each state key is prefixed with the widget id, so the section's other query parameters (and another widget's)
 * are left alone, and only fields that differ from the widget's defaults are written. The fragment is the
 * widget's figure (`Widget.astro` gives it the id `figure-<id>`), so the link scrolls to it.
 *
 * @module
 */
import { stateToSearchParams, type Schema, type StateOf } from './schema.ts';

/** The fragment id of a widget's figure on a section page. */
export function widgetFigureId(id: string): string {
  return `figure-${id}`;
}

/** The query parameter that holds one state attribute of a widget, e.g. `dpo-loss.beta`. */
export function sectionStateParameter(id: string, attribute: string): string {
  return `${id}.${attribute}`;
}

/**
 * Reads a widget's raw state attributes from a section address's query string: the source for `parseState`.
 * Absent parameters read as `null`, so the element's own attribute (or the default) applies.
 *
 * @example
 * sectionStateSource('?dpo-loss.beta=0.2', 'dpo-loss')('beta'); // → '0.2'
 */
export function sectionStateSource(search: string, id: string): (attribute: string) => string | null {
  const params = new URLSearchParams(search);
  return (attribute) => params.get(sectionStateParameter(id, attribute));
}

/**
 * The section address `href` with the widget's state in it: the widget's earlier parameters are replaced by the
 * fields of `state` that differ from their defaults, every other parameter is kept, and the fragment points at
 * the widget. With `state` omitted the widget's parameters are only removed (and the fragment is kept), which is
 * what Reset does.
 *
 * @example
 * sectionStateHref('https://example.org/chapter-5/dpo-loss/?q=1', 'dpo-loss', { beta: 0.2 }, dpoLossSchema);
 * // → 'https://example.org/chapter-5/dpo-loss/?q=1&dpo-loss.beta=0.2#figure-dpo-loss'
 */
export function sectionStateHref<S extends Schema>(href: string, id: string, state: StateOf<S> | undefined, schema: S): string {
  const url = new URL(href);
  const prefix = sectionStateParameter(id, '');
  for (const name of [...url.searchParams.keys()]) {
    if (name.startsWith(prefix)) url.searchParams.delete(name);
  }
  if (state !== undefined) {
    for (const [attribute, value] of stateToSearchParams(state, schema, { omitDefaults: true })) {
      url.searchParams.append(sectionStateParameter(id, attribute), value);
    }
    url.hash = widgetFigureId(id);
  }
  return url.toString();
}
