/**
 * The rehype plugin that links the first use of each glossary term in a section to its entry on the notation page
 * (`<base>notation/#term-<id>`), so that the sections themselves need no markup for it.
 *
 * Only running text counts: text inside a `p` or an `li`, and not inside a heading, a link, code, a formula (KaTeX's
 * output or its source), a button, a widget (its no-script fallback), an exercise (its answer) or the references
 * list at the end. Matching is case-insensitive and on whole words, on a term, its aliases and their plurals; where
 * terms overlap the longest wins ("implicit reward margin" before "implicit reward" before "reward"), and a term
 * already linked still takes its words, so a later "implicit reward" does not link the "reward" inside it. The bold
 * term of a Definitions item is a use like any other. A `local` entry (a word with a meaning particular to one
 * section, like "step") is linked only in a section whose Definitions list bolds it. A lowercase term written with
 * a capital next to another capitalised word is part of a name, not a use ("Preference" in "Direct Preference
 * Optimization"): it is not linked, and the term's first use is still to come.
 *
 * Pages without a `section` in their frontmatter are left alone.
 *
 * @example
 * // astro.config.mjs: rehypePlugins: [..., rehypeHeadingIds, rehypeHeadingTexts, [rehypeAutolinkHeadings, …], [rehypeGlossaryLinks, { base }]]
 */
import glossaryData from '../../content/glossary.json' with { type: 'json' };
import { entryForText, entryNames, glossaryAnchor, parseGlossary, type GlossaryEntry } from './glossary-entry.ts';
import { classesOf, textOf } from './hast-node.ts';
import { withBase } from './urls.ts';

/** A hast node, loosely typed (element, text, root or an MDX JSX element). */
export interface GlossaryNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  children?: GlossaryNode[];
}

/** Options of the plugin. */
export interface RehypeGlossaryLinksOptions {
  /** The site's base path (default `/`). */
  base?: string;
  /** The entries to link (default: content/glossary.json). */
  entries?: readonly GlossaryEntry[];
}

/** The class of a glossary link, for its styling. */
export const GLOSSARY_LINK_CLASS = 'glossary-link';

/** The heading ids whose sections are not running text. */
const NOT_RUNNING_TEXT_SECTIONS = new Set(['references']);
const SKIPPED_TAGS = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'button', 'script', 'style', 'svg', 'math', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'table']);
const SKIPPED_COMPONENTS = new Set(['Widget', 'Exercise', 'SectionLink', 'CopySnippet']);
const SKIPPED_CLASSES = new Set(['katex', 'katex-display', 'math-inline', 'math-display', 'language-math']);

