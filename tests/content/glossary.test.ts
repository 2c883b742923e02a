/**
 * content/glossary.json against the sections: it passes its schema with the real section numbers and KaTeX; every
 * term a section's "## Definitions" list puts in bold is a glossary term or alias (so a section that defines a new
 * term fails here until the glossary has it); an entry's section is the first section, in course order, whose
 * Definitions bold it; and the symbols the whole course leans on are all there.
 */
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import glossaryData from '../../content/glossary.json' with { type: 'json' };
import { entryForText, parseGlossary } from '../../src/course/glossary-entry';
import { sectionSources } from './section-prose';

const sections = sectionSources()
  .map(({ file, source }) => ({ file, section: /^section:\s*"?([0-9.]+)"?/m.exec(source)?.[1] ?? '', source }))
  .sort((a, b) => a.section.localeCompare(b.section, 'en', { numeric: true }));

/** Inline math in a bold term, as the page shows it: `add-$\alpha$ smoothing` → "add-α smoothing". */
const GREEK: Record<string, string> = { alpha: 'α', beta: 'β', tau: 'τ', kappa: 'κ' };
const plainMath = (text: string) => text.replace(/\$([^$]*)\$/g, (_, tex: string) => tex.replace(/\\([a-z]+)/g, (whole, name: string) => GREEK[name] ?? whole));

/** The bold terms of the list items of a section's Definitions part (up to the next h2). */
function definedTerms(source: string): string[] {
  const part = /^## Definitions\n([\s\S]*?)(?=^## )/m.exec(source)?.[1] ?? '';
  return part
    .split('\n')
    .filter((line) => /^\s*- /.test(line))
    .flatMap((line) => [...line.matchAll(/\*\*([^*]+)\*\*/g)].map((match) => plainMath(match[1] ?? '')));
}

const glossary = parseGlossary(glossaryData, {
  sections: sections.map((section) => section.section),
  renderTex: (tex) => katex.renderToString(tex, { throwOnError: true, strict: 'error' }),
});

describe('content/glossary.json', () => {
  it('passes its schema, with the sections that exist and KaTeX', () => {
    expect(glossary.entries.length).toBeGreaterThan(100);
  });

  it('has every section\'s Definitions part, with bold terms', () => {
    for (const section of sections) expect(definedTerms(section.source).length, section.file).toBeGreaterThan(0);
  });

  it('has every term a section defines in bold', () => {
    const missing = sections.flatMap((section) => definedTerms(section.source).filter((term) => entryForText(glossary.entries, term) === undefined).map((term) => `${section.section} ${term}`));
    expect(missing).toEqual([]);
  });

  it('gives each entry the first section, in course order, whose Definitions bold it', () => {
    const first = new Map<string, string>();
    for (const section of sections) {
      for (const term of definedTerms(section.source)) {
        const entry = entryForText(glossary.entries, term);
        if (entry !== undefined && !first.has(entry.id)) first.set(entry.id, section.section);
      }
    }
    const wrong = glossary.entries.filter((entry) => first.has(entry.id) && first.get(entry.id) !== entry.section).map((entry) => `${entry.id}: ${entry.section}, first bold in ${first.get(entry.id)}`);
    expect(wrong).toEqual([]);
  });

  it('has the symbols every chapter uses', () => {
    const symbols = new Set(glossary.entries.map((entry) => entry.tex?.split(/\s*=\s*/)[0]));
    for (const tex of ['x', 'y', 'y_w', 'y_l', 'r_\\phi', '\\pi_\\theta', '\\pi_{\\mathrm{ref}}', '\\beta', '\\sigma(z)', 'Z(x)', '\\Delta', 'h_\\theta(x, y)', '\\kappa', '\\mathrm{ECE}', '\\pi^*', '\\hat r_\\theta']) {
      expect(symbols, tex).toContain(tex);
    }
  });

  it('lists every entry under a group that has entries', () => {
    for (const group of glossary.groups) expect(glossary.entries.some((entry) => entry.group === group.id), group.id).toBe(true);
  });
});
