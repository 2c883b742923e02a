import katex from 'katex';

/**
 * Renders the `$…$` spans of a short plain-text string (a frontmatter objective, a heading) as MathML with
 * KaTeX at build time and escapes everything else, so the result is safe to insert as HTML. MathML alone is
 * drawn by the browser with local fonts: such text at the top of a page cannot shift when KaTeX's web fonts
 * arrive, and screen readers read it as math. The wrapper keeps KaTeX's `katex` class (its size) and adds
 * `po-mathml`, which gives it the surrounding text's font (global.css): with KaTeX_Main, the font of `.katex`,
 * the wrapper's line box changed height when that web font arrived and moved the formula (a layout shift on
 * 1.3's objectives in Lighthouse).
 *
 * @example
 * inlineMathHtml('Derive $\\sigma(m)$ & more') // → 'Derive <span class="katex po-mathml"><math …>…</math></span> &#38; more'
 */
export function inlineMathHtml(text: string): string {
  return text
    .split(/(\$[^$]+\$)/)
    .map((part) =>
      part.length > 2 && part.startsWith('$') && part.endsWith('$')
        ? mathmlHtml(part.slice(1, -1))
        : escapeHtml(part),
    )
    .join('');
}

/**
 * One formula typeset by KaTeX as MathML alone, in KaTeX's wrapper with the `po-mathml` class (see
 * {@link inlineMathHtml}); invalid TeX throws.
 *
 * @example
 * mathmlHtml('\\beta') // → '<span class="katex po-mathml"><math …><semantics><mrow><mi>β</mi></mrow>…</math></span>'
 */
export function mathmlHtml(tex: string): string {
  const html = katex.renderToString(tex, { throwOnError: true, strict: 'error', output: 'mathml' });
  const wrapper = '<span class="katex">';
  if (!html.startsWith(wrapper)) throw new Error(`mathmlHtml: unexpected KaTeX output ${html.slice(0, 40)}`);
  return `<span class="katex po-mathml">${html.slice(wrapper.length)}`;
}

/** Escapes the five HTML-significant characters. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
