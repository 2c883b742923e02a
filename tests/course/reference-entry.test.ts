import { describe, expect, it } from 'vitest';

import { parseReferenceEntry, parseReferences } from '../../src/course/reference-entry';
import { kendall, ouyang } from './reference-samples';

// Expected values: the field rules stated in src/course/reference-entry.ts; the sample works are entries of
// content/references.json (Kendall 1938, Biometrika 30(1/2), 81–93; Ouyang et al. 2022, arXiv:2203.02155).
describe('parseReferenceEntry(value, index)', () => {
  it('returns a well-formed work unchanged', () => {
    expect(parseReferenceEntry(kendall, 0)).toEqual(kendall);
    expect(parseReferenceEntry(ouyang, 1)).toEqual(ouyang);
  });

  it.each([
    [{ ...kendall, key: 'Kendall1938' }, /"key" must look like "ouyang2022"/],
    [{ ...kendall, key: 'kendall1939' }, /"key" must contain its year 1938/],
    [{ ...kendall, kind: 'thesis' }, /"kind" must be one of/],
    [{ ...kendall, authors: [] }, /"authors" must be a non-empty array/],
    [{ ...kendall, authors: ['M. G. Kendall'] }, /"authors" must hold "Surname, I\." names/],
    [{ ...kendall, etAl: false }, /"etAl" must be true or absent/],
    [{ ...kendall, title: ' A new measure' }, /"title" must be non-empty text/],
    [{ ...kendall, year: 1938.5 }, /"year" must be a whole year/],
    [{ ...kendall, pages: '81-93' }, /"pages" must be a page or a range with an en dash/],
    [{ ...ouyang, arxiv: 'arXiv:2203.02155' }, /"arxiv" must be an identifier/],
    [{ ...kendall, doi: 'doi.org/10.1/x' }, /"doi" must be a DOI/],
    [{ ...kendall, url: 'javascript:alert(1)' }, /"url" must be an http\(s\) address/],
    [{ ...kendall, venue: undefined }, /"venue" is required for kind article/],
    [{ ...kendall, kind: 'book', venue: undefined }, /"publisher" is required for a book/],
    [{ ...kendall, kind: 'preprint' }, /"arxiv" is required for a preprint/],
    [{ ...kendall, kind: 'web' }, /"url" is required for kind web/],
    [{ ...kendall, journal: 'Biometrika' }, /"journal" is not a known field/],
  ])('rejects %o with a RangeError naming the field', (entry, message) => {
    expect(() => parseReferenceEntry(entry, 3)).toThrow(RangeError);
    expect(() => parseReferenceEntry(entry, 3)).toThrow(message);
  });

  it('names the entry by its index when the key itself is missing', () => {
    expect(() => parseReferenceEntry({ ...kendall, key: undefined }, 3)).toThrow(/references \[3\]: "key"/);
    expect(() => parseReferenceEntry('kendall1938', 3)).toThrow(/references \[3\]: "entry" must be an object/);
  });
});

describe('parseReferences(value)', () => {
  it('accepts a list of distinct works', () => {
    expect(parseReferences([kendall, ouyang]).map((entry) => entry.key)).toEqual(['kendall1938', 'ouyang2022']);
  });

  it('rejects a file that is not an array', () => {
    expect(() => parseReferences({ works: [] })).toThrow(/must hold an array/);
  });

  it('rejects a repeated key, a repeated title (ignoring case) and a repeated arXiv id', () => {
    expect(() => parseReferences([kendall, { ...kendall, title: 'Another title' }])).toThrow(/"kendall1938": "key" repeats the key of "kendall1938"/);
    expect(() => parseReferences([kendall, { ...kendall, key: 'kendall1938b', title: kendall.title.toUpperCase() }])).toThrow(
      /"kendall1938b": "title" repeats the title of "kendall1938"/,
    );
    expect(() => parseReferences([ouyang, { ...ouyang, key: 'ouyang2022b', title: 'InstructGPT' }])).toThrow(/"arxiv" repeats the arxiv of "ouyang2022"/);
  });
});
