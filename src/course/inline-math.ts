import katex from 'katex';

/**
 * Renders the `$…$` spans of a short plain-text string (a frontmatter objective, say) with KaTeX at build time
 * and escapes everything else, so the result is safe to insert as HTML. MathML is kept for screen readers.
 *
 * @example
 * inlineMathHtml('Derive $\\sigma(m)$ & more') // → 'Derive <span class="katex">…</span> &amp; more'
 */
export function inlineMathHtml(text: string): string {
  return text
    .split(/(\$[^$]+\$)/)
    .map((part) =>
      part.length > 2 && part.startsWith('$') && part.endsWith('$')
        ? katex.renderToString(part.slice(1, -1), { throwOnError: true, strict: 'error', output: 'htmlAndMathml' })
        : escapeHtml(part),
    )
    .join('');
}

/** Escapes the five HTML-significant characters. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
