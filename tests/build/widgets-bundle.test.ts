/**
 * The standalone embedding bundle (`<base>widgets.js` and its chunks under `widgets/`, built by
 * integrations/widgets-bundle.mjs):
 * - it ships minified: Vite's library mode keeps whitespace, `@__PURE__` annotations and module-path comments in
 *   ES output unless told otherwise; a regression there grew the bundle from about 182 KB to 233 KB (65 → 71 KB
 *   gzip);
 * - a host page pays for the widgets it uses: widgets.js itself imports nothing up front and stays small (it
 *   was 64 KB gzip while it imported every element), and each widget has a chunk of its own that widgets.js
 *   imports only on demand (src/widgets/embed.ts);
 * - every import inside the bundle is relative and names a file of the bundle, so it resolves next to
 *   widgets.js on any origin.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { distDir, listFiles, widgetIds } from './site.ts';

/** The entry's size limit, gzip: the same as a page's JavaScript before any widget is near (DESIGN budgets). */
const ENTRY_GZIP_LIMIT = 3000;

/** Module specifiers in minified output: static (`import … from"x"`, `import"x"`) and dynamic (`import("x")`). */
function importsOf(source: string): { staticImports: string[]; dynamicImports: string[] } {
  const staticImports = [...source.matchAll(/(?:\bfrom|\bimport)\s*["'`]([^"'`]+)["'`]/g)].map((match) => match[1] as string);
  const dynamicImports = [...source.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1] as string);
  return { staticImports, dynamicImports };
}

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

/** A bundle file and the files it imports statically, transitively: what loads before it runs. */
function staticClosure(rel: string, closure = new Set<string>()): Set<string> {
  if (closure.has(rel)) return closure;
  closure.add(rel);
  for (const specifier of importsOf(readFileSync(path.join(distDir, rel), 'utf8')).staticImports) {
    staticClosure(path.posix.join(path.posix.dirname(rel), specifier), closure);
  }
  return closure;
}

describe('widgets.js bundle', () => {
  it('widgets.js exists', () => {
    expect(bundleFiles).toContain('widgets.js');
  });

  it('widgets.js imports nothing up front and is at most 3 KB gzip', () => {
    const source = readFileSync(path.join(distDir, 'widgets.js'));
    expect(importsOf(source.toString('utf8')).staticImports).toEqual([]);
    expect(gzipSync(source, { level: 9 }).byteLength).toBeLessThanOrEqual(ENTRY_GZIP_LIMIT);
  });

  it('widgets.js imports one chunk per widget on demand, widgets/<id>-<hash>.js', () => {
    const { dynamicImports } = importsOf(readFileSync(path.join(distDir, 'widgets.js'), 'utf8'));
    const ids = widgetIds();
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      expect(dynamicImports.filter((specifier) => specifier.startsWith(`./widgets/${id}-`)), id).toHaveLength(1);
    }
    expect(dynamicImports).toHaveLength(ids.length);
  });

  it.each(bundleFiles)('%s imports only files of the bundle, by relative paths', (rel) => {
    const { staticImports, dynamicImports } = importsOf(readFileSync(path.join(distDir, rel), 'utf8'));
    for (const specifier of [...staticImports, ...dynamicImports]) {
      expect(specifier, `${rel} imports ${specifier}`).toMatch(/^\.\.?\//);
      const target = path.posix.join(path.posix.dirname(rel), specifier);
      expect(bundleFiles, `${rel} imports ${specifier}`).toContain(target);
    }
  });

  // src/math is declared pure (integrations/pure-math.mjs), so the math that widgets use stays in their own
  // chunks (or in a common chunk of the widgets that use it) instead of the chunk every widget loads. Before the
  // rule, the barrel src/math/index.ts put every widget's math into widgets/shared-<hash>.js. Marker: the argument
  // name "points" that rewardKlFrontier (src/math/reward-kl-frontier.ts, used by kl-budget and beta-temperature,
  // not by the shared platform) puts in its RangeError messages.
  it('the shared chunk carries no math the shared platform does not use', () => {
    const shared = bundleFiles.filter((rel) => /^widgets\/shared-[\w-]+\.js$/.test(rel));
    const klBudget = bundleFiles.filter((rel) => /^widgets\/kl-budget-[\w-]+\.js$/.test(rel));
    expect(shared).toHaveLength(1);
    expect(klBudget).toHaveLength(1);
    const mentions = (rel: string) => /["'`]points["'`]/.test(readFileSync(path.join(distDir, rel), 'utf8'));
    expect([...staticClosure(klBudget[0] as string)].filter(mentions).length).toBeGreaterThan(0);
    expect(mentions(shared[0] as string)).toBe(false);
  });

  // The training platform (run loop, transport buttons, run memo; TRAINING_PLATFORM in
  // integrations/widgets-bundle.mjs) is used by three widgets of 25: it sits in a common chunk of theirs, not in
  // the chunk every widget loads. Marker: the transport buttons' group label (src/widgets/shared/transport-controls.ts).
  it('the shared chunk carries no training platform, which dpo-trainer still loads', () => {
    const shared = bundleFiles.filter((rel) => /^widgets\/shared-[\w-]+\.js$/.test(rel));
    const trainer = bundleFiles.filter((rel) => /^widgets\/dpo-trainer-[\w-]+\.js$/.test(rel));
    expect(shared).toHaveLength(1);
    expect(trainer).toHaveLength(1);
    const mentions = (rel: string) => readFileSync(path.join(distDir, rel), 'utf8').includes('Training run');
    expect([...staticClosure(trainer[0] as string)].filter(mentions)).toHaveLength(1);
    expect(mentions(shared[0] as string)).toBe(false);
  });

  // Chart.js declares every scale in one module; the widgets register only the linear one (chart-controller.ts).
  // The bundle treats property reads as free of side effects (integrations/widgets-bundle.mjs), so the other
  // scales, whose static defaults read other objects' properties, are dropped: 6.5 KB gzip that every widget
  // loaded. Markers: the static ids of the logarithmic and time-series scales and the date adapter's error text.
  it('the shared chunk carries none of the Chart.js scales the widgets do not register', () => {
    const shared = bundleFiles.filter((rel) => /^widgets\/shared-[\w-]+\.js$/.test(rel));
    expect(shared).toHaveLength(1);
    const source = readFileSync(path.join(distDir, shared[0] as string), 'utf8');
    expect(source).toMatch(/["'`]linear["'`]/);
    for (const marker of [/["'`]logarithmic["'`]/, /["'`]timeseries["'`]/, /complete date adapter/]) {
      expect(source, String(marker)).not.toMatch(marker);
    }
  });

  it.each(bundleFiles)('%s is minified', (rel) => {
    const source = readFileSync(path.join(distDir, rel), 'utf8');
    expect(unminifiedSigns(source)).toEqual([]);
    // Minified output keeps only the line breaks inside template literals (Lit templates and styles, section 2.1's
    // JSONL dataset as a string), well over 150 characters a line on average; unminified code has about 30-40.
    expect(source.length / source.split('\n').length).toBeGreaterThan(150);
  });
});
