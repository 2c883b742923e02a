/**
 * The built site under test: where it is (env DIST_DIR, default `dist`), the base path it was built for
 * (env BASE_PATH, default `/`), and its pages. Shared by the build-output checks and the browser tests;
 * pages and widgets are discovered from the files, never from the source, so the tests stay decoupled.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { normalizeBase } from '../../scripts/serve.mjs';

/** Absolute path of the built site. */
export const distDir: string = path.resolve(process.env['DIST_DIR'] ?? 'dist');

/** The base path the site was built for, with leading and trailing slash (`/` or `/po-course/`). */
export const basePath: string = normalizeBase(process.env['BASE_PATH']);

/** A page of the built site. */
export interface SitePage {
  /** Absolute path of the HTML file. */
  file: string;
  /** Path relative to distDir with forward slashes, e.g. `chapter-2/bradley-terry/index.html`. */
  rel: string;
  /** URL path the page is served at, e.g. `/po-course/chapter-2/bradley-terry/`. */
  urlPath: string;
}

/**
 * Fails with a helpful message when the site has not been built.
 *
 * @example assertBuilt() // throws unless dist/index.html exists
 */
export function assertBuilt(): void {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(
      `No built site at ${distDir} (index.html missing). Run \`npm run build\` first, or set DIST_DIR ` +
        `(and BASE_PATH if it was built under a sub-path). \`npm test\` does both.`,
    );
  }
}

/**
 * Every file under distDir whose name ends with one of the extensions, sorted, as paths relative to distDir.
 *
 * @example listFiles(['.css']) // ['_astro/index.abc123.css', …]
 */
export function listFiles(extensions: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (extensions.some((ext) => entry.name.endsWith(ext))) found.push(toRel(full));
    }
  };
  walk(distDir);
  return found.sort();
}

/** Path relative to distDir with forward slashes. */
export function toRel(file: string): string {
  return path.relative(distDir, file).split(path.sep).join('/');
}

/**
 * The URL path a file in dist is served at: `chapter-1/x/index.html` → `<base>chapter-1/x/`,
 * `404.html` → `<base>404.html`.
 */
export function urlPathOf(rel: string): string {
  const withoutIndex = rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
  return basePath + withoutIndex;
}

/** Every HTML page of the site (pagefind's folder excluded: it holds no pages). */
export function htmlPages(): SitePage[] {
  assertBuilt();
  return listFiles(['.html'])
    .filter((rel) => !rel.startsWith('pagefind/'))
    .map((rel) => ({ file: path.join(distDir, rel), rel, urlPath: urlPathOf(rel) }));
}

/**
 * The whole course on one page, for printing (src/pages/print/index.astro). Its text is every section's, checked on
 * the section pages; the checks that walk a page element by element (html-validate, axe, reflow) leave it to its own
 * tests (tests/build/print-page.test.ts, tests/e2e/print-page.test.ts), which check what it adds: on 8 MB of
 * typeset math, html-validate alone took 117 s.
 */
export const BOOK_PAGE_REL = 'print/index.html';

/** Every HTML page but the book page ({@link BOOK_PAGE_REL}). */
export function pagesWithoutBook(): SitePage[] {
  return htmlPages().filter((page) => page.rel !== BOOK_PAGE_REL);
}

/** The raw text of a page. */
export function readPage(page: SitePage): string {
  return readFileSync(page.file, 'utf8');
}

/** The section number of a page (`data-section="2.3"` on its main container), or null. */
export function sectionOf(html: string): string | null {
  return /\sdata-section="([^"]+)"/.exec(html)?.[1] ?? null;
}

/** Section pages: pages whose markup carries data-section, in file order. */
export function sectionPages(): (SitePage & { section: string })[] {
  return htmlPages().flatMap((page) => {
    const section = sectionOf(readPage(page));
    return section === null ? [] : [{ ...page, section }];
  });
}

/**
 * Widget ids, discovered from the embed pages dist/embed/<id>/index.html.
 *
 * @example widgetIds() // ['annotator-agreement', 'bradley-terry', …]
 */
export function widgetIds(): string[] {
  assertBuilt();
  const embedDir = path.join(distDir, 'embed');
  if (!existsSync(embedDir)) return [];
  return readdirSync(embedDir)
    .filter((name) => existsSync(path.join(embedDir, name, 'index.html')))
    .sort();
}

/**
 * The file in dist a URL path (already stripped of query and hash) refers to, or null when none does or the
 * path lies outside the base. Directories resolve to their index.html.
 *
 * @example fileForUrlPath('/po-course/chapter-1/why/') // '/…/dist-sub/chapter-1/why/index.html'
 */
export function fileForUrlPath(urlPath: string): string | null {
  if (!urlPath.startsWith(basePath)) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath.slice(basePath.length));
  } catch {
    return null;
  }
  const candidate = path.resolve(distDir, `.${path.sep}${rel}`);
  if (candidate !== distDir && !candidate.startsWith(distDir + path.sep)) return null;
  if (!existsSync(candidate)) return null;
  if (statSync(candidate).isDirectory()) {
    const index = path.join(candidate, 'index.html');
    return existsSync(index) ? index : null;
  }
  return candidate;
}
