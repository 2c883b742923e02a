import { describe, expect, it } from 'vitest';
import { widgets } from '../../src/widgets/registry';
import { sectionSources } from './section-prose';

/** Every section file with the frontmatter fields these checks need (the full schema is enforced by the build). */
const sections = sectionSources().map(({ file, folderChapter, source }) => {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
  const field = (key: string) => new RegExp(`^${key}:\\s*"?([^"\\n]*)"?`, 'm').exec(frontmatter)?.[1];
  return { file, folderChapter, section: field('section'), widget: field('widget'), body: source.slice(frontmatter.length) };
});

describe('content/chapter-*/*.mdx', () => {
  it('has sections', () => {
    expect(sections.length).toBeGreaterThan(0);
  });

  it.each(sections)('$file lives in the folder of its chapter', ({ folderChapter, section }) => {
    expect(section?.split('.')[0]).toBe(String(folderChapter));
  });

  it.each(sections)('$file places the widget its frontmatter names, exactly once', ({ widget, body }) => {
    expect(widget).toMatch(/^[a-z][a-z0-9-]*$/);
    const placed = [...body.matchAll(/<Widget\s+id="([a-z0-9-]+)"/g)].map((match) => match[1]);
    expect(placed).toEqual([widget]);
  });
});

describe('src/widgets/registry.ts widgets', () => {
  it.each(widgets.map((widget) => [widget.id, widget] as const))('%s is the widget of its section', (_id, widget) => {
    const owner = sections.find((entry) => entry.section === widget.section);
    expect(owner?.widget).toBe(widget.id);
  });
});
