import { describe, expect, it } from 'vitest';
import { robotsTxt } from '../../src/course/robots';

describe('robotsTxt(site, base)', () => {
  it('allows every page and names no sitemap without a public address', () => {
    expect(robotsTxt(undefined, '/')).toBe('User-agent: *\nAllow: /\n');
  });

  it('names the sitemap index at the base of the public address', () => {
    expect(robotsTxt(new URL('https://example.org'), '/')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap-index.xml\n');
    expect(robotsTxt(new URL('https://example.org/'), '/po-course/')).toContain('Sitemap: https://example.org/po-course/sitemap-index.xml\n');
  });
});
