import { describe, expect, it } from 'vitest';

import { decodeReferences, parseExcerpt } from '../../src/course/search-excerpt';

// Expected values: Pagefind 1.5 excerpts, as its browser module returns them (page text HTML-escaped, matches
// wrapped in <mark>), and the HTML character references of the WHATWG HTML standard (U+2013 EN DASH = &#x2013;).
describe('decodeReferences(text)', () => {
  it('decodes the named references Pagefind writes and numeric references', () => {
    expect(decodeReferences('a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#x27; &apos;')).toBe(`a & b <c> "d" 'e' '`);
    expect(decodeReferences('Bradley&#x2013;Terry, &#8211;')).toBe('Bradley–Terry, –');
  });

  it('leaves unknown names, bare ampersands and out-of-range code points as written', () => {
    expect(decodeReferences('&bogus; & &#x110000; &#0;')).toBe('&bogus; & &#x110000; &#0;');
  });
});

describe('parseExcerpt(excerpt)', () => {
  it('splits the text at <mark> tags into plain and marked runs', () => {
    expect(parseExcerpt('the <mark>Bradley</mark>&#x2013;Terry model')).toEqual([
      { text: 'the ', mark: false },
      { text: 'Bradley', mark: true },
      { text: '–Terry model', mark: false },
    ]);
  });

  it('keeps escaped markup and unexpected tags as literal text, never as elements', () => {
    expect(parseExcerpt('&lt;img src=x onerror=alert(1)&gt; <b>bold</b> <mark>x</mark>')).toEqual([
      { text: '<img src=x onerror=alert(1)> <b>bold</b> ', mark: false },
      { text: 'x', mark: true },
    ]);
  });

  it('merges adjacent runs of one kind and drops empty ones', () => {
    expect(parseExcerpt('<mark>a</mark><mark>b</mark><mark></mark>')).toEqual([{ text: 'ab', mark: true }]);
    expect(parseExcerpt('')).toEqual([]);
  });

  it('reads an unclosed <mark> as marked to the end, and a stray </mark> as a boundary', () => {
    expect(parseExcerpt('a <MARK>b')).toEqual([
      { text: 'a ', mark: false },
      { text: 'b', mark: true },
    ]);
    expect(parseExcerpt('a</mark>b')).toEqual([{ text: 'ab', mark: false }]);
  });
});
