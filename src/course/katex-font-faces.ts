/**
 * Which of KaTeX's font files a piece of KaTeX HTML output draws its text with, from the class names KaTeX
 * puts on it and the font rules of `katex/dist/katex.css` (0.19): every non-blank text node of a `.katex-html`
 * subtree takes the font family, weight and style of the nearest ancestor class that sets each, starting from
 * `.katex` itself (KaTeX_Main, normal, 400). The MathML copy (`.katex-mathml`) uses the browser's math font
 * and is skipped.
 *
 * Used at build time to list the faces each page needs (the rehype plugin integrations/rehype-katex-font-faces.mjs),
 * of which the page preloads the core ones; a browser test checks that list against the fonts a page loads.
 */

/** A minimal HAST element / text shape (structurally compatible with `hast`). */
export interface HastNode {
  type: string;
  value?: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

interface FontRule {
  family?: string;
  weight?: 'Bold';
  italic?: boolean;
}

/** Font-setting classes of katex.css: a class name, or `a.b` for an element carrying both. */
const CLASS_RULES: ReadonlyArray<readonly [string, FontRule]> = [
  ['textrm', { family: 'Main' }],
  ['mainrm', { family: 'Main', italic: false }],
  ['mathnormal', { family: 'Math', italic: true }],
  ['mathit', { family: 'Main', italic: true }],
  ['textit', { italic: true }],
  ['mathbf', { family: 'Main', weight: 'Bold' }],
  ['textbf', { weight: 'Bold' }],
  ['boldsymbol', { family: 'Math', italic: true, weight: 'Bold' }],
  ['amsrm', { family: 'AMS' }],
  ['mathbb', { family: 'AMS' }],
  ['textbb', { family: 'AMS' }],
  ['mathcal', { family: 'Caligraphic' }],
  ['mathfrak', { family: 'Fraktur' }],
  ['textfrak', { family: 'Fraktur' }],
  ['mathboldfrak', { family: 'Fraktur', weight: 'Bold' }],
  ['textboldfrak', { family: 'Fraktur', weight: 'Bold' }],
  ['mathtt', { family: 'Typewriter' }],
  ['texttt', { family: 'Typewriter' }],
  ['mathscr', { family: 'Script' }],
  ['textscr', { family: 'Script' }],
  ['mathsf', { family: 'SansSerif' }],
  ['textsf', { family: 'SansSerif' }],
  ['mathboldsf', { family: 'SansSerif', weight: 'Bold' }],
  ['textboldsf', { family: 'SansSerif', weight: 'Bold' }],
  ['mathitsf', { family: 'SansSerif', italic: true }],
  ['mathsfit', { family: 'SansSerif', italic: true }],
  ['textitsf', { family: 'SansSerif', italic: true }],
  ['delimsizing.size1', { family: 'Size1' }],
  ['delimsizing.size2', { family: 'Size2' }],
  ['delimsizing.size3', { family: 'Size3' }],
  ['delimsizing.size4', { family: 'Size4' }],
  ['op-symbol.small-op', { family: 'Size1' }],
  ['op-symbol.large-op', { family: 'Size2' }],
];

/** `.delimsizing.mult .delim-sizeN > span`: the pieces of a tall delimiter. */
const MULTI_DELIMITER_FAMILIES: Readonly<Record<string, string>> = { 'delim-size1': 'Size1', 'delim-size4': 'Size4' };

/** The font files KaTeX ships (woff2 stems); a face outside this list falls back and loads nothing. */
export const KATEX_FONT_FILES: readonly string[] = Object.freeze([
  'AMS-Regular', 'Caligraphic-Bold', 'Caligraphic-Regular', 'Fraktur-Bold', 'Fraktur-Regular', 'Main-Bold',
  'Main-BoldItalic', 'Main-Italic', 'Main-Regular', 'Math-BoldItalic', 'Math-Italic', 'SansSerif-Bold',
  'SansSerif-Italic', 'SansSerif-Regular', 'Script-Regular', 'Size1-Regular', 'Size2-Regular', 'Size3-Regular',
  'Size4-Regular', 'Typewriter-Regular',
]);

/**
 * The faces nearly every formula draws with (letters in KaTeX_Math italic; digits, operators and brackets in
 * KaTeX_Main), hence the ones the first screen of a section needs. Pages preload these; any other face is
 * fetched when layout first meets it, which with progressive rendering is usually after `load`.
 */
export const CORE_FONT_FILES: readonly string[] = Object.freeze(['Main-Regular', 'Math-Italic']);

interface Face {
  family: string;
  weight: 'Regular' | 'Bold';
  italic: boolean;
}

function classesOf(node: HastNode): string[] {
  const value = node.properties?.['className'];
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/) : [];
}

/** The face after applying an element's classes (and its multi-piece delimiter parent, if any). */
function applyClasses(face: Face, classes: readonly string[], parentClasses: readonly string[]): Face {
  const next = { ...face };
  const has = (name: string) => name.split('.').every((part) => classes.includes(part));
  for (const [name, rule] of CLASS_RULES) {
    if (!has(name)) continue;
    if (rule.family !== undefined) next.family = rule.family;
    if (rule.weight !== undefined) next.weight = rule.weight;
    if (rule.italic !== undefined) next.italic = rule.italic;
  }
  for (const [parentClass, family] of Object.entries(MULTI_DELIMITER_FAMILIES)) {
    if (parentClasses.includes(parentClass)) next.family = family;
  }
  return next;
}

/** The woff2 stem of a face, e.g. `Math-Italic`; faces KaTeX has no file for resolve like the browser would. */
function fileOf(face: Face): string {
  const style = `${face.weight === 'Bold' ? 'Bold' : ''}${face.italic ? 'Italic' : ''}` || 'Regular';
  const exact = `${face.family}-${style}`;
  if (KATEX_FONT_FILES.includes(exact)) return exact;
  // A family without that weight/style: the browser synthesizes it from the nearest face of the family.
  const sameWeight = `${face.family}-${face.weight === 'Bold' ? 'Bold' : 'Regular'}`;
  if (KATEX_FONT_FILES.includes(sameWeight)) return sameWeight;
  return KATEX_FONT_FILES.find((file) => file.startsWith(`${face.family}-`)) ?? `${face.family}-Regular`;
}

/**
 * The KaTeX font files (woff2 stems, sorted) that the KaTeX HTML inside `tree` draws text with.
 *
 * @param tree a HAST tree (a page, a fragment, or one formula) containing KaTeX output
 * @returns e.g. `['Main-Regular', 'Math-Italic']` for `$x + 1$`
 * @example
 * katexFontFiles(fromHtml(katex.renderToString('\\mathcal{D}'))) // ['Caligraphic-Regular']
 */
export function katexFontFiles(tree: HastNode): string[] {
  const files = new Set<string>();
  const visit = (node: HastNode, face: Face | null, parentClasses: readonly string[]): void => {
    if (node.type === 'text') {
      if (face !== null && (node.value ?? '').trim() !== '') files.add(fileOf(face));
      return;
    }
    const classes = classesOf(node);
    if (classes.includes('katex-mathml')) return;
    let current = face;
    if (classes.includes('katex')) current = { family: 'Main', weight: 'Regular', italic: false };
    if (current !== null) current = applyClasses(current, classes, parentClasses);
    for (const child of node.children ?? []) visit(child, current, classes);
  };
  visit(tree, null, []);
  return [...files].sort();
}
