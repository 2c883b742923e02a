import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Comments and TSDoc cite the course section (`content/…`) or a paper (authors, year), never the planning
 * documents the course was written from: a person who clones the repository does not have them.
 */
const ROOT = join(import.meta.dirname, '../..');
const FOLDERS = ['src', 'tests', 'integrations', 'scripts'];
const TEXT_FILE = /\.(ts|mts|js|mjs|cjs|astro|mdx|md|css|json|txt|html)$/;

// Spelled from parts so that this file does not cite them itself.
const PLANNING_DOCS = ['COURSE', 'REFERENCE', 'WRITING', 'DESIGN', 'CONTRACTS'].map((name) => `${name}.md`);
const CITATION = new RegExp(`\\b(${PLANNING_DOCS.map((doc) => doc.replace('.', '\\.')).join('|')})\\b`);

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && TEXT_FILE.test(entry.name) && !entry.parentPath.includes('node_modules'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** `path:line: text` for every line of `files` that cites a planning document. */
function planningCitations(files: readonly string[]): string[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (CITATION.test(line) ? [`${relative(ROOT, file)}:${String(i + 1)}: ${line.trim()}`] : [])),
  );
}

describe(`${FOLDERS.join(', ')}: no citations of planning documents`, () => {
  const files = FOLDERS.flatMap(sourceFiles);

  it('finds the source files (a walk that finds nothing cannot fail)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((file) => file.endsWith(join('src', 'math', 'dpo.ts')))).toBe(true);
  });

  it(`cites no ${PLANNING_DOCS.join(', ')}`, () => {
    expect(planningCitations(files)).toEqual([]);
  });

  it('recognises a citation such as the ones it replaced', () => {
    const [course, reference, , design] = PLANNING_DOCS;
    for (const text of [`${reference!} §4`, `shared/${course!} §5.3`, `(${design!} "security")`]) expect(CITATION.test(text), text).toBe(true);
    for (const text of ['content/chapter-5/dpo-loss.mdx', 'README.md', 'Rafailov et al. 2023']) expect(CITATION.test(text), text).toBe(false);
  });
});
