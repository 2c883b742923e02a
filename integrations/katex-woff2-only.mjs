/**
 * A Vite plugin that trims KaTeX's stylesheet to the fonts every current browser reads: each `@font-face`
 * keeps only its woff2 source (so the build emits 20 woff2 files instead of 60 font files), and
 * `font-display: block` becomes `swap` so text is never held back by a font download.
 *
 * @example
 * // astro.config.mjs: vite: { plugins: [katexWoff2Only()] }
 * @returns {import('vite').Plugin}
 */
export default function katexWoff2Only() {
  return {
    name: 'po:katex-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/katex(\.min)?\.css(\?|$)/.test(id)) return null;
      const trimmed = code
        .replace(/,\s*url\([^)]*\.woff\)\s*format\(["']woff["']\)/g, '')
        .replace(/,\s*url\([^)]*\.ttf\)\s*format\(["']truetype["']\)/g, '')
        .replace(/font-display:\s*block/g, 'font-display:swap');
      if (/\.(woff|ttf)\)/.test(trimmed)) {
        throw new Error('po:katex-woff2-only: KaTeX CSS still references woff/ttf fonts; its format changed');
      }
      return { code: trimmed, map: null };
    },
  };
}
