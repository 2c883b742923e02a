/**
 * Tests of src/course/prefix-ids.ts: a section's ids and every reference to them get the prefix, links to other
 * sections on the same page become in-page links, headings move down, and bad options throw RangeErrors naming
 * the option.
 */
import { describe, expect, it } from 'vitest';

import { prefixedId, prefixIds } from '../../src/course/prefix-ids.ts';

const NONE = new Map<string, string>();

describe('prefixIds(html, options)', () => {
  it('prefixes ids and same-page links, and moves headings down', () => {
    expect(prefixIds('<h2 id="loss">The loss</h2><a href="#loss">up</a>', { prefix: 's', headingShift: 2, sections: NONE })).toBe(
      '<h4 id="s--loss">The loss</h4><a href="#s--loss">up</a>',
    );
  });

  it('prefixes every attribute that refers to ids, lists included', () => {
    const html =
      '<label for="a">A</label><input id="a"><button popovertarget="card" interestfor="card"></button><span id="card" popover></span>' +
      '<div aria-labelledby="x y" aria-describedby="z" aria-controls="w"></div>';
    const out = prefixIds(html, { prefix: 'p', headingShift: 0, sections: NONE });
    expect(out).toContain('for="p--a"');
    expect(out).toContain('id="p--a"');
    expect(out).toContain('popovertarget="p--card"');
    expect(out).toContain('interestfor="p--card"');
    expect(out).toContain('aria-labelledby="p--x p--y"');
    expect(out).toContain('aria-describedby="p--z"');
    expect(out).toContain('aria-controls="p--w"');
  });

  it('turns links to sections on the page into in-page links, with or without a fragment, and leaves other links', () => {
    const sections = new Map([['/po/chapter-2/bradley-terry/', 'chapter-2-bradley-terry']]);
    const out = prefixIds(
      '<a href="/po/chapter-2/bradley-terry/">2.3</a><a href="/po/chapter-2/bradley-terry/#the-loss">loss</a><a href="/po/notation/#beta">β</a><a href="https://arxiv.org/abs/2305.18290">paper</a>',
      { prefix: 'chapter-5-dpo-loss', headingShift: 2, sections },
    );
    expect(out).toContain('href="#chapter-2-bradley-terry"');
    expect(out).toContain('href="#chapter-2-bradley-terry--the-loss"');
    expect(out).toContain('href="/po/notation/#beta"');
    expect(out).toContain('href="https://arxiv.org/abs/2305.18290"');
  });

  it('keeps a fragment that is not valid percent-encoding as written', () => {
    expect(prefixIds('<a href="#%E0">x</a>', { prefix: 's', headingShift: 0, sections: NONE })).toBe('<a href="#s--%E0">x</a>');
  });

  it('stops headings at h6, and keeps a bare "#" link', () => {
    expect(prefixIds('<h5>x</h5><a href="#">top</a>', { prefix: 's', headingShift: 3, sections: NONE })).toBe('<h6>x</h6><a href="#">top</a>');
  });

  it.each([
    ['prefix', { prefix: 'Bad Prefix', headingShift: 0, sections: NONE }, /prefix must be lowercase/],
    ['headingShift', { prefix: 's', headingShift: 1.5, sections: NONE }, /headingShift must be a whole number from 0 to 5/],
    ['headingShift', { prefix: 's', headingShift: 6, sections: NONE }, /headingShift/],
  ])('rejects a bad %s with a RangeError', (_, options, message) => {
    expect(() => prefixIds('<p></p>', options)).toThrow(RangeError);
    expect(() => prefixIds('<p></p>', options)).toThrow(message);
  });
});

describe('prefixedId(prefix, id)', () => {
  it('joins with --', () => {
    expect(prefixedId('chapter-2-bradley-terry', 'intuition')).toBe('chapter-2-bradley-terry--intuition');
  });
});
