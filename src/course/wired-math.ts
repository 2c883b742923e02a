/**
 * The wired-math convention: two KaTeX macros that tie the math of a section to its widget, rendered at build
 * time (integrations/rehype-wired-math.mjs).
 *
 * - `\sym{beta}{\beta}` marks a symbol that stands for a widget parameter; it renders as `\beta` inside a
 *   `<span data-sym="beta">`.
 * - `\val{beta}{0.1}` marks a number that takes the widget's live value; it renders as `0.1` inside a
 *   `<span data-val="beta">`, and the build checks that 0.1 is what the widget shows for its state.
 *
 * Both expand to KaTeX's `\htmlData`, which only renders behind a `trust` function: {@link wiredMathTrust} allows
 * exactly one `data-sym` or `data-val` attribute whose value is a name matching {@link WIRED_NAME}, and rejects
 * everything else (any other attribute, `\htmlClass`, `\href`, `\includegraphics`, …) with a
 * {@link WiredMathError} naming the command, which fails the build with the page.
 */
import type { TrustContext } from 'katex';

/** A symbol or value name: a lower-case letter, then up to 31 lower-case letters, digits or hyphens. */
export const WIRED_NAME = /^[a-z][a-z0-9-]{0,31}$/;

/** The number literal a `\val` may hold at build time: an optional minus, digits, optional decimals. */
export const WIRED_NUMBER = /^[-\u2212]?\d+(?:\.\d+)?$/;

/** The two macros, as KaTeX's `macros` option. */
export const wiredMathMacros: Readonly<Record<string, string>> = {
  '\\sym': '\\htmlData{sym=#1}{#2}',
  '\\val': '\\htmlData{val=#1}{#2}',
};

/** A mark that breaks the convention; the message names the macro (the rehype plugin adds the page). */
export class WiredMathError extends Error {
  override name = 'WiredMathError';
}

/**
 * KaTeX's `trust` option: `true` for `\htmlData` with exactly one attribute, `data-sym` or `data-val`, whose
 * value matches {@link WIRED_NAME}; throws a {@link WiredMathError} for anything else, so an untrusted command
 * fails the build instead of rendering as red text.
 *
 * @example
 * wiredMathTrust({ command: '\\htmlData', attributes: { 'data-sym': 'beta' } }); // → true
 * wiredMathTrust({ command: '\\htmlClass', class: 'x' }); // throws WiredMathError: \htmlClass is not allowed …
 */
export function wiredMathTrust(context: TrustContext): boolean {
  if (context.command !== '\\htmlData') {
    throw new WiredMathError(`${context.command} is not allowed: math may only use \\sym{name}{…} and \\val{name}{…}`);
  }
  const entries = Object.entries(context.attributes);
  const [entry] = entries;
  if (entries.length !== 1 || entry === undefined || (entry[0] !== 'data-sym' && entry[0] !== 'data-val')) {
    const given = entries.map(([key, value]) => `${key}=${value}`).join(',');
    throw new WiredMathError(`\\htmlData{${given}} is not allowed: only one data-sym or data-val, through \\sym or \\val`);
  }
  const [key, value] = entry;
  if (!WIRED_NAME.test(value)) {
    throw new WiredMathError(`\\${key.slice(5)}{${value}}: the name must match ${String(WIRED_NAME)}`);
  }
  return true;
}

/**
 * KaTeX's `strict` option for the site: every non-strict input is an error, except the HTML extension that
 * `\htmlData` is (its attributes are vetted by {@link wiredMathTrust}).
 *
 * @example
 * wiredMathStrict('htmlExtension'); // → 'ignore'
 * wiredMathStrict('unicodeTextInMathMode'); // → 'error'
 */
export function wiredMathStrict(errorCode: string): 'ignore' | 'error' {
  return errorCode === 'htmlExtension' ? 'ignore' : 'error';
}

/** One `\sym` or `\val` in a TeX source. */
export interface WiredMark {
  macro: 'sym' | 'val';
  name: string;
  /** The second argument, as written. */
  body: string;
  /** Offset of the backslash in the source. */
  start: number;
  /** Offset just past the closing brace of the second argument. */
  end: number;
}

/** Reads a `{…}` group at `from` (after blanks); returns its content and the offset past it, or `null`. */
function bracedGroup(tex: string, from: number): { content: string; end: number } | null {
  let i = from;
  while (tex[i] === ' ' || tex[i] === '\n' || tex[i] === '\t') i++;
  if (tex[i] !== '{') return null;
  let depth = 0;
  for (let j = i; j < tex.length; j++) {
    const char = tex[j];
    if (char === '\\') {
      j++;
      continue;
    }
    if (char === '{') depth++;
    if (char === '}' && --depth === 0) return { content: tex.slice(i + 1, j), end: j + 1 };
  }
  return null;
}

/**
 * Every `\sym{name}{…}` and `\val{name}{…}` of a TeX source, in order, each checked: the name must match
 * {@link WIRED_NAME}, both arguments must be braced, and a `\val`'s body must be a plain number literal (the
 * widget replaces it). Throws a {@link WiredMathError} naming the macro otherwise.
 *
 * @example
 * wiredMarks('\\sigma(-\\sym{beta}{\\beta}\\Delta) = \\val{weight-1}{0.4651}');
 * // → [{ macro: 'sym', name: 'beta', body: '\\beta', … }, { macro: 'val', name: 'weight-1', body: '0.4651', … }]
 * wiredMarks('\\sym{Beta}{\\beta}'); // throws WiredMathError: \sym{Beta}{\beta}: the name must match …
 */
export function wiredMarks(tex: string): WiredMark[] {
  const marks: WiredMark[] = [];
  for (const match of tex.matchAll(/\\(sym|val)(?![a-zA-Z])/g)) {
    const macro = match[1] as 'sym' | 'val';
    const start = match.index;
    const name = bracedGroup(tex, start + match[0].length);
    const body = name === null ? null : bracedGroup(tex, name.end);
    if (name === null || body === null) {
      throw new WiredMathError(`\\${macro} at "${tex.slice(start, start + 40)}" needs two braced arguments: \\${macro}{name}{…}`);
    }
    const written = `\\${macro}{${name.content}}{${body.content}}`;
    if (!WIRED_NAME.test(name.content)) {
      throw new WiredMathError(`${written}: the name must match ${String(WIRED_NAME)}`);
    }
    if (macro === 'val' && !WIRED_NUMBER.test(body.content.trim())) {
      throw new WiredMathError(`${written}: a \\val holds a plain number (like 0.1 or -2.5), the widget's value at its state`);
    }
    marks.push({ macro, name: name.content, body: body.content, start, end: body.end });
  }
  return marks;
}

/**
 * A `\val` body as the page shows it: the typographic minus sign (U+2212) instead of a hyphen.
 *
 * @example
 * valText('-0.5'); // → '−0.5'
 */
export function valText(body: string): string {
  return body.trim().replace(/^-/, '\u2212');
}