const isJsx = (node: GlossaryNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** Whether nothing below this node is running text. */
function skipsSubtree(node: GlossaryNode): boolean {
  if (node.type === 'element') return SKIPPED_TAGS.has(node.tagName ?? '') || classesOf(node).some((c) => SKIPPED_CLASSES.has(String(c)));
  return isJsx(node) && SKIPPED_COMPONENTS.has(node.name ?? '');
}

const isHeading = (node: GlossaryNode) => node.type === 'element' && /^h[1-6]$/.test(node.tagName ?? '');

/**
 * The entries whose term a section's Definitions part bolds: every `strong` inside a list item between the h2 with
 * id `definitions` and the next h2.
 *
 * @example
 * definedEntries(tree, entries).has('margin') // → true when a Definitions item reads "The **margin** …"
 */
export function definedEntries(tree: GlossaryNode, entries: readonly GlossaryEntry[]): Set<string> {
  const defined = new Set<string>();
  let current: string | undefined;
  const visit = (node: GlossaryNode, inItem: boolean): void => {
    if (isHeading(node) && node.tagName === 'h2') {
      current = String(node.properties?.['id'] ?? '');
      return;
    }
    if (current === 'definitions' && inItem && node.type === 'element' && node.tagName === 'strong') {
      const entry = entryForText(entries, textOf(node));
      if (entry !== undefined) defined.add(entry.id);
      return;
    }
    for (const child of node.children ?? []) visit(child, inItem || (node.type === 'element' && node.tagName === 'li'));
  };
  visit(tree, false);
  return defined;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regular expression for all the names, longest first, whole words, optional plural ending. */
function namesPattern(entries: readonly GlossaryEntry[]): { pattern: RegExp; byName: Map<string, GlossaryEntry>; lowercase: Set<string> } {
  const byName = new Map<string, GlossaryEntry>();
  const lowercase = new Set<string>();
  for (const entry of entries) {
    for (const name of entryNames(entry)) {
      byName.set(normalize(name), entry);
      if (!/\p{Lu}/u.test(name)) lowercase.add(normalize(name));
    }
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map((name) => escapeRegExp(name).replace(/'/g, "['\u2019]").replace(/ /g, '\\s+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_'\u2019-])(${names.join('|')})(?:s|es)?(?![\\p{L}\\p{N}_-])`, 'giu');
  return { pattern, byName, lowercase };
}

const CAPITALISED_WORD_BEFORE = /\p{Lu}[\p{L}\p{N}'’-]*[ \t\n]+$/u;
const CAPITALISED_WORD_AFTER = /^[ \t\n]+\p{Lu}/u;

/**
 * Whether the match `text[start, end)` of a lowercase glossary name is written as part of a multi-word proper name:
 * it starts with a capital and a capitalised word stands right before or after it, with only spaces between.
 *
 * @example
 * insideName('Direct Preference Optimization', 7, 17) // → true
 * insideName('Preference data is noisy.', 0, 10) // → false: a sentence's first word
 */
export function insideName(text: string, start: number, end: number): boolean {
  if (!/^\p{Lu}/u.test(text.slice(start, end))) return false;
  return CAPITALISED_WORD_BEFORE.test(text.slice(0, start)) || CAPITALISED_WORD_AFTER.test(text.slice(end));
}

const normalize = (text: string) => text.toLowerCase().replace(/\u2019/g, "'").replace(/\s+/g, ' ');

/**
 * Links the first use of each entry in a tree, in place (see the module comment for what counts as a use).
 * Returns the ids it linked, in order.
 *
 * @example
 * linkGlossaryTerms(tree, entries, '/po-course/'); // a <p>The margin …</p> becomes <p>The <a class="glossary-link" href="/po-course/notation/#term-margin">margin</a> …</p>
 */
export function linkGlossaryTerms(tree: GlossaryNode, entries: readonly GlossaryEntry[], base: string): string[] {
  const defined = definedEntries(tree, entries);
  const usable = entries.filter((entry) => entry.local !== true || defined.has(entry.id));
  if (usable.length === 0) return [];
  const { pattern, byName, lowercase } = namesPattern(usable);
  const linked: string[] = [];
  const done = new Set<string>();
  let section: string | undefined;

  const linkText = (value: string): GlossaryNode[] | undefined => {
    const parts: GlossaryNode[] = [];
    let last = 0;
    for (const match of value.matchAll(pattern)) {
      const name = normalize(match[1] ?? '');
      const entry = byName.get(name);
      if (entry === undefined || done.has(entry.id)) continue;
      if (lowercase.has(name) && insideName(value, match.index, match.index + match[0].length)) continue;
      done.add(entry.id);
      linked.push(entry.id);
      const start = match.index;
      if (start > last) parts.push({ type: 'text', value: value.slice(last, start) });
      parts.push({
        type: 'element',
        tagName: 'a',
        properties: { href: withBase(`/notation/#${glossaryAnchor(entry)}`, base), className: [GLOSSARY_LINK_CLASS] },
        children: [{ type: 'text', value: match[0] }],
      });
      last = start + match[0].length;
    }
    if (parts.length === 0) return undefined;
    if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
    return parts;
  };

  const visit = (node: GlossaryNode, inRunningText: boolean): void => {
    if (isHeading(node) && node.tagName === 'h2') section = String(node.properties?.['id'] ?? '');
    if (skipsSubtree(node) || NOT_RUNNING_TEXT_SECTIONS.has(section ?? '')) return;
    const running = inRunningText || (node.type === 'element' && (node.tagName === 'p' || node.tagName === 'li'));
    const children = node.children;
    if (children === undefined) return;
    for (let index = 0; index < children.length; index += 1) {
      const child = children[index]!;
      if (child.type === 'text' && running) {
        const replaced = linkText(child.value ?? '');
        if (replaced !== undefined) {
          children.splice(index, 1, ...replaced);
          index += replaced.length - 1;
        }
        continue;
      }
      visit(child, running);
    }
  };
  visit(tree, false);
  return linked;
}

/** The rehype plugin: {@link linkGlossaryTerms} on every page whose frontmatter has a `section`. */
export default function rehypeGlossaryLinks(options: RehypeGlossaryLinksOptions = {}) {
  const entries = options.entries ?? parseGlossary(glossaryData).entries;
  const base = options.base ?? '/';
  return (tree: GlossaryNode, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }): void => {
    if (typeof file.data.astro?.frontmatter?.['section'] !== 'string') return;
    linkGlossaryTerms(tree, entries, base);
  };
}
