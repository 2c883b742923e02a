// @ts-check
/**
 * A rehype plugin, placed after rehype-katex: records which KaTeX font files a document's math draws with
 * (`katexFontFiles`, src/course/katex-font-faces.ts) in the document's frontmatter as `katexFonts`, so the
 * page can preload exactly those (`render(entry).remarkPluginFrontmatter.katexFonts`).
 */
import { katexFontFiles } from '../src/course/katex-font-faces.ts';

/** @returns {(tree: import('../src/course/katex-font-faces.ts').HastNode, file: { data: Record<string, any> }) => void} */
export default function rehypeKatexFontFaces() {
  return (tree, file) => {
    const astro = (file.data['astro'] ??= {});
    astro.frontmatter = { ...(astro.frontmatter ?? {}), katexFonts: katexFontFiles(tree) };
  };
}
