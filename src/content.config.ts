import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** A section number such as `2.3`: chapter 1–9, section 1–9. */
const sectionNumber = z.string().regex(/^[1-9]\.[1-9]$/, 'expected a section number such as "2.3"');

/** One MDX file per section, under `content/chapter-<n>/<slug>.mdx`. */
const sections = defineCollection({
  loader: glob({ base: './content', pattern: 'chapter-*/*.mdx' }),
  schema: z
    .object({
      chapter: z.number().int().min(1).max(9),
      section: sectionNumber,
      title: z.string().min(3),
      summary: z.string().min(20).max(300),
      objectives: z.array(z.string().min(5)).min(2),
      widget: z.string().regex(/^[a-z][a-z0-9-]*$/),
      prerequisites: z.array(sectionNumber).default([]),
    })
    .refine((data) => data.section.startsWith(`${data.chapter}.`), {
      message: 'section number must start with its chapter number',
      path: ['section'],
    }),
});

/** Chapter titles, blurbs (one line, for lists) and introductions (a paragraph, for the chapter's page), in
 * `content/chapters.json`. */
const chapters = defineCollection({
  loader: file('./content/chapters.json'),
  schema: z.object({
    id: z.string(),
    number: z.number().int().min(1).max(9),
    title: z.string(),
    summary: z.string(),
    introduction: z.string().min(80),
  }),
});

export const collections = { sections, chapters };
