import { describe, expect, it } from 'vitest';

import { bibtexEscape, toBibtex } from '../../src/course/bibtex';
import type { ReferenceEntry } from '../../src/course/reference-entry';
import { bradley, cover, ouyang } from './reference-samples';

// Expected values: BibTeX's syntax and LaTeX's special characters and accent commands as Lamport, "LaTeX: A
// Document Preparation System" (2nd ed., §3.2.1 and Table 3.1) and the BibTeX manual (Patashnik, "BibTeXing",
// 1988: "and others", braces to protect capitals) define them.
describe('bibtexEscape(text)', () => {
  it('escapes braces and the other TeX specials', () => {
    expect(bibtexEscape('{a} & b % c $ d # e _ f')).toBe('\\{a\\} \\& b \\% c \\$ d \\# e \\_ f');
    expect(bibtexEscape('x^2 ~ y \\ z')).toBe('x\\^{}2 \\~{} y \\textbackslash{} z');
  });

  it('turns accented letters into braced accent commands', () => {
    expect(bibtexEscape('Frénay')).toBe("Fr{\\'e}nay");
    expect(bibtexEscape('Röttger')).toBe('R{\\"o}ttger');
    expect(bibtexEscape('Mülling, Altun')).toBe('M{\\"u}lling, Altun');
    expect(bibtexEscape('à ç ñ ô š')).toBe('{\\`a} {\\c c} {\\~n} {\\^o} {\\v s}');
    expect(bibtexEscape('ß ø Ł')).toBe('{\\ss} {\\o} {\\L}');
  });

  it('writes dashes as TeX ligatures', () => {
    expect(bibtexEscape('324–345 — Bradley–Terry')).toBe('324--345 --- Bradley--Terry');
  });

  it('refuses a combining mark it has no command for', () => {
    expect(() => bibtexEscape('a\u0328')).toThrow(RangeError);
  });
});

describe('toBibtex(entry)', () => {
  it('writes a journal article with volume, number and pages', () => {
    expect(toBibtex(bradley)).toBe(
      [
        '@article{bradley1952,',
        '  author = {Bradley, R. A. and Terry, M. E.},',
        '  title = {{Rank analysis of incomplete block designs: I. The method of paired comparisons}},',
        '  journal = {Biometrika},',
        '  year = {1952},',
        '  volume = {39},',
        '  number = {3/4},',
        '  pages = {324--345}',
        '}',
      ].join('\n'),
    );
  });

  it('writes a shortened author list with "and others", and an arXiv work with eprint and URL', () => {
    expect(toBibtex(ouyang)).toBe(
      [
        '@inproceedings{ouyang2022,',
        '  author = {Ouyang, L. and Wu, J. and Jiang, X. and others},',
        '  title = {{Training language models to follow instructions with human feedback}},',
        '  booktitle = {NeurIPS},',
        '  year = {2022},',
        '  eprint = {2203.02155},',
        '  archiveprefix = {arXiv},',
        '  url = {https://arxiv.org/abs/2203.02155}',
        '}',
      ].join('\n'),
    );
  });

  it('escapes accents in authors and braces in titles, and writes a report and a book', () => {
    const frenay: ReferenceEntry = {
      key: 'frenay2014',
      kind: 'article',
      authors: ['Frénay, B.', 'Verleysen, M.'],
      title: 'Noise {and} $k$',
      year: 2014,
      venue: 'IEEE TNNLS',
    };
    expect(toBibtex(frenay)).toContain("  author = {Fr{\\'e}nay, B. and Verleysen, M.},\n  title = {{Noise \\{and\\} \\$k\\$}},");
    const minka: ReferenceEntry = { key: 'minka2005', kind: 'report', authors: ['Minka, T.'], title: 'Divergence measures and message passing', year: 2005, publisher: 'Microsoft Research', number: 'MSR-TR-2005-173' };
    expect(toBibtex(minka)).toMatch(/^@techreport\{minka2005,[\s\S]*number = \{MSR-TR-2005-173\},\n {2}institution = \{Microsoft Research\}\n\}$/);
    expect(toBibtex(cover)).toMatch(/^@book\{cover2006,[\s\S]*edition = \{2nd\},\n {2}publisher = \{Wiley\}\n\}$/);
  });

  it('writes software and web pages as @misc with their address and what they are', () => {
    const trl: ReferenceEntry = { key: 'vonwerra2020', kind: 'software', authors: ['von Werra, L.'], etAl: true, title: 'TRL: Transformer Reinforcement Learning', year: 2020, url: 'https://github.com/huggingface/trl', note: 'GitHub repository' };
    expect(toBibtex(trl)).toBe(
      [
        '@misc{vonwerra2020,',
        '  author = {von Werra, L. and others},',
        '  title = {{TRL: Transformer Reinforcement Learning}},',
        '  year = {2020},',
        '  url = {https://github.com/huggingface/trl},',
        '  note = {GitHub repository}',
        '}',
      ].join('\n'),
    );
  });
});
