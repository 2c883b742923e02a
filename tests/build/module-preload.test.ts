/**
 * The site's scripts carry no module-preload helper (integrations/no-module-preload.mjs): before any widget is
 * near, a section page loads at most 3 KB gzip of JavaScript, and Vite's helper alone was 0.9 KB of it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { distDir, listFiles } from './site.ts';

const clientScripts = listFiles(['.js']).filter((file) => file.includes('_astro/'));

describe('client scripts of the site', () => {
  it('there are client scripts to check', () => {
    expect(clientScripts.length).toBeGreaterThan(3);
  });

  it.each(clientScripts)('%s neither adds modulepreload links nor lists chunks to preload', (file) => {
    const code = readFileSync(path.join(distDir, file), 'utf8');
    expect(code).not.toMatch(/modulepreload/);
    expect(code).not.toMatch(/__vite__mapDeps/);
  });
});
