/**
 * The rehype plugin that gives each unit of a section's progressive rendering a box of its own: every top-level
 * paragraph, display equation, `<Aside>` and `<Exercise>` of the MDX (top-level also inside a `<WidgetScope>`) is
 * wrapped in `<div class="po-unit">`, a plain block that adds nothing to the layout (no padding or border, so
 * the unit's margins collapse through it as before).
 *
 * Why (issue 9): when the reveal (components/ProgressiveArticle.astro) turns a unit's `content-visibility: auto`
 * off, Chromium has its parent re-checked for paint invalidation, subtree and all, in the next frame's PrePaint.
 * With the units as children of the article, every frame re-walked everything revealed so far: on the 5.3 page
 * (mobile viewport, 4× CPU slowdown) the reveal's frames spent 2.4–2.6 s in PrePaint, growing from about 5 ms to
 * 45 ms a frame, where laying the whole article out at once spends 0.12–0.27 s. With a box of its own around
 * each unit, a frame re-walks only the unit it revealed.
 *
 * @example
 * // astro.config.mjs: rehypePlugins: [..., rehypeUnitWrappers]
 * // <p>…</p> at the top of a section → <div class="po-unit"><p>…</p></div>
 */

import { classesOf, element, type HastNode } from './hast-node.ts';

/** The MDX components that are units, and the one whose children are top-level too. */
const UNIT_COMPONENTS = new Set(['Aside', 'Exercise']);
const SCOPE_COMPONENT = 'WidgetScope';
/** The classes of the lines that follow a display equation and belong to it. */
const EQUATION_LINES = new Set(['po-where', 'equation-tools']);

/**
 * Whether a top-level node is a unit of the progressive rendering (prose.css names the same kinds).
 *
 * @example
 * isUnit({ type: 'element', tagName: 'p', children: [] }); // → true
 * isUnit({ type: 'mdxJsxFlowElement', name: 'Widget', children: [] }); // → false
 */
export function isUnit(node: HastNode): boolean {
  if (node.type === 'element') return node.tagName === 'p' || classesOf(node).includes('katex-display');
  return node.type === 'mdxJsxFlowElement' && UNIT_COMPONENTS.has(node.name ?? '');
}

/**
 * Wraps the units among `parent`'s children, and inside each `<WidgetScope>` among them. The lines that belong
 * to a display equation and follow it (its "where" legend, `p.po-where`, src/course/rehype-wired-math.ts, and a
 * numbered equation's tools, `p.equation-tools`, src/course/rehype-equation-numbers.ts) join the equation's
 * box, so they stay its siblings (`#eq-… ~ .equation-tools`).
 */
export function wrapUnits(parent: HastNode): void {
  if (parent.children === undefined) return;
  const children: HastNode[] = [];
  /** The box of the last display equation, while only its own lines and white space followed it. */
  let equationBox: HastNode | undefined;
  for (const child of parent.children) {
    if (equationBox !== undefined && child.type === 'element' && child.tagName === 'p' && classesOf(child).some((name) => EQUATION_LINES.has(String(name)))) {
      equationBox.children?.push(child);
      continue;
    }
    if (child.type === 'text' && /^\s*$/.test(child.value ?? '')) {
      children.push(child);
      continue;
    }
    equationBox = undefined;
    if (child.type === 'mdxJsxFlowElement' && child.name === SCOPE_COMPONENT) wrapUnits(child);
    if (!isUnit(child)) {
      children.push(child);
      continue;
    }
    const box = element('div', { className: ['po-unit'] }, [child]);
    if (classesOf(child).includes('katex-display')) equationBox = box;
    children.push(box);
  }
  parent.children = children;
}

/** The plugin. */
export default function rehypeUnitWrappers() {
  return (tree: HastNode): void => wrapUnits(tree);
}
