/**
 * Loads the outline from the content collections (build time only: imports `astro:content`).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { courseOutline, type OutlineChapter, type SectionRecord } from './outline';

/** A section as the navigation sees it, with its full collection entry. */
export interface OutlineSection extends SectionRecord {
  entry: CollectionEntry<'sections'>;
}

/** A chapter as the outline loads it: its whole entry (introduction included) and its written sections. */
export type LoadedChapter = CollectionEntry<'chapters'>['data'] & OutlineChapter<OutlineSection>;

/** Chapters with their written sections, in reading order. */
export async function loadOutline(): Promise<LoadedChapter[]> {
  const [chapters, sections] = await Promise.all([getCollection('chapters'), getCollection('sections')]);
  return courseOutline(
    chapters.map((chapter) => chapter.data),
    sections.map((entry) => ({
      id: entry.id,
      chapter: entry.data.chapter,
      section: entry.data.section,
      title: entry.data.title,
      summary: entry.data.summary,
      entry,
    })),
  );
}
