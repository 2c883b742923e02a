/** A run of an excerpt's text, highlighted (`mark`) where it matched the reader's query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** The character references Pagefind's excerpts contain (it escapes the page text it stores). */
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Decodes the character references of an HTML text run: the five named ones, `&nbsp;`, and numeric ones
 * (`&#39;`, `&#x27;`). Anything else, and any code point outside Unicode, stays as written.
 *
 * @example
 * decodeReferences('Bradley&#x2013;Terry &amp; co') // → 'Bradley–Terry & co'
 */
export function decodeReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Splits a Pagefind excerpt (escaped page text with the query's matches wrapped in `<mark>…</mark>`) into plain
 * text runs, so that the search dialog can build it from text nodes and `<mark>` elements instead of assigning
 * the index's HTML to the page. Any other tag-like text is kept as literal text; adjacent runs of the same kind
 * are merged and empty runs dropped.
 *
 * @example
 * parseExcerpt('the <mark>Bradley</mark>&#x2013;Terry model')
 * // → [{ text: 'the ', mark: false }, { text: 'Bradley', mark: true }, { text: '–Terry model', mark: false }]
 */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    const tag = piece.toLowerCase();
    if (tag === '<mark>' || tag === '</mark>') {
      mark = tag === '<mark>';
      continue;
    }
    const text = decodeReferences(piece);
    if (text === '') continue;
    const last = parts[parts.length - 1];
    if (last !== undefined && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  }
  return parts;
}
