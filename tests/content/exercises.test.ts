/**
 * The exercises of every section (src/components/Exercise.astro): at least three, each with its answer computed
 * in the MDX (an expression, not typed digits), the precision it asks for (`decimals`), and a prompt that leaves
 * the precision to the component. The component itself fails the build on a bad prop; this test catches the
 * authoring rules the component cannot see.
 */
import { describe, expect, it } from 'vitest';
import { sectionSources } from './section-prose';

const sections = sectionSources().map(({ file, source }) => ({
  file,
  exercises: [...source.matchAll(/<Exercise\b([^>]*)>/g)].map((match) => match[1] ?? ''),
}));

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
