/**
 * The search index the build writes (integrations/pagefind-index.mjs): Pagefind's browser module and index under
 * `<base>pagefind/`, holding exactly the pages that mark their text with `data-pagefind-body` (home, chapter,
 * section and notation pages) and none of the widget gallery, the embeds, the parity page or the 404 page. The index keeps
 * page URLs relative to the site's root; the browser module adds the base path (tests/e2e/search.test.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

import { basePath, distDir, htmlPages, readPage } from './site.ts';

const pagefindDir = path.join(distDir, 'pagefind');

/** A page's record in the index: Pagefind 1.x fragment files are gzip'd JSON behind the signature `pagefind_dcd`. */
interface Fragment {
  url: string;
  content: string;
  meta: { title?: string };
}

function fragments(): Fragment[] {
  const dir = path.join(pagefindDir, 'fragment');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.pf_fragment'))
    .map((name) => {
      const text = gunzipSync(readFileSync(path.join(dir, name))).toString('utf8');
      expect(text.startsWith('pagefind_dcd'), `${name} is not a Pagefind fragment`).toBe(true);
      return JSON.parse(text.slice('pagefind_dcd'.length)) as Fragment;
    });
}

/** Page URLs relative to the site root, as the index holds them (`/chapter-2/bradley-terry/`). */
const rootRelative = (urlPath: string) => `/${urlPath.slice(basePath.length)}`;

describe('search index', () => {
  it('has the browser module, its WebAssembly and an index', () => {
    for (const name of ['pagefind.js', 'pagefind-worker.js', 'wasm.en.pagefind', 'pagefind-entry.json']) {
      expect(existsSync(path.join(pagefindDir, name)), name).toBe(true);
    }
    expect(readdirSync(pagefindDir).some((name) => name.endsWith('.pf_meta'))).toBe(true);
  });

  it('leaves out the ready-made search interfaces the site does not use', () => {
    expect(readdirSync(pagefindDir).filter((name) => /^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(name))).toEqual([]);
  });

  it('holds exactly the pages marked data-pagefind-body: home, chapters, sections and notation', () => {
    const marked = htmlPages()
      .filter((page) => /\sdata-pagefind-body[\s>=]/.test(readPage(page)))
      .map((page) => rootRelative(page.urlPath))
      .sort();
    const indexed = fragments()
      .map((fragment) => fragment.url)
      .sort();
    expect(indexed).toEqual(marked);
    expect(indexed).toContain('/');
    expect(indexed).toContain('/chapter-2/');
    expect(indexed).toContain('/chapter-2/bradley-terry/');
    expect(indexed).toContain('/notation/');
    for (const url of indexed) expect(url, `${url} is not course text`).toMatch(/^\/((chapter-\d+\/([a-z0-9-]+\/)?)|notation\/)?$/);
  });

  it('holds none of the gallery, embeds, parity page or 404 page', () => {
    const urls = new Set(fragments().map((fragment) => fragment.url));
    const others = htmlPages().filter((page) => /^(widgets|embed|parity)\/|^404\.html$/.test(page.rel));
    expect(others.length).toBeGreaterThan(2);
    for (const page of others) {
      expect(readPage(page), `${page.rel} marks text for search`).not.toMatch(/\sdata-pagefind-body[\s>=]/);
      expect(urls.has(rootRelative(page.urlPath)), `${page.rel} is in the index`).toBe(false);
    }
  });

  it('titles a section by its number and title, and leaves out widget fallback notes', () => {
    const section = fragments().find((fragment) => fragment.url === '/chapter-2/bradley-terry/');
    expect(section?.meta.title).toMatch(/^2\.3 Bradley/);
    expect(section?.content).toMatch(/Bradley/);
    for (const fragment of fragments()) {
      expect(fragment.content, fragment.url).not.toContain('needs JavaScript');
    }
  });
});
