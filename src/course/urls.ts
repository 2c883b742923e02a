/**
 * Joins a site-relative path to the configured base path (`import.meta.env.BASE_URL`), so every link works
 * when the site is hosted under a sub-path.
 *
 * @example
 * withBase('/chapter-2/bradley-terry/', '/rlhf/') // → '/rlhf/chapter-2/bradley-terry/'
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

/** The path of a section page below the base, from its collection id. */
export function sectionPath(id: string): string {
  return `/${id}/`;
}

/**
 * The path of a chapter's page below the base: the folder its sections live in (`content/chapter-<n>/`).
 *
 * @example chapterPath(2) // → '/chapter-2/'
 */
export function chapterPath(chapter: number): string {
  return `/chapter-${chapter}/`;
}
