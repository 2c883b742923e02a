/**
 * The exercises of every section (src/components/Exercise.astro): at least three, each with its answer computed
 * in the MDX (an expression, not typed digits), the precision it asks for (`decimals`), and a prompt that leaves
 * the precision to the component. The component itself fails the build on a bad prop; this test catches the
 * authoring rules the component cannot see.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const contentDir = join(import.meta.dirname, '../../content');

const sections = readdirSync(contentDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && /^chapter-\d$/.test(entry.name))
  .flatMap((dir) =>
    readdirSync(join(contentDir, dir.name))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => {
        const source = readFileSync(join(contentDir, dir.name, name), 'utf8');
        const exercises = [...source.matchAll(/<Exercise\b([^>]*)>/g)].map((match) => match[1] ?? '');
        return { file: `${dir.name}/${name}`, exercises };
      }),
  );

describe.each(sections)('content/$file', ({ exercises }) => {
  it('has at least three exercises', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(3);
  });

  it('computes every answer with an expression and asks for a stated number of decimals', () => {
    for (const attributes of exercises) {
      expect(attributes).toMatch(/\banswer=\{[^}]+\}/);
      expect(attributes).not.toMatch(/\banswer="/);
      expect(attributes).toMatch(/\bdecimals=\{\d\}/);
      expect(attributes).not.toMatch(/\btolerance=/);
    }
  });

  it('leaves the precision sentence to the component', () => {
    for (const attributes of exercises) {
      const prompt = /\bprompt="([^"]*)"/.exec(attributes)?.[1] ?? '';
      expect(prompt.length).toBeGreaterThan(10);
      expect(prompt).not.toMatch(/decimal|significant|precision/i);
    }
  });
});
