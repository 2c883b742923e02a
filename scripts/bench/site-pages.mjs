/**
 * The pages of a built site: every `index.html` under the output folder (as its directory URL) plus
 * `404.html`, each with a kind used to pick which pages get Lighthouse runs and how they are labelled.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Folders that hold assets, not pages. */
const ASSET_FOLDERS = new Set(['_astro', 'pagefind']);

/**
 * @typedef {'home' | 'chapter' | 'section' | 'embed' | 'gallery' | 'book' | 'not-found' | 'other'} PageKind
 * @typedef {{ path: string, kind: PageKind }} SitePage  `path` is relative to the base, e.g. `chapter-2/bradley-terry/`
 */

/**
 * The kind of a page from its base-relative path.
 *
 * @param {string} pagePath
 * @returns {PageKind}
 * @example pageKind('chapter-2/') // 'chapter'
 * @example pageKind('chapter-2/bradley-terry/') // 'section'
 * @example pageKind('embed/dpo-loss/') // 'embed'
 * @example pageKind('print/') // 'book'
 */
export function pageKind(pagePath) {
  if (pagePath === '') return 'home';
  if (pagePath === '404.html') return 'not-found';
  if (/^chapter-[^/]+\/$/.test(pagePath)) return 'chapter';
  if (/^chapter-[^/]+\/.+/.test(pagePath)) return 'section';
  if (pagePath.startsWith('embed/')) return 'embed';
  if (pagePath === 'widgets/') return 'gallery';
  // The whole course on one page, for printing (src/pages/print/index.astro).
  if (pagePath === 'print/') return 'book';
  return 'other';
}

/**
 * Lists the pages of a built site, sorted: home, chapters, sections, other pages, gallery, book, 404, embeds.
 *
 * @param {string} outDir the build output folder (e.g. `dist`)
 * @returns {Promise<SitePage[]>}
 * @example await listPages('dist') // [{ path: '', kind: 'home' }, { path: 'chapter-2/bradley-terry/', kind: 'section' }, …]
 */
export async function listPages(outDir) {
  /** @type {SitePage[]} */
  const pages = [];
  /** @param {string} folder @param {string} relative */
  const walk = async (folder, relative) => {
    const entries = await readdir(folder, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (relative === '' && ASSET_FOLDERS.has(entry.name)) continue;
        await walk(path.join(folder, entry.name), `${relative}${entry.name}/`);
      } else if (entry.name === 'index.html') {
        pages.push({ path: relative, kind: pageKind(relative) });
      } else if (relative === '' && entry.name === '404.html') {
        pages.push({ path: '404.html', kind: 'not-found' });
      }
    }
  };
  await walk(outDir, '');
  const order = { home: 0, chapter: 1, section: 2, other: 3, gallery: 4, book: 5, 'not-found': 6, embed: 7 };
  return pages.sort(
    (a, b) => order[a.kind] - order[b.kind] || a.path.localeCompare(b.path, 'en', { numeric: true }),
  );
}
