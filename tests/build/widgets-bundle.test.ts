/**
 * The standalone embedding bundle (`<base>widgets.js` and its chunks under `widgets/`, built by
 * integrations/widgets-bundle.mjs) ships minified: embedders' readers download it whole. Vite's library mode
 * keeps whitespace, `@__PURE__` annotations and module-path comments in ES output unless told otherwise; a
 * regression there grew the bundle from about 182 KB to 233 KB (65 → 71 KB gzip).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { distDir, listFiles } from './site.ts';

const bundleFiles = listFiles(['.js']).filter((rel) => rel === 'widgets.js' || rel.startsWith('widgets/'));

/** Signs of unminified output, each with the lines (1-based) where it shows, at most three. */
function unminifiedSigns(source: string): string[] {
  const lines = source.split('\n');
  const where = (test: (line: string) => boolean): number[] =>
    lines.flatMap((line, index) => (test(line) ? [index + 1] : [])).slice(0, 3);
  const signs: [string, number[]][] = [
    // Vite's unminified output indents with tabs; the sources (and so the Lit templates kept verbatim) use spaces.
    ['tab-indented line', where((line) => /^\t+\S/.test(line))],
    ['@__PURE__ annotation', where((line) => line.includes('@__PURE__'))],
    ['module path comment', where((line) => /^\/\/ (node_modules|src)\//.test(line))],
  ];
  return signs.flatMap(([sign, at]) => (at.length > 0 ? [`${sign} at line ${at.join(', ')}`] : []));
}

describe('widgets.js bundle', () => {
  it('widgets.js exists', () => {
    expect(bundleFiles).toContain('widgets.js');
  });

  it.each(bundleFiles)('%s is minified', (rel) => {
    const source = readFileSync(path.join(distDir, rel), 'utf8');
    expect(unminifiedSigns(source)).toEqual([]);
    // Minified output keeps only the line breaks inside template literals (Lit templates and styles).
    expect(source.length / source.split('\n').length).toBeGreaterThan(400);
  });
});
