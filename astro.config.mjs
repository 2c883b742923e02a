// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import remarkMath from 'remark-math';
import widgetsBundle from './integrations/widgets-bundle.mjs';
import siteUrlNotice from './integrations/site-url-notice.mjs';
import pagefindIndex from './integrations/pagefind-index.mjs';
import noModulePreload from './integrations/no-module-preload.mjs';
import katexWoff2Only from './integrations/katex-woff2-only.mjs';
import rehypeKatexFontFaces from './integrations/rehype-katex-font-faces.mjs';
import { rehypeEquationAnchors, rehypeEquationLabels } from './src/course/rehype-equation-numbers.ts';
import { pureMathModules } from './integrations/pure-math.mjs';
import rehypeWiredMath from './src/course/rehype-wired-math.ts';
import { headingAnchorOptions } from './src/course/heading-anchors.ts';
import rehypeHeadingTexts from './src/course/heading-texts.ts';
import rehypeGlossaryLinks from './src/course/rehype-glossary-links.ts';
import rehypeCiteBrackets from './src/course/rehype-cite-brackets.ts';
import rehypeUnitWrappers from './src/course/rehype-unit-wrappers.ts';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * Hosting: BASE_PATH (e.g. `/rlhf/`) serves the site under a sub-path, SITE sets the absolute origin used
 * for canonical links and the gallery's embed snippets, OUT_DIR redirects the build (the test runner builds `/`
 * and a sub-path side by side). Without SITE the pages carry no canonical link and the gallery fills its
 * snippets with the address it is served from, in the browser (integrations/site-url-notice.mjs warns).
 * With SITE the build also writes `sitemap-index.xml` (@astrojs/sitemap: the course's pages, not the embed pages,
 * which are parts of other sites' pages, nor the 404 page), and robots.txt names it (src/pages/robots.txt.ts).
 */
const base = normalizeBase(process.env.BASE_PATH ?? '/');

/**
 * The before-paint script (stored theme, anchor jumps) runs inline at the top of <body>; it is allowed by its
 * hash, computed from the same file the layout inlines.
 */
/** @type {`sha256-${string}`} */
const beforePaintHash = `sha256-${createHash('sha256')
  .update(readFileSync(new URL('./src/scripts/before-paint.js', import.meta.url)))
  .digest('base64')}`;

/** Largest stylesheet (bytes) inlined into the pages that use it. */
const INLINE_CSS_LIMIT = 8192;

/** @param {string} value */
function normalizeBase(value) {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export default defineConfig({
  ...(process.env.SITE ? { site: process.env.SITE } : {}),
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  compressHTML: true,
  integrations: [
    mdx(),
    widgetsBundle(),
    siteUrlNotice(),
    // The search index of the course text (home, chapter and section pages), written to <outDir>/pagefind/.
    pagefindIndex(),
    ...(process.env.SITE ? [sitemap({ filter: (page) => !/\/(embed\/|404(\.html|\/)?$)/.test(new URL(page).pathname) })] : []),
  ],
  markdown: {
    // No code is highlighted yet; when it is, use Prism (Shiki's inline styles break the CSP).
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [remarkMath],
      // KaTeX (through rehype-katex) keeps its default htmlAndMathml output: the MathML is what screen readers
      // read. Display equations with a \label are numbered and \eqref's linked before typesetting, and get their
      // anchor and "Copy LaTeX" line after it (src/course/rehype-equation-numbers.ts). The typesetting plugin wires
      // \sym / \val marks to the page's widgets, failing the build on any KaTeX error, untrusted command or bad
      // mark (src/course/rehype-wired-math.ts); the next lists the KaTeX fonts the page uses, for the page to
      // preload. Then every heading gets its id, its text for the contents list
      // (src/course/heading-texts.ts) and a deep-link anchor after its text (src/course/heading-anchors.ts). Last,
      // the first use of each glossary term in a section links to /notation/ (src/course/rehype-glossary-links.ts),
      // and a bracket beside a <Cite> moves into it, to stay on the citation's line (src/course/rehype-cite-brackets.ts).
      // Last, each unit of the progressive rendering gets a box of its own (src/course/rehype-unit-wrappers.ts).
      rehypePlugins: [rehypeEquationLabels, [rehypeWiredMath, {}], rehypeEquationAnchors, rehypeKatexFontFaces, rehypeHeadingIds, rehypeHeadingTexts, [rehypeAutolinkHeadings, headingAnchorOptions], [rehypeGlossaryLinks, { base }], rehypeCiteBrackets, rehypeUnitWrappers],
    }),
  },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // KaTeX positions glyphs with inline style attributes; nothing else needs an inline-style exception.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
      // Pagefind's search runs a WebAssembly module.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [beforePaintHash] },
    },
  },
  vite: {
    plugins: [
      katexWoff2Only(),
      noModulePreload(),
    ],
    build: {
      // Stylesheets under 8 KB go inline (the site's own styles; one render-blocking request fewer, and the CSP
      // hashes them); KaTeX's 22 KB stylesheet stays a cached file. Fonts, images and scripts are never inlined:
      // data: fonts would need a CSP exception, and scripts stay cacheable.
      assetsInlineLimit: (filePath, content) => (filePath.endsWith('.css') ? content.length < INLINE_CSS_LIMIT : false),
      // src/math is pure: a page's widget chunks carry only the math they use (integrations/pure-math.mjs).
      rolldownOptions: { treeshake: { moduleSideEffects: pureMathModules } },
    },
  },
});
