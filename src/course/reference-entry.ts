/**
 * One work of the course bibliography (`content/references.json`) and the check that the whole file is well
 * formed: every field of the expected type, keys such as `ouyang2022`, each work once (no repeated key, title or
 * arXiv id). The build and the tests read the file only through {@link parseReferences}.
 */

/** How a work was published; decides its BibTeX entry type and how its venue reads. */
export const REFERENCE_KINDS = ['article', 'inproceedings', 'book', 'preprint', 'report', 'software', 'web'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

export interface ReferenceEntry {
  /** Citation key: first author's surname (lowercase ASCII), year, optional lowercase suffix: `rafailov2024q`. */
  key: string;
  kind: ReferenceKind;
  /** "Surname, I. I." in the paper's order; only the names the course states. */
  authors: string[];
  /** The author list above is the start of a longer one ("et al."). */
  etAl?: boolean;
  title: string;
  year: number;
  /** Journal, conference or series. */
  venue?: string;
  volume?: string;
  issue?: string;
  /** Page range with an en dash: `324–345`. */
  pages?: string;
  /** Report number. */
  number?: string;
  /** Edition of a book: `2nd`. */
  edition?: string;
  publisher?: string;
  /** arXiv identifier such as `2203.02155`. */
  arxiv?: string;
  doi?: string;
  /** Where to read it, when it is not an arXiv work. */
  url?: string;
  /** What the work is, when neither venue nor publisher says: "GitHub repository", "Blog note". */
  note?: string;
}

export const KEY_PATTERN = /^[a-z]+[0-9]{4}[a-z]*$/;
const ARXIV_PATTERN = /^[0-9]{4}\.[0-9]{4,5}$/;
const DOI_PATTERN = /^10\.[0-9]{4,9}\/\S+$/;
const PAGES_PATTERN = /^[0-9]+(–[0-9]+)?$/;
const OPTIONAL_TEXT = ['venue', 'volume', 'issue', 'number', 'edition', 'publisher', 'note'] as const;
const FIELDS = new Set(['key', 'kind', 'authors', 'etAl', 'title', 'year', 'pages', 'arxiv', 'doi', 'url', ...OPTIONAL_TEXT]);

function fail(where: string, field: string, problem: string): never {
  throw new RangeError(`references ${where}: "${field}" ${problem}`);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() === value && value.length > 0;
}

/**
 * Checks one work and returns it typed; throws a `RangeError` naming the entry (its key or index) and the field.
 *
 * @example
 * parseReferenceEntry({ key: 'kendall1938', kind: 'article', authors: ['Kendall, M. G.'],
 *   title: 'A new measure of rank correlation', year: 1938, venue: 'Biometrika' }, 0).key // → 'kendall1938'
 */
export function parseReferenceEntry(value: unknown, index: number): ReferenceEntry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`[${index}]`, 'entry', 'must be an object');
  const entry = value as Record<string, unknown>;
  const key = entry['key'];
  if (typeof key !== 'string' || !KEY_PATTERN.test(key)) fail(`[${index}]`, 'key', `must look like "ouyang2022", got ${JSON.stringify(key)}`);
  const where = `"${key}"`;
  for (const field of Object.keys(entry)) if (!FIELDS.has(field)) fail(where, field, 'is not a known field');
  if (!REFERENCE_KINDS.includes(entry['kind'] as ReferenceKind)) fail(where, 'kind', `must be one of ${REFERENCE_KINDS.join(', ')}`);
  const authors = entry['authors'];
  if (!Array.isArray(authors) || authors.length === 0) fail(where, 'authors', 'must be a non-empty array');
  for (const author of authors) {
    if (!isText(author) || !/^[^,]+, [^,]+$/.test(author)) fail(where, 'authors', `must hold "Surname, I." names, got ${JSON.stringify(author)}`);
  }
  if (entry['etAl'] !== undefined && entry['etAl'] !== true) fail(where, 'etAl', 'must be true or absent');
  if (!isText(entry['title'])) fail(where, 'title', 'must be non-empty text without surrounding spaces');
  const year = entry['year'];
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1700 || year > 2100) fail(where, 'year', 'must be a whole year between 1700 and 2100');
  if (key.match(/[0-9]{4}/)?.[0] !== String(year)) fail(where, 'key', `must contain its year ${year}`);
  for (const field of OPTIONAL_TEXT) if (entry[field] !== undefined && !isText(entry[field])) fail(where, field, 'must be non-empty text');
  if (entry['pages'] !== undefined && !(typeof entry['pages'] === 'string' && PAGES_PATTERN.test(entry['pages']))) fail(where, 'pages', 'must be a page or a range with an en dash, such as "324–345"');
  if (entry['arxiv'] !== undefined && !(typeof entry['arxiv'] === 'string' && ARXIV_PATTERN.test(entry['arxiv']))) fail(where, 'arxiv', 'must be an identifier such as "2203.02155"');
  if (entry['doi'] !== undefined && !(typeof entry['doi'] === 'string' && DOI_PATTERN.test(entry['doi']))) fail(where, 'doi', 'must be a DOI such as "10.2307/2334029"');
  if (entry['url'] !== undefined && !(typeof entry['url'] === 'string' && /^https?:\/\/[^\s"<>]+$/.test(entry['url']))) fail(where, 'url', 'must be an http(s) address');
  if (entry['kind'] === 'preprint' && entry['arxiv'] === undefined) fail(where, 'arxiv', 'is required for a preprint');
  if ((entry['kind'] === 'article' || entry['kind'] === 'inproceedings') && entry['venue'] === undefined) fail(where, 'venue', `is required for kind ${entry['kind'] as string}`);
  if (entry['kind'] === 'book' && entry['publisher'] === undefined) fail(where, 'publisher', 'is required for a book');
  if ((entry['kind'] === 'web' || entry['kind'] === 'software') && entry['url'] === undefined) fail(where, 'url', `is required for kind ${entry['kind'] as string}`);
  return entry as unknown as ReferenceEntry;
}

/**
 * Checks the whole bibliography: an array of well-formed works in which no key, title (ignoring case) or arXiv id
 * occurs twice. Throws a `RangeError` naming the first problem.
 *
 * @example
 * parseReferences([]) // → []
 */
export function parseReferences(value: unknown): ReferenceEntry[] {
  if (!Array.isArray(value)) throw new RangeError('references: the file must hold an array of works');
  const entries = value.map((entry, index) => parseReferenceEntry(entry, index));
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const identities: [string, string | undefined][] = [
      ['key', entry.key],
      ['title', entry.title.toLowerCase()],
      ['arxiv', entry.arxiv],
    ];
    for (const [field, identity] of identities) {
      if (identity === undefined) continue;
      const first = seen.get(`${field}:${identity}`);
      if (first !== undefined) fail(`"${entry.key}"`, field, `repeats the ${field} of "${first}": each work appears once`);
      seen.set(`${field}:${identity}`, entry.key);
    }
  }
  return entries;
}
