/**
 * The site's public address (env SITE at build time) and what depends on it. With SITE the pages carry a
 * canonical link to SITE + their path and the gallery's snippets name SITE. Without it the build cannot know the
 * address: no page may claim one (the default `http://localhost:4321` used to end up in every canonical link and
 * snippet), the gallery leaves a placeholder that it fills with the page's own origin in the browser
 * (tests/e2e/embed.test.ts), and the build warns. The 404 page, served at any unknown path, has no canonical
 * either way. Link previews (OpenGraph, Twitter card) carry the page's title and description, and with SITE its
 * address and the preview image; with SITE the build writes a sitemap of the course's pages, which robots.txt
 * names. `npm test` runs these checks on both kinds of build: the `/` build has no SITE, the sub-path build has
 * SITE=https://example.org (scripts/test.mjs).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import siteUrlNotice from '../../integrations/site-url-notice.mjs';
import { robotsTxt } from '../../src/course/robots.ts';
import { attr, parsePage } from './html.ts';
import { basePath, distDir, htmlPages, readPage } from './site.ts';

const site = process.env['SITE'] ? new URL(process.env['SITE']) : null;
const pages = htmlPages();
const gallery = pages.find((page) => page.rel === 'widgets/index.html');
/** The placeholder src/pages/widgets/index.astro leaves when SITE is unset. */
const PLACEHOLDER = 'https://this-course.invalid';

const canonicalOf = (page: (typeof pages)[number]): string[] =>
  parsePage(page)
    .querySelectorAll('link[rel="canonical"]')
    .map((link) => attr(link, 'href') ?? '');

describe(`canonical links (SITE ${site ? site.href : 'unset'})`, () => {
  it.each(pages.filter((page) => page.rel !== '404.html').map((page) => [page.rel, page] as const))('%s', (_, page) => {
    expect(canonicalOf(page)).toEqual(site ? [new URL(page.urlPath, site).href] : []);
  });

  it('404.html has none', () => {
    const notFound = pages.find((page) => page.rel === '404.html');
    expect(notFound).toBeDefined();
    if (notFound) expect(canonicalOf(notFound)).toEqual([]);
  });

  it('no page names a guessed address (localhost)', () => {
    expect(pages.filter((page) => /https?:\/\/localhost\b/.test(readPage(page))).map((page) => page.rel)).toEqual([]);
  });
});

describe('gallery snippets', () => {
  it('the gallery exists', () => {
    expect(gallery).toBeDefined();
  });

  it('show the <id> placeholder as written, not percent-encoded', () => {
    const html = gallery ? readPage(gallery) : '';
    expect(html).not.toContain('%3Cid%3E');
    expect(html).toContain('/embed/&lt;id&gt;/');
  });

  it(site ? 'name SITE' : 'carry the placeholder that the page fills with its own origin', () => {
    const root = gallery ? parsePage(gallery) : null;
    const snippets = (root?.querySelectorAll('pre code') ?? []).map((code) => code.textContent);
    expect(snippets.length).toBeGreaterThan(0);
    const expected = site ? site.origin : PLACEHOLDER;
    for (const snippet of snippets) expect(snippet).toContain(`${expected}/`);
    const container = root?.querySelector('[data-page-origin]') ?? null;
    expect(container === null ? null : attr(container, 'data-page-origin')).toBe(site ? null : PLACEHOLDER);
  });
});

describe('siteUrlNotice()', () => {
  const run = (config: { site?: string }): string[] => {
    const warnings: string[] = [];
    const integration = siteUrlNotice();
    const hooks = integration.hooks as Record<string, (options: unknown) => void>;
    hooks['astro:config:done']?.({ config });
    hooks['astro:build:start']?.({ logger: { warn: (message: string) => warnings.push(message) } });
    return warnings;
  };

  it('warns when SITE is unset', () => {
    const warnings = run({});
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('SITE is not set');
  });

  it('stays quiet when SITE is set', () => {
    expect(run({ site: 'https://example.org' })).toEqual([]);
  });
});

/** The content of each `<meta>` with this property or name, in the page's head. */
const metaOf = (page: (typeof pages)[number], key: string): string[] =>
  parsePage(page)
    .querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)
    .map((meta) => attr(meta, 'content') ?? '');

describe(`link previews (SITE ${site ? site.href : 'unset'})`, () => {
  it.each(pages.filter((page) => page.rel !== '404.html').map((page) => [page.rel, page] as const))('%s', (_, page) => {
    const root = parsePage(page);
    const description = root.querySelector('meta[name="description"]');
    expect(metaOf(page, 'og:title')).toEqual([root.querySelector('title')?.textContent ?? '']);
    expect(metaOf(page, 'og:description')).toEqual([description === null ? '' : (attr(description, 'content') ?? '')]);
    expect(metaOf(page, 'og:description')[0]?.length).toBeGreaterThan(20);
    expect(metaOf(page, 'og:url')).toEqual(site ? [new URL(page.urlPath, site).href] : []);
    const image = site ? new URL(`${basePath}og-image.png`, site).href : null;
    expect(metaOf(page, 'og:image')).toEqual(image ? [image] : []);
    expect(metaOf(page, 'twitter:image')).toEqual(image ? [image] : []);
    expect(metaOf(page, 'twitter:card')).toEqual([image ? 'summary_large_image' : 'summary']);
  });

  it('the preview image is in the build, 1200×630 (PNG header)', () => {
    const png = readFileSync(path.join(distDir, 'og-image.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});

describe(`sitemap and robots.txt (SITE ${site ? site.href : 'unset'})`, () => {
  const read = (name: string) => readFileSync(path.join(distDir, name), 'utf8');
  const locations = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);

  it('robots.txt allows every page and names the sitemap when the address is known', () => {
    expect(read('robots.txt')).toBe(robotsTxt(site ?? undefined, basePath));
  });

  it(site ? 'the sitemap lists every course page at SITE + base, and no embed or 404 page' : 'there is no sitemap', () => {
    if (!site) {
      expect(existsSync(path.join(distDir, 'sitemap-index.xml'))).toBe(false);
      return;
    }
    const index = locations(read('sitemap-index.xml'));
    expect(index).toEqual([new URL(`${basePath}sitemap-0.xml`, site).href]);
    const listed = locations(read('sitemap-0.xml')).sort();
    const expected = pages
      .filter((page) => page.rel !== '404.html' && !page.rel.startsWith('embed/'))
      .map((page) => new URL(page.urlPath, site).href)
      .sort();
    expect(listed).toEqual(expected);
  });
});
