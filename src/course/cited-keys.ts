/**
 * The reference keys a section's MDX source uses: those of its `<Cite k="…" />` citations and those listed in
 * its `<References keys={[…]} />`. Read from the source text, so the bibliography page and the content tests
 * can tell which sections cite a work without rendering them.
 */

/** The distinct keys of `<Cite k="…">` in the source, in order of first use. */
export function citeKeys(source: string): string[] {
  const keys = [...source.matchAll(/<Cite\s+k=["']([^"']*)["']/g)].map((match) => match[1] ?? '');
  return [...new Set(keys)];
}

/**
 * The keys of the section's `<References keys={[…]}>` list, in order; an empty array when there is none. Throws a
 * `RangeError` when the section has more than one list or its keys are not a literal array of strings.
 *
 * @example
 * referenceListKeys("<References keys={['a2020', 'b2021']} />") // → ['a2020', 'b2021']
 */
export function referenceListKeys(source: string): string[] {
  const lists = [...source.matchAll(/<References\b[^>]*?\bkeys=\{\[([^\]]*)\]\}/g)];
  if (lists.length === 0) return [];
  if (lists.length > 1) throw new RangeError('referenceListKeys: a section has one <References> list');
  const items = (lists[0]?.[1] ?? '').split(',').map((item) => item.trim()).filter((item) => item !== '');
  return items.map((item) => {
    const match = /^["']([^"']+)["']$/.exec(item);
    if (match?.[1] === undefined) throw new RangeError(`referenceListKeys: keys must be quoted strings, got ${item}`);
    return match[1];
  });
}

/** Every key the section uses, its list first, then citations the list lacks. */
export function sectionReferenceKeys(source: string): string[] {
  return [...new Set([...referenceListKeys(source), ...citeKeys(source)])];
}
