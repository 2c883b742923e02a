/**
 * The course bibliography, read once from `content/references.json` and checked by {@link parseReferences}: a
 * malformed file fails the build. Components look works up here by key.
 */
import data from '../../content/references.json';
import { parseReferences, type ReferenceEntry } from './reference-entry';
import { citeLabels } from './reference-format';

export const references: readonly ReferenceEntry[] = parseReferences(data);

const byKey = new Map(references.map((entry) => [entry.key, entry]));

/**
 * The work with this key; an unknown key throws an `Error` naming the key and where it was cited, so the build
 * stops at the typo.
 *
 * @example
 * referenceByKey('ouyang2022', 'content/chapter-1/kl-budget.mdx').year // → 2022
 */
export function referenceByKey(key: string, where: string): ReferenceEntry {
  const entry = byKey.get(key);
  if (entry === undefined) {
    throw new Error(`Unknown reference key "${key}" in ${where}: add the work to content/references.json or fix the key`);
  }
  return entry;
}

const labels = citeLabels(references);

/** The in-text label of a work, told apart from any other work that would read the same ("… 2024a"). */
export function labelOf(entry: ReferenceEntry): string {
  return labels.get(entry.key) ?? entry.key;
}

/**
 * A work's year as its citations print it, with the letter of {@link labelOf} when another work would read the
 * same ("2024b"): the full reference shows it too, so "Rafailov et al. 2024b" can be found in a list.
 */
export function yearLabelOf(entry: ReferenceEntry): string {
  return /([0-9]{4}[a-z]?)$/.exec(labelOf(entry))?.[1] ?? String(entry.year);
}
