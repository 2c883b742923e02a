/**
 * BibTeX for a work of the bibliography, generated from its data so it cannot drift from the reference the page
 * shows. Values are braced; characters special to (La)TeX are escaped and accented letters become TeX accent
 * commands, so the entry compiles with plain BibTeX as well as with biber.
 */
import type { ReferenceEntry, ReferenceKind } from './reference-entry';
import { referenceUrl } from './reference-format';

const ENTRY_TYPES: Record<ReferenceKind, string> = {
  article: 'article',
  inproceedings: 'inproceedings',
  book: 'book',
  preprint: 'misc',
  report: 'techreport',
  software: 'misc',
  web: 'misc',
};

/** TeX accent commands for the combining marks that occur in names: acute, grave, circumflex, umlaut, tilde… */
const ACCENTS: Record<string, string> = {
  '\u0300': '`',
  '\u0301': "'",
  '\u0302': '^',
  '\u0303': '~',
  '\u0308': '"',
  '\u0327': 'c',
  '\u030C': 'v',
};

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\^{}',
  '~': '\\~{}',
  '–': '--',
  '—': '---',
  ß: '{\\ss}',
  ø: '{\\o}',
  Ø: '{\\O}',
  ł: '{\\l}',
  Ł: '{\\L}',
};

/**
 * Escapes text for a braced BibTeX value: TeX specials get a backslash, dashes become `--`/`---`, and an
 * accented letter becomes a braced accent command (`é` → `{\'e}`), which keeps sorting and case changes intact.
 *
 * @example
 * bibtexEscape('Frénay & {Verleysen}') // → "Fr{\\'e}nay \\& \\{Verleysen\\}"
 */
export function bibtexEscape(text: string): string {
  let out = '';
  for (const char of text.normalize('NFD')) {
    const accent = ACCENTS[char];
    if (accent !== undefined) {
      // Wrap the letter just written: `e` → `{\'e}` (`{\c c}` for letter-like commands).
      const base = out.slice(-1);
      out = `${out.slice(0, -1)}{\\${accent}${/[a-z]/i.test(accent) ? ' ' : ''}${base}}`;
      continue;
    }
    if (/[\u0300-\u036f]/.test(char)) throw new RangeError(`bibtexEscape: no TeX accent for U+${char.codePointAt(0)?.toString(16).toUpperCase()}`);
    out += SPECIAL[char] ?? char;
  }
  return out;
}

/** "Surname, I." names joined the way BibTeX reads a list; a list kept short ends in `and others`. */
function bibtexAuthors(entry: ReferenceEntry): string {
  const names = entry.authors.map((author) => (author.startsWith('von ') ? `von ${author.slice(4)}` : author));
  if (entry.etAl === true) names.push('others');
  return names.map(bibtexEscape).join(' and ');
}

/**
 * The BibTeX entry of a work, fields in a fixed order, each value braced. Titles are double-braced so styles keep
 * their capitals (acronyms such as DPO and RLHF).
 *
 * @example
 * toBibtex({ key: 'kendall1938', kind: 'article', authors: ['Kendall, M. G.'], year: 1938,
 *   title: 'A new measure of rank correlation', venue: 'Biometrika', pages: '81–93' })
 * // → '@article{kendall1938,\n  author = {Kendall, M. G.},\n  title = {{A new measure of rank correlation}},\n
 * //     journal = {Biometrika},\n  year = {1938},\n  pages = {81--93}\n}'
 */
export function toBibtex(entry: ReferenceEntry): string {
  const fields: [string, string][] = [
    ['author', bibtexAuthors(entry)],
    ['title', `{${bibtexEscape(entry.title)}}`],
  ];
  const push = (name: string, value: string | undefined) => {
    if (value !== undefined) fields.push([name, bibtexEscape(value)]);
  };
  if (entry.kind === 'article') push('journal', entry.venue);
  else if (entry.kind === 'inproceedings') push('booktitle', entry.venue);
  else push('howpublished', entry.venue);
  fields.push(['year', String(entry.year)]);
  push('volume', entry.volume);
  push('number', entry.kind === 'report' ? entry.number : entry.issue);
  push('pages', entry.pages);
  push('edition', entry.edition);
  push(entry.kind === 'report' ? 'institution' : 'publisher', entry.publisher);
  if (entry.arxiv !== undefined) {
    fields.push(['eprint', entry.arxiv], ['archiveprefix', 'arXiv']);
  }
  if (entry.doi !== undefined) fields.push(['doi', entry.doi]);
  const url = referenceUrl(entry);
  if (url !== undefined) fields.push(['url', url]);
  push('note', entry.note);
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@${ENTRY_TYPES[entry.kind]}{${entry.key},\n${body}\n}`;
}
