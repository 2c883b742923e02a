/**
 * The site's public address (env SITE at build time) and what depends on it. With SITE the pages carry a
 * canonical link to SITE + their path and the gallery's snippets name SITE. Without it the build cannot know the
 * address: no page may claim one (the default `http://localhost:4321` used to end up in every canonical link and
 * snippet), the gallery leaves a placeholder that it fills with the page's own origin in the browser
 * (tests/e2e/embed.test.ts), and the build warns. The 404 page, served at any unknown path, has no canonical
 * either way. Run against both builds: `npm test` (SITE unset) and `SITE=https://example.org npm test`.
 */
import { describe, expect, it } from 'vitest';

import siteUrlNotice from '../../integrations/site-url-notice.mjs';
import { attr, parsePage } from './html.ts';
import { htmlPages, readPage } from './site.ts';

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
