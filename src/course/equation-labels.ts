/**
 * Numbered display equations: the rules on TeX text that the rehype plugins in rehype-equation-numbers.ts apply.
 *
 * An author labels a display equation with `\label{name}` anywhere in its TeX; the equation gets the next number on
 * its page, shown at its right by KaTeX's `\tag`, and the anchor `#eq-<name>`. Prose refers to it with inline math
 * that is only `\eqref{name}`, which becomes a link reading "(3)". Names are lowercase words joined by hyphens.
 */
import { wiredMarks } from './wired-math.ts';

/** A label's name: a lowercase letter, then up to 40 lowercase letters, digits or hyphens. */
export const EQUATION_LABEL_NAME = /^[a-z][a-z0-9-]{0,40}$/;

/** The anchor of a labelled equation. @example equationAnchor('bt-loss') // → 'eq-bt-loss' */
export const equationAnchor = (name: string): string => `eq-${name}`;

const LABEL = /\\label\s*\{([^{}]*)\}/g;
const EQREF = /^\s*\\eqref\s*\{([^{}]*)\}\s*$/;

/** A display equation's label, read from its TeX. */
export interface EquationLabel {
  name: string;
  /** The TeX without its `\label`. */
  tex: string;
}

/**
 * The label of a display equation's TeX, or `null` if it has none. Throws a `RangeError` naming the label when the
 * name is malformed, when there are two labels, or when the TeX also sets its own `\tag`.
 *
 * @example
 * equationLabel('\\mathcal L = -\\log\\sigma(\\Delta) \\label{bt-loss}');
 * // → { name: 'bt-loss', tex: '\\mathcal L = -\\log\\sigma(\\Delta)' }
 * equationLabel('x^2'); // → null
 */
export function equationLabel(tex: string): EquationLabel | null {
  const labels = [...tex.matchAll(LABEL)];
  if (labels.length === 0) return null;
  const name = labels[0]![1]!.trim();
  if (labels.length > 1) throw new RangeError(`\\label{${name}}: an equation takes one \\label, this one has ${labels.length}`);
  if (!EQUATION_LABEL_NAME.test(name)) {
    throw new RangeError(`\\label{${name}}: the name must be lowercase letters, digits and hyphens, starting with a letter (at most 41)`);
  }
  if (/\\tag\b/.test(tex)) throw new RangeError(`\\label{${name}}: the equation sets its own \\tag; a label numbers it`);
  return { name, tex: tex.replace(LABEL, '').trim() };
}

/**
 * The name an inline formula refers to, when the formula is only `\eqref{name}`; else `null`.
 *
 * @example
 * equationReference(' \\eqref{bt-loss} '); // → 'bt-loss'
 * equationReference('\\eqref{a} + 1'); // → null
 */
export function equationReference(tex: string): string | null {
  return EQREF.exec(tex)?.[1]?.trim() ?? null;
}

/**
 * The TeX a reader copies: the course's own macros replaced by their plain content (`\sym{beta}{\beta}` → `\beta`,
 * `\val{p}{0.465}` → `0.465`), so that it renders in any LaTeX or KaTeX.
 *
 * @example
 * portableTex('\\sigma(-\\sym{beta}{\\beta}\\Delta) = \\val{weight}{0.4651}'); // → '\\sigma(-\\beta\\Delta) = 0.4651'
 */
export function portableTex(tex: string): string {
  let out = tex;
  for (const mark of [...wiredMarks(tex)].reverse()) {
    const rest = out.slice(mark.end);
    // A body ending in a control word (\beta) keeps its braces before a letter: \betax would be another command.
    const body = /\\[a-zA-Z]+$/.test(mark.body) && /^[a-zA-Z]/.test(rest) ? `{${mark.body}}` : mark.body;
    out = `${out.slice(0, mark.start)}${body}${rest}`;
  }
  return out;
}
