import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * What the index leaves out of the pages it reads. KaTeX writes every formula twice, as MathML (what screen
 * readers read) and as positioned HTML spans (`.katex-html`, hidden from assistive technology), and keeps the TeX
 * source in an `<annotation>`: indexing the MathML alone gives each formula once, as its symbols (σ, β, π),
 * instead of three copies in every excerpt.
 */
export const EXCLUDED_SELECTORS = Object.freeze(['.katex-html', 'annotation']);

/**
 * Pagefind's ready-made search interfaces, which it writes beside the index (about 420 KB): the site has its own
 * dialog and uses only the search API (`pagefind.js`, its worker and WebAssembly), so these are removed.
 *
 * @example isUnusedUiFile('pagefind-ui.js') // true
 * @example isUnusedUiFile('pagefind.js') // false
 */
export function isUnusedUiFile(name) {
  return /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/.test(name);
}

/**
 * Builds the site's search index after the pages are written: Pagefind's Node API reads every HTML page of the
 * output folder and writes the index and its browser module (`pagefind/pagefind.js`, loaded by the search dialog
 * when a reader opens it, src/components/search-dialog.ts) to `<outDir>/pagefind/`. Only pages that mark their
 * text with `data-pagefind-body` are indexed (home, chapter and section pages); every other page (the widget
 * gallery, embeds, parity, 404) has none, which Pagefind takes as "leave this page out". The URLs in the index are
 * relative to the output folder, so one index serves any base path: the browser module prefixes them with the
 * folder it was loaded from. A failed indexing step fails the build.
 *
 * @example
 * // astro.config.mjs
 * integrations: [pagefindIndex()]
 * // $ npm run build   →  [po:pagefind] read 42 pages, wrote the index of those marked data-pagefind-body to dist/pagefind/
 * @returns {import('astro').AstroIntegration}
 */
export default function pagefindIndex() {
  return {
    name: 'po:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...EXCLUDED_SELECTORS], forceLanguage: 'en' });
          if (!index) throw new Error(`could not create the index: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(added.errors.join('; '));
          if (added.page_count === 0) throw new Error('no page marks its text with data-pagefind-body');
          const outputPath = path.join(outDir, 'pagefind');
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          for (const name of await readdir(outputPath)) {
            if (isUnusedUiFile(name)) await rm(path.join(outputPath, name));
          }
          logger.info(`read ${added.page_count} pages, wrote the index of those marked data-pagefind-body to ${path.relative(process.cwd(), outputPath) || outputPath}/`);
        } catch (error) {
          throw new Error(`Pagefind search index: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
