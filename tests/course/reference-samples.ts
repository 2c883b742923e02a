/**
 * Sample works for the bibliography's tests, as content/references.json holds them and as the sections stated
 * them before the bibliography existed (Bradley & Terry 1952, Biometrika 39(3/4), 324–345; Kendall 1938,
 * Biometrika 30(1/2), 81–93; Ouyang et al. 2022, arXiv:2203.02155; Cover & Thomas 2006, 2nd ed., Wiley; TRL).
 */
import type { ReferenceEntry } from '../../src/course/reference-entry';

export const bradley: ReferenceEntry = {
  key: 'bradley1952',
  kind: 'article',
  authors: ['Bradley, R. A.', 'Terry, M. E.'],
  title: 'Rank analysis of incomplete block designs: I. The method of paired comparisons',
  year: 1952,
  venue: 'Biometrika',
  volume: '39',
  issue: '3/4',
  pages: '324–345',
};

export const kendall: ReferenceEntry = {
  key: 'kendall1938',
  kind: 'article',
  authors: ['Kendall, M. G.'],
  title: 'A new measure of rank correlation',
  year: 1938,
  venue: 'Biometrika',
  volume: '30',
  issue: '1/2',
  pages: '81–93',
};

export const ouyang: ReferenceEntry = {
  key: 'ouyang2022',
  kind: 'inproceedings',
  authors: ['Ouyang, L.', 'Wu, J.', 'Jiang, X.'],
  etAl: true,
  title: 'Training language models to follow instructions with human feedback',
  year: 2022,
  venue: 'NeurIPS',
  arxiv: '2203.02155',
};

export const cover: ReferenceEntry = {
  key: 'cover2006',
  kind: 'book',
  authors: ['Cover, T. M.', 'Thomas, J. A.'],
  title: 'Elements of Information Theory',
  year: 2006,
  edition: '2nd',
  publisher: 'Wiley',
};

export const trl: ReferenceEntry = {
  key: 'vonwerra2020',
  kind: 'software',
  authors: ['von Werra, L.', 'Belkada, Y.', 'Tunstall, L.'],
  etAl: true,
  title: 'TRL: Transformer Reinforcement Learning',
  year: 2020,
  url: 'https://github.com/huggingface/trl',
  note: 'GitHub repository',
};
