/**
 * The prose of a section's MDX source, for the tests that check its numbers against `src/math`: the body without
 * frontmatter, imports and exports, code blocks, the references, `<SectionLink/>` and `<Widget/>` tags, `<Cite/>`
 * tags (replaced by their `label` when they have one, the words the reader sees) and `\val` numbers (a `\val` is
 * the widget's own value, which the build checks: src/course/rehype-wired-math.ts), with the true minus sign
 * written as `-`.
 *
 * @example
 * sectionProse('chapter-2/reward-model.mdx').includes('## Derivation'); // → true
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The content folder (`content/`). */
export const contentDir = join(import.meta.dirname, '../../content');

/** A section's MDX file: its path under `content/` (`chapter-2/reward-model.mdx`), its chapter folder and its source. */
export interface SectionSource {
  file: string;
  /** The chapter folder's number (`chapter-2/…` → 2). */
  folderChapter: number;
  source: string;
}

/**
 * Every section file of `content/chapter-<n>/`, with its source.
 *
 * @example
 * sectionSources().some((section) => section.file === 'chapter-2/reward-model.mdx'); // → true
 */
export function sectionSources(): SectionSource[] {
  return readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^chapter-\d$/.test(entry.name))
    .flatMap((dir) =>
      readdirSync(join(contentDir, dir.name))
        .filter((name) => name.endsWith('.mdx'))
        .map((name) => ({
          file: `${dir.name}/${name}`,
          folderChapter: Number(dir.name.slice('chapter-'.length)),
          source: readFileSync(join(contentDir, dir.name, name), 'utf8'),
        })),
    );
}

/**
 * @param file a path under `content/`, e.g. `chapter-2/reward-model.mdx`
 */
export function sectionProse(file: string): string {
  return readFileSync(join(contentDir, file), 'utf8')
    .replace(/\u2212/g, '-')
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .split('\n## References')[0]!
    .replace(/```[\s\S]*?```/g, '')
    .replace(/^(import|export) .*$/gm, '')
    .replace(/<(SectionLink|Widget)\b[^>]*\/>/g, '')
    .replace(/<Cite\b[^>]*?\blabel="([^"]*)"[^>]*\/>/g, '$1')
    .replace(/<Cite\b[^>]*\/>/g, '')
    .replace(/\\val\{[a-z0-9-]+\}\{[^}]*\}/g, '');
}
