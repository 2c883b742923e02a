/**
 * The few things the site's rehype plugins (rehype-wired-math, rehype-equation-numbers, rehype-glossary-links) do
 * with hast nodes, on one loose node type that also covers MDX's JSX elements.
 */

/** A hast node, loosely typed (element, text, root or an MDX JSX element). */
export interface HastNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: HastNode[];
}

/**
 * An element's classes (hast keeps them as a list; a string is split on white space).
 *
 * @example classesOf({ type: 'element', properties: { className: ['katex-display'] } }) // → ['katex-display']
 */
export function classesOf(node: HastNode): unknown[] {
  const value = node.properties?.['className'];
  return Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s+/) : [];
}

/**
 * All the text under a node, joined.
 *
 * @example textOf({ type: 'element', children: [{ type: 'text', value: '(' }, { type: 'text', value: '2)' }] }) // → '(2)'
 */
export function textOf(node: HastNode): string {
  return node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
}

/** A new element. @example element('p', { className: ['po-where'] }, [text('where')]) */
export const element = (tagName: string, properties: Record<string, unknown>, children: HastNode[]): HastNode => ({ type: 'element', tagName, properties, children });

/** A new text node. @example text('Copy LaTeX') */
export const text = (value: string): HastNode => ({ type: 'text', value });
