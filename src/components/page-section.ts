/**
 * The section whose page is being rendered, found from the page's URL (build time only: imports
 * `astro:content`). Components inside a section's MDX use it to name the source file in build errors and to
 * read the section's citations.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

/** The section entry rendered at `url`, or `undefined` on a page that is not a section. */
export async function pageSection(url: URL, base: string = import.meta.env.BASE_URL): Promise<CollectionEntry<'sections'> | undefined> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname.replace(/^\/+/, '');
  const id = path.replace(/\/(index\.html)?$/, '');
  return (await getCollection('sections')).find((entry) => entry.id === id);
}
