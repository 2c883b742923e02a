/**
 * The text of each heading as a reader sees it. Astro's own heading list (`headings` from `render()`) joins every
 * text node of a heading, so a heading with a formula, typeset by KaTeX into MathML, its TeX annotation and an
 * HTML copy, came out as "Kendall’s τb\tau_bτb" in the contents list (content/chapter-1/proxy-reward.mdx). This
 * rehype plugin, run after KaTeX and after the headings have their ids, records each heading's text without
 * KaTeX's visual copy and TeX source in the page's frontmatter as `headingTexts` (id → text), for the contents
 * list to use.
 *
 * @example
 * // astro.config.mjs: rehypePlugins: [rehypeWiredMath, …, rehypeHeadingIds, rehypeHeadingTexts]
 * // a page: const { headings, remarkPluginFrontmatter } = await render(entry);
 * //         headings.map((h) => remarkPluginFrontmatter.headingTexts?.[h.slug] ?? h.text)
 */

/** A hast node, loosely typed. */
export interface HeadingNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HeadingNode[];
}

/**
 * The text of a heading as a screen reader reads it: its text nodes, skipping KaTeX's visual copy
 * (`.katex-html`, aria-hidden) and the TeX source kept in MathML's `<annotation>`; spaces collapsed.
 *
 * @example
 * headingText({ type: 'element', tagName: 'h2', children: [{ type: 'text', value: 'The  loss' }] }); // → 'The loss'
 */
export function headingText(node: HeadingNode): string {
  const parts: string[] = [];
  const visit = (current: HeadingNode): void => {
    if (current.type === 'text') {
      parts.push(current.value ?? '');
      return;
    }
    if (current.tagName === 'annotation') return;
    const className = current.properties?.['className'];
    if (Array.isArray(className) && className.includes('katex-html')) return;
    for (const child of current.children ?? []) visit(child);
  };
  visit(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * The text of every `h1`–`h6` with an id in a tree, by id.
 *
 * @example
 * headingTexts({ type: 'root', children: [{ type: 'element', tagName: 'h2', properties: { id: 'a' }, children: [{ type: 'text', value: 'A' }] }] });
 * // → { a: 'A' }
 */
export function headingTexts(tree: HeadingNode): Record<string, string> {
  const texts: Record<string, string> = {};
  const visit = (node: HeadingNode): void => {
    const id = node.properties?.['id'];
    if (node.type === 'element' && /^h[1-6]$/.test(node.tagName ?? '') && typeof id === 'string') {
      texts[id] = headingText(node);
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return texts;
}

/** The rehype plugin: writes {@link headingTexts} into the page's frontmatter as `headingTexts`. */
export default function rehypeHeadingTexts() {
  return (tree: HeadingNode, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }): void => {
    const astro = (file.data.astro ??= {});
    astro.frontmatter = { ...(astro.frontmatter ?? {}), headingTexts: headingTexts(tree) };
  };
}
