/**
 * The course outline: chapters with the sections that exist, in reading order.
 *
 * Built from the content collections at build time, so navigation only ever lists written sections.
 * Pure: takes plain records, so tests can call it without Astro.
 */

/** What the outline needs from a section entry. */
export interface SectionRecord {
  /** Collection id, e.g. `chapter-2/bradley-terry`; also the page's path below the base. */
  id: string;
  chapter: number;
  /** Section number such as `2.3`. */
  section: string;
  title: string;
  summary: string;
}

/** What the outline needs from a chapter entry. */
export interface ChapterRecord {
  number: number;
  title: string;
  summary: string;
}

export interface OutlineChapter<S extends SectionRecord = SectionRecord> extends ChapterRecord {
  sections: S[];
}

/** Orders section numbers numerically (`2.10` after `2.9`). */
export function compareSectionNumbers(a: string, b: string): number {
  const [aChapter = 0, aSection = 0] = a.split('.').map(Number);
  const [bChapter = 0, bSection = 0] = b.split('.').map(Number);
  return aChapter - bChapter || aSection - bSection;
}

/**
 * Groups sections under their chapters, both in reading order; chapters without a written section are left out.
 * Throws when two files claim the same section number or a section names an unknown chapter.
 *
 * @example
 * courseOutline([{ number: 2, title: 'The formal objects', summary: '…' }],
 *   [{ id: 'chapter-2/bradley-terry', chapter: 2, section: '2.3', title: 'Bradley–Terry preference model', summary: '…' }])
 * // → [{ number: 2, title: 'The formal objects', …, sections: [{ section: '2.3', … }] }]
 */
export function courseOutline<S extends SectionRecord, C extends ChapterRecord = ChapterRecord>(
  chapters: readonly C[],
  sections: readonly S[],
): (C & OutlineChapter<S>)[] {
  const seen = new Map<string, string>();
  for (const entry of sections) {
    const previous = seen.get(entry.section);
    if (previous !== undefined) {
      throw new Error(`Section ${entry.section} is claimed by both ${previous} and ${entry.id}`);
    }
    seen.set(entry.section, entry.id);
    if (!chapters.some((chapter) => chapter.number === entry.chapter)) {
      throw new Error(`Section ${entry.id} names chapter ${entry.chapter}, which content/chapters.json does not define`);
    }
  }
  return [...chapters]
    .sort((a, b) => a.number - b.number)
    .map((chapter) => ({
      ...chapter,
      sections: sections
        .filter((entry) => entry.chapter === chapter.number)
        .sort((a, b) => compareSectionNumbers(a.section, b.section)),
    }))
    .filter((chapter) => chapter.sections.length > 0);
}

/** The sections of an outline flattened in reading order (for prev/next links). */
export function readingOrder<S extends SectionRecord>(outline: readonly OutlineChapter<S>[]): S[] {
  return outline.flatMap((chapter) => chapter.sections);
}

/** The sections before and after `id` in reading order (undefined at either end). */
export function neighbours<S extends SectionRecord>(
  outline: readonly OutlineChapter<S>[],
  id: string,
): { previous: S | undefined; next: S | undefined } {
  const order = readingOrder(outline);
  const index = order.findIndex((entry) => entry.id === id);
  return {
    previous: index > 0 ? order[index - 1] : undefined,
    next: index >= 0 ? order[index + 1] : undefined,
  };
}
