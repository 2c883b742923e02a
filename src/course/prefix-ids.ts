/**
 * Rewrites a section's rendered HTML so that it can sit on one page with every other section (the /print/ page):
 * each id gets the section's prefix, and so does every reference to an id (`href="#…"`, `for`, `popovertarget`,
 * `interestfor`, `aria-controls`, `aria-labelledby`, `aria-describedby`, `headers`, `list`, `form`); links to
 * another section's page, or to a place in it, become links within the page; headings move down by a number of
 * levels, so that the section's own outline sits under the book's chapter and section headings.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/** A hast node, loosely typed. */
interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

/** How to rewrite one section's HTML. */
export interface PrefixOptions {
  /** Joined to every id with `--`: `chapter-2-bradley-terry` makes `intuition` `chapter-2-bradley-terry--intuition`. */
  prefix: string;
  /** Levels each heading moves down (2 makes an h2 an h4), at most to h6. */
  headingShift: number;
  /**
   * The page addresses of the sections on the same page (`/po-course/chapter-2/bradley-terry/`), each with its
   * prefix: a link to one of them, or to a fragment of one, becomes a link within the page.
   */
  sections: ReadonlyMap<string, string>;
}

const PREFIX = /^[a-z0-9-]+$/;

/** Properties (as hast names them) that hold one id or a space-separated list of ids. */
const ID_REFERENCES = ['htmlFor', 'popoverTarget', 'popovertarget', 'interestFor', 'interestfor', 'ariaControls', 'ariaLabelledBy', 'ariaDescribedBy', 'headers', 'list', 'form'];

/** The anchor of an element of a section on the shared page. @example prefixedId('chapter-2-bradley-terry', 'intuition') // → 'chapter-2-bradley-terry--intuition' */
export const prefixedId = (prefix: string, id: string): string => `${prefix}--${id}`;

/**
 * The section's HTML with its ids prefixed, its references to them and to the other sections rewritten, and its
 * headings moved down. Throws a `RangeError` naming the option when the prefix is not lowercase letters, digits and
 * hyphens, or the shift is not a whole number from 0 to 5.
 *
 * @example
 * prefixIds('<h2 id="loss">The loss</h2><a href="#loss">up</a>', { prefix: 's', headingShift: 2, sections: new Map() });
 * // → '<h4 id="s--loss">The loss</h4><a href="#s--loss">up</a>'
 */
export function prefixIds(html: string, options: PrefixOptions): string {
  const { prefix, headingShift, sections } = options;
  if (typeof prefix !== 'string' || !PREFIX.test(prefix)) throw new RangeError(`prefix must be lowercase letters, digits and hyphens, received ${JSON.stringify(prefix)}`);
  if (!Number.isInteger(headingShift) || headingShift < 0 || headingShift > 5) throw new RangeError(`headingShift must be a whole number from 0 to 5, received ${String(headingShift)}`);
  const tree = fromHtml(html, { fragment: true }) as unknown as Node;
  const own = (id: string) => prefixedId(prefix, id);
  const visit = (node: Node) => {
    if (node.type === 'element' && node.properties) {
      const properties = node.properties;
      if (typeof properties['id'] === 'string' && properties['id'] !== '') properties['id'] = own(properties['id']);
      for (const name of ID_REFERENCES) {
        const value = properties[name];
        if (typeof value === 'string' && value !== '') properties[name] = value.split(/\s+/).filter(Boolean).map(own).join(' ');
        else if (Array.isArray(value)) properties[name] = value.map((id) => own(String(id)));
      }
      const href = properties['href'];
      if (typeof href === 'string') properties['href'] = rewrittenHref(href, own, sections);
      const rank = /^h([1-6])$/.exec(node.tagName ?? '')?.[1];
      if (rank !== undefined) node.tagName = `h${String(Math.min(6, Number(rank) + headingShift))}`;
    }
    for (const child of node.children ?? []) visit(child);
    // A <template>'s content is a separate tree in hast.
    const content = (node as { content?: Node }).content;
    if (content) visit(content);
  };
  visit(tree);
  return toHtml(tree as never, { allowDangerousHtml: true });
}

/** A fragment as the id it names (`%20` decoded); as written when it is not valid percent-encoding. */
function fragmentId(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

function rewrittenHref(href: string, own: (id: string) => string, sections: ReadonlyMap<string, string>): string {
  if (href.startsWith('#')) return href.length > 1 ? `#${own(fragmentId(href.slice(1)))}` : href;
  const hash = href.indexOf('#');
  const path = hash === -1 ? href : href.slice(0, hash);
  const target = sections.get(path);
  if (target === undefined) return href;
  return hash === -1 || hash === href.length - 1 ? `#${target}` : `#${prefixedId(target, fragmentId(href.slice(hash + 1)))}`;
}
