/**
 * How a work of the bibliography reads: the short author–year label a citation shows ("Ouyang et al. 2022"),
 * the full reference in parts (so a component can set the title and venue apart), its address, and the order
 * of a complete list (first author, then year).
 */
import type { ReferenceEntry } from './reference-entry';

/** The surname part of "Surname, I. I.". */
export function surname(author: string): string {
  return author.slice(0, author.indexOf(','));
}

/**
 * The label of an in-text citation: one author "Kendall 1938", two "Bradley and Terry 1952", three or more
 * (or a list the course keeps short) "Ouyang et al. 2022".
 *
 * @example
 * citeLabel({ authors: ['Bradley, R. A.', 'Terry, M. E.'], year: 1952 }) // → 'Bradley and Terry 1952'
 */
export function citeLabel(entry: Pick<ReferenceEntry, 'authors' | 'etAl' | 'year'>): string {
  const [first, second] = entry.authors;
  if (first === undefined) throw new RangeError('citeLabel: "authors" must not be empty');
  if (entry.etAl === true || entry.authors.length > 2) return `${surname(first)} et al. ${entry.year}`;
  if (second !== undefined) return `${surname(first)} and ${surname(second)} ${entry.year}`;
  return `${surname(first)} ${entry.year}`;
}

/**
 * The author list as a reference list prints it: "Bradley, R. A., and Terry, M. E.", "Ouyang, L., Wu, J.,
 * Jiang, X., et al.".
 *
 * @example
 * authorList({ authors: ['Kendall, M. G.'] }) // → 'Kendall, M. G.'
 */
export function authorList(entry: Pick<ReferenceEntry, 'authors' | 'etAl'>): string {
  const names = entry.authors;
  if (entry.etAl === true) return `${names.join(', ')}, et al.`;
  if (names.length === 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')}, and ${names.at(-1) ?? ''}`;
}

/** The address of a work: its arXiv abstract page, else its DOI, else its own URL. */
export function referenceUrl(entry: Pick<ReferenceEntry, 'arxiv' | 'doi' | 'url'>): string | undefined {
  if (entry.arxiv !== undefined) return `https://arxiv.org/abs/${entry.arxiv}`;
  if (entry.doi !== undefined) return `https://doi.org/${entry.doi}`;
  return entry.url;
}

/**
 * The link a reference ends with: its arXiv id, else its DOI, else its address without the scheme.
 *
 * @example
 * referenceLink({ arxiv: '2203.02155' }) // → { href: 'https://arxiv.org/abs/2203.02155', text: 'arXiv:2203.02155' }
 */
export function referenceLink(entry: Pick<ReferenceEntry, 'arxiv' | 'doi' | 'url'>): { href: string; text: string } | undefined {
  const href = referenceUrl(entry);
  if (href === undefined) return undefined;
  if (entry.arxiv !== undefined) return { href, text: `arXiv:${entry.arxiv}` };
  if (entry.doi !== undefined) return { href, text: `doi:${entry.doi}` };
  return { href, text: href.replace(/^https?:\/\//, '') };
}

/**
 * A full reference in parts: "Authors (year).", the title, the venue and what follows it (volume, pages,
 * edition, publisher; the link from {@link referenceLink} comes last).
 */
export interface ReferenceParts {
  lead: string;
  title: string;
  /** Set in italics: the journal or conference, or the title itself for a book. */
  titleItalic: boolean;
  venue?: string;
  details: string;
}

/**
 * Splits a work into the parts of its printed reference. `year` is the year as the work's citations print it,
 * with the letter that tells it from another work of the same authors and year ("2024b", from {@link citeLabels}),
 * so that a citation and its reference read the same; it defaults to the bare year.
 *
 * @example
 * referenceParts({ key: 'kendall1938', kind: 'article', authors: ['Kendall, M. G.'], year: 1938,
 *   title: 'A new measure of rank correlation', venue: 'Biometrika', volume: '30', issue: '1/2', pages: '81–93' })
 * // → { lead: 'Kendall, M. G. (1938).', title: 'A new measure of rank correlation', titleItalic: false,
 * //     venue: 'Biometrika', details: ', 30(1/2), 81–93.' }
 */
export function referenceParts(entry: ReferenceEntry, year: string = String(entry.year)): ReferenceParts {
  const lead = `${authorList(entry)} (${year}).`;
  const book = entry.kind === 'book';
  const after: string[] = [];
  if (entry.volume !== undefined) after.push(entry.issue === undefined ? entry.volume : `${entry.volume}(${entry.issue})`);
  if (entry.pages !== undefined) after.push(entry.pages);
  let details = after.length > 0 ? `, ${after.join(', ')}.` : entry.venue !== undefined ? '.' : '';
  const tail: string[] = [];
  if (book && entry.edition !== undefined) tail.push(`${entry.edition} edition`);
  if (entry.note !== undefined) tail.push(entry.note);
  if (entry.kind === 'report') tail.push(entry.number === undefined ? `${entry.publisher ?? ''} technical report` : `${entry.publisher ?? ''} technical report ${entry.number}`);
  else if (entry.publisher !== undefined) tail.push(entry.publisher);
  if (tail.length > 0) details += ` ${tail.join('. ')}.`;
  return { lead, title: entry.title, titleItalic: book, ...(entry.venue === undefined ? {} : { venue: entry.venue }), details };
}

/** The full reference as plain text, e.g. for an accessible name or a test. */
export function referenceText(entry: ReferenceEntry, year: string = String(entry.year)): string {
  const parts = referenceParts(entry, year);
  const venue = parts.venue === undefined ? '' : ` ${parts.venue}`;
  const link = referenceLink(entry);
  return `${parts.lead} ${parts.title}.${venue}${parts.details}${link === undefined ? '' : ` ${link.text}.`}`;
}

/**
 * The order of the complete bibliography: first author's surname (ignoring accents, case and a "von"), then
 * year, then title.
 */
export function compareReferences(a: ReferenceEntry, b: ReferenceEntry): number {
  const sortName = (entry: ReferenceEntry) =>
    surname(entry.authors[0] ?? '')
      .replace(/^(von|van|de) /i, '')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  return sortName(a).localeCompare(sortName(b)) || a.year - b.year || a.title.localeCompare(b.title);
}

/**
 * Citation labels for a whole bibliography, told apart where two works would read the same: the year gets a
 * letter in bibliography order ("Rafailov et al. 2024a", "Rafailov et al. 2024b").
 *
 * @example
 * citeLabels([kendall1938, kendall1945]).get('kendall1945') // → 'Kendall 1945'
 */
export function citeLabels(entries: readonly ReferenceEntry[]): Map<string, string> {
  const groups = new Map<string, ReferenceEntry[]>();
  for (const entry of [...entries].sort(compareReferences)) {
    const label = citeLabel(entry);
    groups.set(label, [...(groups.get(label) ?? []), entry]);
  }
  const labels = new Map<string, string>();
  for (const [label, group] of groups) {
    group.forEach((entry, index) => labels.set(entry.key, group.length === 1 ? label : `${label}${String.fromCharCode(97 + index)}`));
  }
  return labels;
}
