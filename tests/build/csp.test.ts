/**
 * Every page carries a Content-Security-Policy meta tag (Astro's `security.csp`) at the top of its head,
 * before anything it governs, with a script policy that allows no inline or eval'd script and
 * `'unsafe-inline'` only for style attributes (KaTeX), as astro.config.mjs sets it.
 */
import type { HtmlElement } from 'html-validate';
import { describe, expect, it } from 'vitest';

import { attr, parsePage } from './html.ts';
import { htmlPages } from './site.ts';

const pages = htmlPages();

/** The directives of a policy: name → source list. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

function cspMeta(head: HtmlElement): HtmlElement[] {
  return head.querySelectorAll('meta[http-equiv]').filter((meta) => attr(meta, 'http-equiv')?.toLowerCase() === 'content-security-policy');
}

describe('Content-Security-Policy', () => {
  it.each(pages.map((page) => [page.rel, page] as const))('%s has a CSP meta tag that governs its scripts and styles', (_, page) => {
    const root = parsePage(page);
    const head = root.querySelector('head');
    expect(head, 'no <head>').not.toBeNull();
    if (head === null) return;
    const metas = cspMeta(head);
    expect(metas.length, 'exactly one <meta http-equiv="content-security-policy"> in <head>').toBe(1);
    const meta = metas[0];
    if (meta === undefined) return;

    // A meta policy only applies to what follows it.
    const governed = head
      .querySelectorAll('script, style, link[rel]')
      .filter((element) => element.tagName !== 'link' || /\b(stylesheet|modulepreload|preload)\b/i.test(attr(element, 'rel') ?? ''));
    const before = governed.filter((element) => element.location.offset < meta.location.offset).map((element) => element.tagName);
    expect(
      before,
      'scripts/styles before the CSP meta tag: a meta policy governs only what follows it, and Astro puts its ' +
        'meta after the <head> content a layout writes, so move inline scripts to the start of <body>',
    ).toEqual([]);

    const policy = parsePolicy(attr(meta, 'content') ?? '');
    const scriptSources = policy.get('script-src-elem') ?? policy.get('script-src') ?? policy.get('default-src');
    expect(scriptSources, 'no script-src (or default-src) directive').toBeDefined();
    for (const name of ['script-src', 'script-src-elem', 'script-src-attr', 'default-src']) {
      const sources = policy.get(name) ?? [];
      expect(sources, `${name} must not allow 'unsafe-eval'`).not.toContain("'unsafe-eval'");
      expect(sources, `${name} must not allow 'unsafe-inline'`).not.toContain("'unsafe-inline'");
    }
    for (const name of ['style-src', 'style-src-elem']) {
      expect(policy.get(name) ?? [], `${name} must not allow 'unsafe-inline' (only style-src-attr may)`).not.toContain("'unsafe-inline'");
    }
  });
});
