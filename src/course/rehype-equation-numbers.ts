/**
 * Numbered display equations (the rules are in equation-labels.ts), as two rehype plugins around the typesetting:
 *
 * - {@link rehypeEquationLabels}, before KaTeX: numbers each display equation that has a `\label{name}` in its
 *   page's order (the label becomes KaTeX's `\tag{n}`), and turns each inline formula that is only
 *   `\eqref{name}` into a link reading "(n)" to `#eq-name`. A bad or repeated label, or a reference to no label of
 *   the page, fails the build, naming the page.
 * - {@link rehypeEquationAnchors}, after KaTeX: gives each numbered equation its id, and after it (and after its
 *   "where:" legend, if it has one) a line with a link to the equation ("Equation (3)", the deep link to copy)
 *   and a "Copy LaTeX" button holding the TeX without the course's macros. KaTeX's HTML is aria-hidden, so both
 *   are outside it; the button works from the keyboard and needs the page script
 *   (src/components/course-page-start.ts), so without JavaScript it is hidden (prose.css).
 *
 * @example
 * // astro.config.mjs: rehypePlugins: [rehypeEquationLabels, [rehypeWiredMath, {}], rehypeEquationAnchors, …]
 */
import { equationAnchor, equationLabel, equationReference, portableTex } from './equation-labels.ts';
import { classesOf, element, text, textOf, type HastNode } from './hast-node.ts';

type Node = HastNode;

/** What the plugins need of a file (a VFile): its path, and `data` to pass the labels from one to the other. */
interface File {
  path?: string | undefined;
  data: Record<string, unknown>;
}

/** A numbered equation of a page. */
interface NumberedEquation {
  name: string;
  number: number;
  /** The TeX a reader copies. */
  tex: string;
}

const DATA_KEY = 'poNumberedEquations';

const hasClass = (node: Node, name: string) => node.type === 'element' && classesOf(node).includes(name);

function walk(node: Node, visit: (node: Node, parent: Node | undefined) => void, parent?: Node): void {
  visit(node, parent);
  for (const child of [...(node.children ?? [])]) walk(child, visit, node);
}

/**
 * Before typesetting: numbers the labelled display equations and links the `\eqref`s.
 *
 * @example unified().use(remarkParse).use(remarkMath).use(remarkRehype).use(rehypeEquationLabels).use(rehypeKatex)
 */
export function rehypeEquationLabels() {
  return (tree: Node, file: File): void => {
    const page = file.path ?? 'a page';
    const numbered = new Map<string, NumberedEquation>();
    walk(tree, (node) => {
      if (!hasClass(node, 'math-display')) return;
      const source = node.children?.find((child) => child.type === 'text');
      if (source?.value === undefined) return;
      let label;
      try {
        label = equationLabel(source.value);
      } catch (error) {
        throw new RangeError(`${page}: ${(error as Error).message}`);
      }
      if (label === null) return;
      if (numbered.has(label.name)) throw new RangeError(`${page}: \\label{${label.name}} labels two equations`);
      const number = numbered.size + 1;
      numbered.set(label.name, { name: label.name, number, tex: portableTex(label.tex) });
      source.value = `${label.tex} \\tag{${String(number)}}`;
    });
    walk(tree, (node, parent) => {
      if (!hasClass(node, 'math-inline') || parent?.children === undefined) return;
      const name = equationReference(textOf(node));
      if (name === null) return;
      const equation = numbered.get(name);
      if (equation === undefined) {
        throw new RangeError(`${page}: \\eqref{${name}} refers to no \\label of this page (its labels: ${[...numbered.keys()].join(', ') || 'none'})`);
      }
      const link = element('a', { href: `#${equationAnchor(name)}`, className: ['eqref'] }, [text(`(${String(equation.number)})`)]);
      parent.children.splice(parent.children.indexOf(node), 1, link);
    });
    file.data[DATA_KEY] = [...numbered.values()];
  };
}

/**
 * After typesetting: ids and the link-and-copy line of the numbered equations.
 *
 * @example unified().use(…).use(rehypeEquationLabels).use(rehypeKatex).use(rehypeEquationAnchors)
 */
export function rehypeEquationAnchors() {
  return (tree: Node, file: File): void => {
    const equations = (file.data[DATA_KEY] ?? []) as NumberedEquation[];
    if (equations.length === 0) return;
    const byNumber = new Map(equations.map((equation) => [`(${String(equation.number)})`, equation]));
    const found = new Set<string>();
    walk(tree, (node, parent) => {
      if (!hasClass(node, 'katex-display') || parent?.children === undefined) return;
      let tag: Node | undefined;
      walk(node, (inner) => {
        if (tag === undefined && hasClass(inner, 'katex-tag')) tag = inner;
      });
      const equation = tag === undefined ? undefined : byNumber.get(textOf(tag).trim());
      if (equation === undefined) return;
      found.add(equation.name);
      const id = equationAnchor(equation.name);
      node.properties = { ...node.properties, id };
      const siblings = parent.children;
      let at = siblings.indexOf(node) + 1;
      while (siblings[at]?.type === 'text' && textOf(siblings[at]!).trim() === '') at += 1;
      if (siblings[at] !== undefined && hasClass(siblings[at]!, 'po-where')) at += 1;
      else at = siblings.indexOf(node) + 1;
      siblings.splice(at, 0, equationTools(id, equation));
    });
    const lost = equations.filter((equation) => !found.has(equation.name)).map((equation) => equation.name);
    if (lost.length > 0) throw new RangeError(`${file.path ?? 'a page'}: no typeset equation carries the number of \\label{${lost.join('}, \\label{')}}`);
  };
}

/** The line under a numbered equation: its deep link and the copy button (with its status, read when it changes). */
function equationTools(id: string, equation: NumberedEquation): Node {
  const number = `(${String(equation.number)})`;
  return element('p', { className: ['equation-tools'] }, [
    element('a', { href: `#${id}`, className: ['equation-link'] }, [text(`Equation ${number}`)]),
    text(' '),
    element('button', { type: 'button', className: ['copy-tex'], dataCopyTex: equation.tex, ariaLabel: `Copy LaTeX of equation ${number}` }, [text('Copy LaTeX')]),
    text(' '),
    element('span', { className: ['copy-tex-status'], role: 'status' }, []),
  ]);
}
