/**
 * Parsing built HTML for the build-output checks, with html-validate's own DOM parser (already a dev
 * dependency, so no extra HTML library): `parsePage(page)` gives a tree with querySelectorAll,
 * getAttributeValue and textContent.
 */
import { HtmlValidate, Parser, type HtmlElement } from 'html-validate';

import { readPage, type SitePage } from './site.ts';

const parser = new Parser(new HtmlValidate({ extends: ['html-validate:recommended'] }).getConfigForSync('page.html'));
const cache = new Map<string, HtmlElement>();

/** The parsed document of a page (cached per file). */
export function parsePage(page: SitePage): HtmlElement {
  let root = cache.get(page.file);
  if (root === undefined) {
    root = parser.parseHtml(readPage(page));
    cache.set(page.file, root);
  }
  return root;
}

/** The value of an attribute, or null when absent or dynamic. */
export function attr(element: HtmlElement, name: string): string | null {
  const value = element.getAttributeValue(name);
  return typeof value === 'string' ? value : null;
}

/** Elements whose text is not prose: code, scripts, styles, and KaTeX's own output. */
const NON_PROSE_TAGS = new Set(['script', 'style', 'template', 'code', 'pre', 'kbd', 'samp', 'math', 'svg', 'textarea']);

/**
 * The prose text of an element: text nodes outside scripts, styles, code, MathML and `.katex` output,
 * each text node on its own line (so a match cannot span two separate elements).
 */
export function proseText(root: HtmlElement): string {
  const parts: string[] = [];
  const walk = (node: HtmlElement): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        parts.push(child.textContent);
      } else if (child.nodeType === 1) {
        const element = child as HtmlElement;
        if (NON_PROSE_TAGS.has(element.tagName)) continue;
        if (element.classList.contains('katex') || element.classList.contains('katex-display')) continue;
        walk(element);
      }
    }
  };
  walk(root);
  return parts.join('\n');
}

/** Every id (and legacy `<a name>`) in a document: the targets a `#fragment` may point at. */
export function anchorsOf(root: HtmlElement): Set<string> {
  const ids = new Set<string>();
  for (const element of root.querySelectorAll('[id], a[name]')) {
    const id = attr(element, 'id') ?? attr(element, 'name');
    if (id !== null) ids.add(id);
  }
  return ids;
}
