import katex from 'katex';

/**
 * Renders the `$…$` spans of a short plain-text string (a frontmatter objective, a heading) as MathML with
 * KaTeX at build time and escapes everything else, so the result is safe to insert as HTML. MathML alone is
 * drawn by the browser with local fonts: such text at the top of a page cannot shift when KaTeX's web fonts
 * arrive, and screen readers read it as math.
 *
 * @example
 * inlineMathHtml('Derive $\\sigma(m)$ & more') // → 'Derive <span class="katex"><math …>…</math></span> &#38; more'
 */
export function inlineMathHtml(text: string): string {
  return text
    .split(/(\$[^$]+\$)/)
    .map((part) =>
      part.length > 2 && part.startsWith('$') && part.endsWith('$')
        ? katex.renderToString(part.slice(1, -1), { throwOnError: true, strict: 'error', output: 'mathml' })
        : escapeHtml(part),
    )
    .join('');
}

/** Escapes the five HTML-significant characters. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
