/**
 * The bibliography and the sections agree: content/references.json is well formed (each work once), every
 * section ends with a `<References>` list under "## References" (not a hand-written markdown list), every key a
 * section cites or lists is in the file, every `<Cite>` of a section is in its list, and every work is cited by
 * some section.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { citeKeys, referenceListKeys } from '../../src/course/cited-keys';
import { parseReferences } from '../../src/course/reference-entry';
import { contentDir, sectionSources } from './section-prose';

const references = parseReferences(JSON.parse(readFileSync(join(contentDir, 'references.json'), 'utf8')));
const known = new Set(references.map((entry) => entry.key));

const sections = sectionSources();

describe('content/references.json', () => {
  it('holds works', () => {
    expect(references.length).toBeGreaterThan(0);
  });

  it('has no work that no section cites', () => {
    const used = new Set(sections.flatMap(({ source }) => [...referenceListKeys(source), ...citeKeys(source)]));
    expect(references.map((entry) => entry.key).filter((key) => !used.has(key))).toEqual([]);
  });
});

describe.each(sections.map((section) => [section.file, section] as const))('%s', (_, { source }) => {
  const afterHeading = source.split(/^## References$/m)[1];

  it('ends with a "## References" heading followed by a <References> list, not a markdown list', () => {
    expect(afterHeading, 'no "## References" heading').toBeDefined();
    expect(afterHeading ?? '').toMatch(/^\s*<References\b/);
    expect(afterHeading ?? '', 'a hand-written list item: move the work to content/references.json').not.toMatch(/^- /m);
  });

  it('cites and lists only keys of content/references.json', () => {
    const keys = [...referenceListKeys(source), ...citeKeys(source)];
    expect(keys.filter((key) => !known.has(key))).toEqual([]);
  });

  it('lists every work it cites with <Cite>, each once', () => {
    const listed = referenceListKeys(source);
    expect(new Set(listed).size).toBe(listed.length);
    expect(citeKeys(source).filter((key) => !listed.includes(key))).toEqual([]);
  });

  it('cites at least one work in its text with <Cite>', () => {
    expect(citeKeys(source).length).toBeGreaterThan(0);
  });
});
