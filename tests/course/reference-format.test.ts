import { describe, expect, it } from 'vitest';

import type { ReferenceEntry } from '../../src/course/reference-entry';
import {
  authorList,
  citeLabel,
  citeLabels,
  compareReferences,
  referenceLink,
  referenceParts,
  referenceText,
  surname,
} from '../../src/course/reference-format';
import { bradley, cover, ouyang, trl } from './reference-samples';

// Expected values: the author–year style the course's reference lists used before the bibliography existed
// ("Bradley, R. A., and Terry, M. E. (1952). … *Biometrika*, 39(3/4), 324–345."), and the sample works'
// data as the sections state it.
const rafailovScaling: ReferenceEntry = { key: 'rafailov2024scaling', kind: 'preprint', authors: ['Rafailov, R.', 'Chittepu, Y.', 'Park, R.'], title: 'Scaling laws for reward model overoptimization in direct alignment algorithms', year: 2024, arxiv: '2406.02900' };
const rafailovQ: ReferenceEntry = { key: 'rafailov2024q', kind: 'preprint', authors: ['Rafailov, R.', 'Hejna, J.', 'Park, R.', 'Finn, C.'], title: 'From r to Q*: Your language model is secretly a Q-function', year: 2024, arxiv: '2404.12358' };

describe('surname(author)', () => {
  it('keeps particles and hyphens', () => {
    expect(surname('von Werra, L.')).toBe('von Werra');
    expect(surname('Lippman-Hand, A.')).toBe('Lippman-Hand');
  });
});

describe('citeLabel(entry)', () => {
  it('names one author, two authors, or the first with "et al."', () => {
    expect(citeLabel({ authors: ['Kendall, M. G.'], year: 1938 })).toBe('Kendall 1938');
    expect(citeLabel(bradley)).toBe('Bradley and Terry 1952');
    expect(citeLabel(ouyang)).toBe('Ouyang et al. 2022');
    expect(citeLabel({ authors: ['Gao, L.', 'Schulman, J.', 'Hilton, J.'], year: 2023 })).toBe('Gao et al. 2023');
    expect(citeLabel({ authors: ['Bai, Y.'], etAl: true, year: 2022 })).toBe('Bai et al. 2022');
  });

  it('rejects an empty author list', () => {
    expect(() => citeLabel({ authors: [], year: 2000 })).toThrow(RangeError);
  });
});

describe('citeLabels(entries)', () => {
  it('adds a, b to the year where two works would read the same, in bibliography order', () => {
    const labels = citeLabels([rafailovScaling, rafailovQ, bradley]);
    expect(labels.get('rafailov2024q')).toBe('Rafailov et al. 2024a');
    expect(labels.get('rafailov2024scaling')).toBe('Rafailov et al. 2024b');
    expect(labels.get('bradley1952')).toBe('Bradley and Terry 1952');
  });
});

describe('authorList(entry)', () => {
  it('joins with commas and a final "and", or ends with "et al."', () => {
    expect(authorList(bradley)).toBe('Bradley, R. A., and Terry, M. E.');
    expect(authorList(ouyang)).toBe('Ouyang, L., Wu, J., Jiang, X., et al.');
    expect(authorList({ authors: ['Kendall, M. G.'] })).toBe('Kendall, M. G.');
  });
});

describe('referenceLink(entry)', () => {
  it('prefers the arXiv abstract page, then the DOI, then the address', () => {
    expect(referenceLink(ouyang)).toEqual({ href: 'https://arxiv.org/abs/2203.02155', text: 'arXiv:2203.02155' });
    expect(referenceLink({ doi: '10.2307/2334029' })).toEqual({ href: 'https://doi.org/10.2307/2334029', text: 'doi:10.2307/2334029' });
    expect(referenceLink(trl)).toEqual({ href: 'https://github.com/huggingface/trl', text: 'github.com/huggingface/trl' });
    expect(referenceLink(cover)).toBeUndefined();
  });
});

describe('referenceParts(entry) and referenceText(entry)', () => {
  it('reads as the course lists wrote a journal article', () => {
    expect(referenceParts(bradley)).toEqual({
      lead: 'Bradley, R. A., and Terry, M. E. (1952).',
      title: bradley.title,
      titleItalic: false,
      venue: 'Biometrika',
      details: ', 39(3/4), 324–345.',
    });
    expect(referenceText(bradley)).toBe(
      'Bradley, R. A., and Terry, M. E. (1952). Rank analysis of incomplete block designs: I. The method of paired comparisons. Biometrika, 39(3/4), 324–345.',
    );
  });

  it('ends a conference paper with its arXiv id, a book with edition and publisher, software with what it is', () => {
    expect(referenceText(ouyang)).toBe(
      'Ouyang, L., Wu, J., Jiang, X., et al. (2022). Training language models to follow instructions with human feedback. NeurIPS. arXiv:2203.02155.',
    );
    expect(referenceParts(cover).titleItalic).toBe(true);
    expect(referenceText(cover)).toBe('Cover, T. M., and Thomas, J. A. (2006). Elements of Information Theory. 2nd edition. Wiley.');
    expect(referenceText(trl)).toBe(
      'von Werra, L., Belkada, Y., Tunstall, L., et al. (2020). TRL: Transformer Reinforcement Learning. GitHub repository. github.com/huggingface/trl.',
    );
  });

  it('prints the year as the citations do when given one with its letter ("2024b")', () => {
    expect(referenceParts(ouyang, '2022b').lead).toBe('Ouyang, L., Wu, J., Jiang, X., et al. (2022b).');
    expect(referenceText(ouyang, '2022b')).toContain('(2022b). Training language models');
  });

  it('names a report by its institution and number', () => {
    const minka: ReferenceEntry = { key: 'minka2005', kind: 'report', authors: ['Minka, T.'], title: 'Divergence measures and message passing', year: 2005, publisher: 'Microsoft Research', number: 'MSR-TR-2005-173' };
    expect(referenceText(minka)).toBe('Minka, T. (2005). Divergence measures and message passing. Microsoft Research technical report MSR-TR-2005-173.');
  });
});

describe('compareReferences(a, b)', () => {
  it('orders by first surname ignoring "von" and accents, then year, then title', () => {
    const frenay: ReferenceEntry = { ...bradley, key: 'frenay2014', authors: ['Frénay, B.'], year: 2014, title: 'Classification in the presence of label noise' };
    const sorted = [trl, ouyang, rafailovScaling, frenay, rafailovQ, bradley, cover].sort(compareReferences).map((entry) => entry.key);
    expect(sorted).toEqual(['bradley1952', 'cover2006', 'frenay2014', 'ouyang2022', 'rafailov2024q', 'rafailov2024scaling', 'vonwerra2020']);
  });
});
