/**
 * The rehype plugin that typesets a page's math with KaTeX and wires it to the page's widgets (the `\sym` /
 * `\val` convention of wired-math.ts). It wraps rehype-katex, which by itself only warns on a KaTeX error, and
 * fails the build instead, naming the page and the macro, when:
 *
 * - KaTeX cannot render a formula, or it uses a command the trust function rejects (wiredMathTrust);
 * - a `\sym` or `\val` has a bad name, a `\val` holds something other than a number literal (wiredMarks);
 * - a mark is outside a `<WidgetScope widget="…">`, the scope's widget is not on the page, a `\sym` names no
 *   symbol of that widget (each symbol stands for state keys of its schema), a `\val` names no value of it, or
 *   a `\val`'s number is not what the widget shows for the state the page gives it.
 *
 * It then gives every `\val` number a typographic minus and a `data-val` on its MathML `<mn>` too (screen
 * readers read the MathML, so the element updates both), gives every marked symbol its colour variable
 * (`--po-sym: var(--po-sym-<name>)`), and after each display equation with marked symbols inserts the "where:"
 * legend: one button per symbol ("β: KL coefficient, now 0.1"), the keyboard and screen-reader way to the
 * linking, since KaTeX's HTML is aria-hidden.
 *
 * @example
 * // astro.config.mjs: markdown.processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [[rehypeWiredMath, {}]] })
 */
import type { KatexOptions } from 'katex';
import rehypeKatex from 'rehype-katex';
import type { WidgetDefinition } from '../widgets/shared/widget-definition.ts';
import { getWidget, widgetState } from '../widgets/registry.ts';
import { classesOf, element, text, textOf, type HastNode } from './hast-node.ts';
import { valueWidths } from './wired-value-width.ts';
import { valText, WiredMathError, wiredMarks, wiredMathMacros, wiredMathStrict, wiredMathTrust } from './wired-math.ts';

type Node = HastNode;

/** What the plugin needs of a file (a VFile). */
interface File {
  path?: string | undefined;
  messages: readonly { source?: string | null | undefined; cause?: unknown; message: string }[];
}

/** Options: KaTeX options other than the ones the convention sets (`macros`, `trust`, `strict`). */
export interface RehypeWiredMathOptions {
  katex?: Omit<KatexOptions, 'macros' | 'trust' | 'strict' | 'displayMode' | 'throwOnError'>;
  /** Looks a widget up by id (default: the registry). */
  widget?: (id: string) => WidgetDefinition | undefined;
}

