/**
 * The custom element tag of a widget is `po-<id>` (the registry checks each entry against this rule,
 * tests/widgets/registry.test.ts), so code that must stay small, such as the `widgets.js` entry, can map tags
 * and ids without loading the registry.
 */

/**
 * The tag of a widget id.
 *
 * @example
 * widgetTag('dpo-loss'); // → 'po-dpo-loss'
 */
export function widgetTag(id: string): `po-${string}` {
  return `po-${id}`;
}

/**
 * The id among `ids` whose tag is `tagName` (compared in lower case, as HTML element names are), or `undefined`.
 *
 * @example
 * widgetIdOfTag('po-dpo-loss', ['bradley-terry', 'dpo-loss']); // → 'dpo-loss'
 * widgetIdOfTag('PO-DPO-LOSS', ['dpo-loss']); // → 'dpo-loss'
 * widgetIdOfTag('div', ['dpo-loss']); // → undefined
 */
export function widgetIdOfTag(tagName: string, ids: Iterable<string>): string | undefined {
  const name = tagName.toLowerCase();
  if (!name.startsWith('po-')) return undefined;
  const id = name.slice(3);
  for (const candidate of ids) if (candidate === id) return candidate;
  return undefined;
}
