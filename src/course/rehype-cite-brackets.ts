/**
 * The rehype plugin that keeps a citation's brackets on its line. A `<Cite>` renders a button, which lays out as one
 * box, and a line may break on either side of such a box: "(" could end a line with "Ouyang et al. 2022" starting
 * the next, or ")" start a line on its own. So an opening bracket written right before a `<Cite>` and a closing one
 * right after it are moved into the citation, as its `open` and `close` props, and Cite.astro prints each
 * glued to the button in a `white-space: nowrap` span. Only the bracket and the button are glued (the button's own
 * text still wraps), and "(<Cite k="a" />; <Cite k="b" />)" glues "(" to the first citation and ")" to the last.
 *
 * @example
 * // astro.config.mjs: rehypePlugins: [..., rehypeCiteBrackets]
 * // "(<Cite k="ouyang2022" />)" → <Cite k="ouyang2022" open="(" close=")" />
 */

/** A hast node, loosely typed (element, text, root or an MDX JSX element). */
export interface CiteBracketNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: CiteBracketNode[];
}

const OPENING = /[([]$/;
const CLOSING = /^[)\]]/;

const isCite = (node: CiteBracketNode | undefined) => node?.type === 'mdxJsxTextElement' && node.name === 'Cite';

function setProp(node: CiteBracketNode, name: string, value: string): void {
  node.attributes = [...(node.attributes ?? []).filter((a) => a.name !== name), { type: 'mdxJsxAttribute', name, value }];
}

/** Moves the brackets beside each `<Cite>` under `node` into its `open` and `close` props. */
export function glueCiteBrackets(node: CiteBracketNode): void {
  const children = node.children;
  if (children === undefined) return;
  children.forEach((child, i) => {
    if (!isCite(child)) return;
    const before = children[i - 1];
    if (before?.type === 'text' && before.value !== undefined && OPENING.test(before.value)) {
      setProp(child, 'open', before.value.slice(-1));
      before.value = before.value.slice(0, -1);
    }
    const after = children[i + 1];
    if (after?.type === 'text' && after.value !== undefined && CLOSING.test(after.value)) {
      setProp(child, 'close', after.value.slice(0, 1));
      after.value = after.value.slice(1);
    }
  });
  // Text emptied by the move would leave an empty node behind: drop it.
  node.children = children.filter((child) => !(child.type === 'text' && child.value === ''));
  node.children.forEach(glueCiteBrackets);
}

/** The plugin: see the module comment. */
export default function rehypeCiteBrackets() {
  return (tree: CiteBracketNode) => glueCiteBrackets(tree);
}
