/**
 * A Vite plugin that takes Vite's module-preload helper out of the site's pages. Vite wraps every dynamic
 * `import()` of the client build (the widget loader's, the exercise checker's) in a helper that adds
 * `<link rel="modulepreload">` for the imported chunk's dependencies: 0.9 KB gzip of code that every section page
 * would load before any widget is near, almost a third of the 3 KB budget for that moment. With this plugin:
 *
 *   1. `build.modulePreload` is `false` for the client environment (Astro builds that environment with its own
 *      `build` options, so a top-level `vite.build.modulePreload` does not reach it), and every wrapped import
 *      gets an empty dependency list;
 *   2. the helper chunk, which then only calls the import it is given, is replaced by exactly that call;
 *   3. that call is written into each chunk that imported the helper, and the helper's chunk is dropped
 *      (inlineHelper below).
 *
 * A widget's chunk then fetches its shared chunks (Lit, Chart.js) when it runs, one round trip later than with
 * preloading; the loader starts a widget 600 px before it scrolls into view, which hides that round trip.
 *
 * @example
 * // astro.config.mjs
 * vite: { plugins: [noModulePreload()] }
 * @returns {import('vite').Plugin}
 */
export default function noModulePreload() {
  return {
    name: 'po:no-module-preload',
    configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
    generateBundle(_options, bundle) {
      if (this.environment?.name !== 'client') return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.moduleIds.some((id) => id.includes('vite/preload-helper'))) continue;
        const [name, ...others] = chunk.exports;
        if (name === undefined || others.length > 0 || chunk.moduleIds.length !== 1) {
          throw new Error(`po:no-module-preload: unexpected preload helper chunk ${chunk.fileName} (exports ${chunk.exports.join(', ')})`);
        }
        chunk.code = `const load=(importChunk)=>importChunk();export{load as ${name}};\n`;
        inlineHelper(bundle, chunk.fileName, name);
      }
    },
  };
}

/**
 * Step 3: the helper, now `(importChunk) => importChunk()`, goes into each chunk that imports it (one short
 * `const` in place of the import statement), and its own chunk leaves the bundle: one request fewer, about 65 B
 * gzip, for every page whose scripts make a dynamic import (all of them, since the site header's search opener
 * does). Fails the build when an importer's statement is not the expected `import{t as e}from"./<helper>"`.
 *
 * @param {Record<string, { type: string, code?: string, imports?: string[], fileName: string }>} bundle
 * @param {string} helperFile the helper chunk's file name, e.g. `_astro/preload-helper.DygEbaNj.js`
 * @param {string} exportName the name the helper chunk exports (`t`)
 */
function inlineHelper(bundle, helperFile, exportName) {
  const base = helperFile.split('/').pop() ?? helperFile;
  const escaped = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const statement = new RegExp(`import\\s*\\{\\s*${escaped(exportName)}\\s+as\\s+([\\w$]+)\\s*\\}\\s*from\\s*(["'\`])\\./${escaped(base)}\\2;?`);
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== 'chunk' || chunk.fileName === helperFile || !chunk.imports?.includes(helperFile)) continue;
    const code = chunk.code ?? '';
    const match = statement.exec(code);
    if (match === null) throw new Error(`po:no-module-preload: ${chunk.fileName} imports ${helperFile} in an unexpected form: ${code.slice(0, 300)}`);
    chunk.code = `${code.slice(0, match.index)}const ${match[1]}=f=>f();${code.slice(match.index + match[0].length)}`;
    chunk.imports = chunk.imports.filter((file) => file !== helperFile);
  }
  delete bundle[helperFile];
}