const isMath = (node: Node) => node.type === 'element' && classesOf(node).some((c) => c === 'math-inline' || c === 'math-display' || c === 'language-math');
const jsxAttribute = (node: Node, name: string): string | undefined => {
  const attribute = node.attributes?.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
};
const isJsx = (node: Node, name: string) => (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name;

function walk(node: Node, visit: (node: Node, ancestors: Node[]) => void, ancestors: Node[] = []): void {
  visit(node, ancestors);
  const next = [...ancestors, node];
  for (const child of node.children ?? []) walk(child, visit, next);
}

/** The plain-text attributes of the first `<Widget id>` of a page with this id, or `undefined` if there is none. */
function widgetOnPage(tree: Node, id: string): Record<string, string> | undefined {
  let found: Record<string, string> | undefined;
  walk(tree, (node) => {
    if (found !== undefined || !isJsx(node, 'Widget') || jsxAttribute(node, 'id') !== id) return;
    found = {};
    for (const attribute of node.attributes ?? []) {
      if (attribute.type === 'mdxJsxAttribute' && attribute.name !== undefined && typeof attribute.value === 'string') {
        found[attribute.name] = attribute.value;
      }
    }
  });
  return found;
}

/**
 * The plugin. Replaces rehype-katex in the processor.
 *
 * @example
 * unified().use(remarkParse).use(remarkMath).use(remarkRehype).use(rehypeWiredMath, {})
 */
export default function rehypeWiredMath(options: RehypeWiredMathOptions = {}) {
  const lookup = options.widget ?? getWidget;
  const typeset = rehypeKatex({
    ...options.katex,
    macros: { ...wiredMathMacros },
    trust: wiredMathTrust,
    strict: wiredMathStrict,
  }) as unknown as (tree: Node, file: File) => void;

  return (tree: Node, file: File): void => {
    const page = file.path ?? 'a page';
    const fail = (message: string): never => {
      throw new WiredMathError(`${page}: ${message}`);
    };

    // 1. Check the marks in the TeX and put a unique digit string in place of each \val's number, to find the
    //    number again in KaTeX's HTML and MathML.
    const sentinels = new Map<string, { name: string; text: string; raw: string }>();
    walk(tree, (node) => {
      if (!isMath(node)) return;
      for (const child of node.children ?? []) {
        if (child.type !== 'text' || child.value === undefined) continue;
        let marks;
        try {
          marks = wiredMarks(child.value);
        } catch (error) {
          fail((error as Error).message);
        }
        let tex = child.value;
        for (const mark of [...(marks ?? [])].reverse()) {
          if (mark.macro !== 'val') continue;
          const sentinel = `97531${String(sentinels.size).padStart(4, '0')}13579`;
          sentinels.set(sentinel, { name: mark.name, text: valText(mark.body), raw: mark.body });
          tex = `${tex.slice(0, mark.start)}\\val{${mark.name}}{${sentinel}}${tex.slice(mark.end)}`;
        }
        child.value = tex;
      }
    });

    // 2. Typeset; any KaTeX error (including a rejected command) fails the build.
    typeset(tree, file);
    const error = file.messages.find((message) => message.source === 'rehype-katex');
    if (error) fail(error.cause instanceof Error ? error.cause.message : error.message);

    // 3. Numbers back, marks coloured, marks checked against the scope's widget, legends collected.
    walk(tree, (node, ancestors) => {
      if (node.type !== 'text' || node.value === undefined || !node.value.includes('97531')) return;
      const entry = sentinels.get(node.value);
      if (entry === undefined) {
        const parent = ancestors.at(-1);
        if (parent?.tagName !== 'annotation') {
          const [, touched] = [...sentinels].find(([sentinel]) => node.value!.includes(sentinel)) ?? [];
          fail(`\\val{${touched?.name ?? '?'}}{${touched?.raw ?? '?'}}: its number touches other digits or a point ("${node.value}"), which KaTeX merges into one number; end the formula without a period after a \\val`);
        }
        // The TeX source in MathML's <annotation>: the number as written.
        for (const [sentinel, { raw }] of sentinels) node.value = node.value.replaceAll(sentinel, raw);
        return;
      }
      node.value = entry.text;
      const parent = ancestors.at(-1);
      if (parent?.tagName === 'mn') parent.properties = { ...parent.properties, dataVal: entry.name };
    });
    const legends: { parent: Node; after: Node; legend: Node }[] = [];
    const reserved = new Map<string, Record<string, number>>();
    walk(tree, (node, ancestors) => {
      if (node.type !== 'element') return;
      const sym = node.properties?.['dataSym'];
      const val = node.properties?.['dataVal'];
      if (typeof sym !== 'string' && typeof val !== 'string') {
        if (classesOf(node).includes('katex-display')) collectLegend(node, ancestors);
        return;
      }
      const widget = scopeWidget(ancestors, sym !== undefined ? `\\sym{${String(sym)}}` : `\\val{${String(val)}}`);
      if (typeof sym === 'string') {
        const symbol = widget.equations?.symbols[sym];
        if (symbol === undefined) fail(`\\sym{${sym}}: widget "${widget.id}" has no symbol "${sym}" (its symbols: ${Object.keys(widget.equations?.symbols ?? {}).join(', ') || 'none'})`);
        const unknown = symbol?.keys.filter((key) => !(key in widget.schema)) ?? [];
        if (unknown.length > 0) fail(`\\sym{${sym}}: stands for ${unknown.join(', ')}, not state keys of widget "${widget.id}"`);
        node.properties = { ...node.properties, style: `--po-sym:var(--po-sym-${sym})` };
      }
      if (typeof val === 'string') {
        const state = widgetState(widget, widgetOnPage(tree, widget.id) ?? {});
        const shown = widget.equations?.values(state as never)[val];
        if (shown === undefined) fail(`\\val{${val}}: widget "${widget.id}" has no value "${val}"`);
        const written = textOf(node);
        if (written !== shown) fail(`\\val{${val}}{${written}}: widget "${widget.id}" shows ${shown} for this page's state`);
        // KaTeX's HTML (not MathML's <mn>): reserve the widest text the value takes, so that a change of width
        // never moves its line (src/course/wired-value-width.ts; the box is made inline-block in prose.css).
        if (node.tagName === 'span') {
          const width = Math.max(widthsOf(widget, state)[val] ?? 0, [...written].length);
          node.properties = { ...node.properties, style: `min-inline-size:${String(width)}ch` };
        }
      }
    });
    for (const { parent, after, legend } of legends) {
      const siblings = parent.children ?? [];
      siblings.splice(siblings.indexOf(after) + 1, 0, legend);
    }

    function widthsOf(widget: WidgetDefinition, state: ReturnType<typeof widgetState>): Record<string, number> {
      let widths = reserved.get(widget.id);
      if (widths === undefined) reserved.set(widget.id, (widths = valueWidths(widget, state)));
      return widths;
    }

    function scopeWidget(ancestors: Node[], macro: string): WidgetDefinition {
      const scope = ancestors.findLast((ancestor) => isJsx(ancestor, 'WidgetScope'));
      const id = scope === undefined ? undefined : jsxAttribute(scope, 'widget');
      if (scope === undefined || id === undefined) return fail(`${macro} is outside a <WidgetScope widget="…">`);
      const widget = lookup(id);
      if (widget === undefined) return fail(`${macro}: <WidgetScope widget="${id}"> names no widget`);
      if (widgetOnPage(tree, id) === undefined) return fail(`${macro}: the page has no <Widget id="${id}" /> for its <WidgetScope>`);
      return widget;
    }

    function collectLegend(display: Node, ancestors: Node[]): void {
      const names: string[] = [];
      walk(display, (node) => {
        const sym = node.properties?.['dataSym'];
        if (typeof sym === 'string' && !names.includes(sym)) names.push(sym);
      });
      const parent = ancestors.at(-1);
      if (names.length === 0 || parent === undefined) return;
      const widget = scopeWidget(ancestors, `\\sym{${names[0]}}`);
      const state = widgetState(widget, widgetOnPage(tree, widget.id) ?? {});
      const values = widget.equations?.values(state as never) ?? {};
      legends.push({ parent, after: display, legend: whereLegend(widget, names, values, widthsOf(widget, state)) });
    }
  };
}


/** The "where:" legend of a display equation: one button per marked symbol, with its live value if it has one. */
function whereLegend(widget: WidgetDefinition, names: string[], values: Record<string, string>, widths: Record<string, number>): Node {
  const buttons = names.flatMap((name, index) => {
    const symbol = widget.equations!.symbols[name]!;
    const value = values[name];
    const button = element('button', { type: 'button', className: ['po-sym-ref'], dataPoSymRef: name, style: `--po-sym:var(--po-sym-${name})` }, [
      element('span', { className: ['po-sym-glyph'] }, [text(symbol.symbol)]),
      text(`: ${symbol.meaning}`),
      ...(value === undefined
        ? []
        : [text(', now '), element('span', { dataVal: name, style: `min-inline-size:${String(Math.max(widths[name] ?? 0, [...value].length))}ch` }, [text(value)])]),
    ]);
    return index === 0 ? [button] : [text(' '), button];
  });
  return element('p', { className: ['po-where'] }, [element('span', { className: ['po-where-lead'] }, [text('where')]), text(' '), ...buttons]);
}
