/**
 * The glossary's schema (src/course/glossary-entry.ts): what parseGlossary accepts, which entry its errors name,
 * and how text is looked up.
 */
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { entryForText, glossaryAnchor, GlossaryError, parseGlossary, termKey, type GlossaryEntry } from '../../src/course/glossary-entry';

const groups = [{ id: 'rewards', title: 'Rewards' }];
const margin = { id: 'margin', term: 'margin', tex: 'm = r_w - r_l', meaning: 'Chosen minus rejected reward.', section: '2.1', group: 'rewards' };
const renderTex = (tex: string) => katex.renderToString(tex, { throwOnError: true });
const parse = (entries: unknown[], sections: string[] = ['2.1', '2.3']) => () => parseGlossary({ groups, entries }, { sections, renderTex });

describe('parseGlossary(data, options)', () => {
  it('returns a valid file typed, without optional fields it does not have', () => {
    const glossary = parseGlossary({ groups, entries: [margin, { ...margin, id: 'gap', term: 'gap', tex: undefined, aliases: ['log-ratio gap'], local: true }] });
    expect(glossary.entries).toEqual([margin, { id: 'gap', term: 'gap', meaning: margin.meaning, section: '2.1', group: 'rewards', aliases: ['log-ratio gap'], local: true }]);
    expect(glossary.groups).toEqual(groups);
  });

  it('rejects an unknown section, naming the entry', () => {
    expect(parse([{ ...margin, section: '9.9' }])).toThrow(new GlossaryError('glossary entry "margin": names section 9.9, which does not exist'));
  });

  it('rejects a repeated id or a term that is already another entry\'s term or alias', () => {
    expect(parse([margin, { ...margin, term: 'other' }])).toThrow(/glossary entry "margin": repeats the id of entry 1/);
    expect(parse([margin, { ...margin, id: 'm2', term: 'Margin' }])).toThrow(/glossary entry "m2": "Margin" is already a term or alias of entry "margin"/);
    expect(parse([{ ...margin, aliases: ['gap'] }, { ...margin, id: 'gap', term: 'gap' }])).toThrow(/entry "gap": "gap" is already a term or alias of entry "margin"/);
  });

  it('rejects TeX that KaTeX cannot render', () => {
    expect(parse([{ ...margin, tex: '\\frac{1' }])).toThrow(/glossary entry "margin": KaTeX cannot render "\\\\frac\{1"/);
  });

  it('rejects missing or malformed fields, an unknown group and unknown fields', () => {
    expect(parse([{ ...margin, meaning: ' ' }])).toThrow(/"margin": needs a meaning/);
    expect(parse([{ ...margin, id: 'Margin' }])).toThrow(/"Margin": needs an id/);
    expect(parse([{ ...margin, section: '2.10' }])).toThrow(/needs a section number/);
    expect(parse([{ ...margin, group: 'misc' }])).toThrow(/names group "misc", which is not one of rewards/);
    expect(parse([{ ...margin, aliases: 'gap' }])).toThrow(/"aliases" must be a list/);
    expect(parse([{ ...margin, symbol: 'm' }])).toThrow(/unknown field "symbol"/);
    expect(parse(['margin'])).toThrow(/glossary entry 1: is not an object/);
    expect(() => parseGlossary({ entries: [] })).toThrow(GlossaryError);
  });
});

describe('termKey(text)', () => {
  it('lowercases, straightens apostrophes and collapses spaces', () => {
    expect(termKey(' Kendall’s  τ ')).toBe("kendall's τ");
  });
});

describe('entryForText(entries, text)', () => {
  const entries: GlossaryEntry[] = [
    { id: 'policy', term: 'policy', meaning: 'm', section: '1.1', group: 'policies' },
    { id: 'response', term: 'response', meaning: 'm', section: '1.1', group: 'data', aliases: ['candidate answer'] },
    { id: 'bins', term: 'bins', meaning: 'm', section: '3.4', group: 'evaluation' },
  ];
  it('finds a term, an alias or a plural, and nothing else', () => {
    expect(entryForText(entries, 'Policies')?.id).toBe('policy');
    expect(entryForText(entries, 'candidate answers')?.id).toBe('response');
    expect(entryForText(entries, 'bins')?.id).toBe('bins');
    expect(entryForText(entries, 'prompt')).toBeUndefined();
  });
});

describe('glossaryAnchor(entry)', () => {
  it('prefixes the id', () => {
    expect(glossaryAnchor({ id: 'kl-coefficient' })).toBe('term-kl-coefficient');
  });
});
