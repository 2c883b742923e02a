/**
 * The site's robots.txt (src/pages/robots.txt.ts): every page may be crawled, and with a known public address
 * (SITE) the file names the sitemap that @astrojs/sitemap writes at the base, `sitemap-index.xml`. Crawlers only
 * read robots.txt at a host's root, so a host serving the course under a sub-path copies these lines into its own.
 */
import { withBase } from './urls.ts';

/**
 * The text of robots.txt for a site address (or none) and a base path.
 *
 * @example
 * robotsTxt(new URL('https://example.org'), '/rlhf/');
 * // → 'User-agent: *\nAllow: /\n\nSitemap: https://example.org/rlhf/sitemap-index.xml\n'
 */
export function robotsTxt(site: URL | undefined, base: string): string {
  const rules = 'User-agent: *\nAllow: /\n';
  return site === undefined ? rules : `${rules}\nSitemap: ${new URL(withBase('/sitemap-index.xml', base), site).href}\n`;
}
