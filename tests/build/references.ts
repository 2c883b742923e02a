/**
 * Every URL a built page or stylesheet refers to, classified as an asset (loaded with the page: scripts,
 * stylesheets, images, fonts, frames) or a navigation link (a, area, link rel=next …), and resolved against
 * the site: internal targets map to a file in dist, external ones are reported as such.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { attr, parsePage } from './html.ts';
import { basePath, distDir, fileForUrlPath, type SitePage } from './site.ts';

export interface Reference {
  /** 'asset' is fetched with the page; 'link' is navigated to. */
  kind: 'asset' | 'link';
  /** Where it was found, e.g. `script[src]`, `style url()`, `css url()`. */
  where: string;
  /** The URL as written. */
  value: string;
}

/** Link relations whose target is fetched with the page. */
const ASSET_RELS = new Set([
  'stylesheet', 'icon', 'shortcut', 'apple-touch-icon', 'mask-icon', 'manifest', 'preload', 'modulepreload',
  'prefetch', 'prerender', 'dns-prefetch', 'preconnect',
]);

const ASSET_ATTRIBUTES: readonly (readonly [selector: string, attribute: string])[] = [
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['input[src]', 'src'],
  ['source[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['iframe[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['use[href]', 'href'],
  ['image[href]', 'href'],
];
const SRCSET_SELECTORS = ['img[srcset]', 'source[srcset]'];
const LINK_ATTRIBUTES: readonly (readonly [selector: string, attribute: string])[] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['form[action]', 'action'],
];

/** The url(...) and @import "…" targets in a piece of CSS. */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const match of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g)) {
    urls.push((match[1] ?? match[2] ?? match[3] ?? '').trim());
  }
  for (const match of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)) {
    urls.push(match[1] ?? match[2] ?? '');
  }
  return urls;
}

/** Every URL a page refers to in its markup (including inline styles and `<style>` blocks). */
export function pageReferences(page: SitePage): Reference[] {
  const root = parsePage(page);
  const found: Reference[] = [];
  const add = (kind: Reference['kind'], where: string, value: string | null): void => {
    if (value !== null) found.push({ kind, where, value: value.trim() });
  };
  for (const [selector, name] of ASSET_ATTRIBUTES) {
    for (const element of root.querySelectorAll(selector)) add('asset', selector, attr(element, name));
  }
  for (const selector of SRCSET_SELECTORS) {
    for (const element of root.querySelectorAll(selector)) {
      for (const candidate of (attr(element, 'srcset') ?? '').split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) add('asset', selector, url);
      }
    }
  }
  for (const element of root.querySelectorAll('link[href]')) {
    const rels = (attr(element, 'rel') ?? '').toLowerCase().split(/\s+/);
    add(rels.some((rel) => ASSET_RELS.has(rel)) ? 'asset' : 'link', `link[rel=${rels.join(' ')}]`, attr(element, 'href'));
  }
  for (const [selector, name] of LINK_ATTRIBUTES) {
    for (const element of root.querySelectorAll(selector)) add('link', selector, attr(element, name));
  }
  for (const element of root.querySelectorAll('[style]')) {
    for (const url of cssUrls(attr(element, 'style') ?? '')) add('asset', 'style="" url()', url);
  }
  for (const element of root.querySelectorAll('style')) {
    for (const url of cssUrls(element.textContent)) add('asset', '<style> url()', url);
  }
  return found;
}

/** Every URL a stylesheet in dist refers to. */
export function stylesheetReferences(rel: string): Reference[] {
  const css = readFileSync(path.join(distDir, rel), 'utf8');
  return cssUrls(css).map((value) => ({ kind: 'asset', where: 'css url()', value }));
}

/** Where a reference points, once resolved against the document that holds it. */
export type Resolved =
  | { type: 'inline' } // data:, blob:, about:, or an empty fragment
  | { type: 'external'; url: URL } // another host, mailto:, tel: …
  | { type: 'outside-base'; pathname: string } // this host, but not under the base path
  | { type: 'missing'; pathname: string } // under the base, but no file in dist
  | { type: 'file'; file: string; fragment: string | null };

const PLACEHOLDER_ORIGIN = 'http://site.invalid';

/** The site's own origin and base from env SITE, so absolute links to the deployed site count as internal. */
function siteUrl(): URL | null {
  const site = process.env['SITE'];
  if (!site) return null;
  try {
    return new URL(basePath, site);
  } catch {
    return null;
  }
}

/**
 * Resolves a reference found in the document served at `documentUrlPath` (a path under the base).
 *
 * @example resolveReference('../x/#y', '/chapter-1/a/') // { type: 'file', file: '…/dist/chapter-1/x/index.html', fragment: 'y' }
 */
export function resolveReference(value: string, documentUrlPath: string): Resolved {
  if (/^(data|blob|about):/i.test(value) || value === '#' || value === '') return { type: 'inline' };
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN + documentUrlPath);
  } catch {
    return { type: 'missing', pathname: value };
  }
  const site = siteUrl();
  if (url.origin !== PLACEHOLDER_ORIGIN) {
    if (site !== null && url.origin === site.origin && url.pathname.startsWith(site.pathname)) {
      url = new URL(url.pathname + url.search + url.hash, PLACEHOLDER_ORIGIN);
    } else {
      return { type: 'external', url };
    }
  }
  if (!url.pathname.startsWith(basePath) && url.pathname !== basePath.slice(0, -1)) {
    return { type: 'outside-base', pathname: url.pathname };
  }
  const pathname = url.pathname.startsWith(basePath) ? url.pathname : basePath;
  const file = fileForUrlPath(pathname);
  if (file === null) return { type: 'missing', pathname };
  const fragment = url.hash.length > 1 ? decodeURIComponent(url.hash.slice(1)) : null;
  return { type: 'file', file, fragment };
}

/** True when a URL as written would send the browser to another host (absolute or protocol-relative). */
export function pointsToAnotherHost(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(value) ? !/^(data|blob|about):/i.test(value) : value.startsWith('//');
}
