/**
 * Curly quotes turned the wrong way in the built pages. The build's smart quotes (Astro's default
 * remark-smartypants) choose a quote's direction from the text beside it in the same text node, and typeset math
 * is a node of its own: a straight quote written right before inline math comes out as a closing quote in an
 * opening position (`"$A$ wins"` → ”A wins”), an apostrophe right after it as an opening one (`$\pi$'s` → π‘s).
 * tests/content/straight-quotes.test.ts finds the usual cause in the sources; this checks what readers get. Each
 * block's text is read with math as `X` and code as `C`, so a quote sees what stands beside it on the page.
 */
import type { HtmlElement } from 'html-validate';
import { describe, expect, it } from 'vitest';

import { parsePage } from './html.ts';
import { htmlPages } from './site.ts';

/** Elements that start a new line of text. */
const BLOCK = new Set([
  'html', 'body', 'main', 'article', 'section', 'aside', 'nav', 'header', 'footer', 'div', 'p', 'ul', 'ol', 'li',
  'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'caption', 'figure', 'figcaption', 'details',
  'summary', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'form', 'label', 'button', 'br',
]);
/** Elements whose text is not read at all. */
const SKIP = new Set(['head', 'script', 'style', 'template', 'svg', 'textarea']);
/** Elements read as one code token. */
const CODE = new Set(['code', 'pre', 'kbd', 'samp']);

/**
 * The text of a page, one block per line, with typeset math as `X` and code as `C`.
 *
 * @example blockText(parsePage(page)).includes('A label “X wins”') // on the 2.3 page
 */
function blockText(root: HtmlElement): string {
  const parts: string[] = [];
  const walk = (node: HtmlElement): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        parts.push(child.textContent);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as HtmlElement;
      if (SKIP.has(element.tagName)) continue;
      if (element.classList.contains('katex') || element.classList.contains('katex-display') || element.tagName === 'math') parts.push('X');
      else if (CODE.has(element.tagName)) parts.push('C');
      else if (BLOCK.has(element.tagName)) {
        parts.push('\n');
        walk(element);
        parts.push('\n');
      } else walk(element);
    }
  };
  walk(root);
  return parts.join('');
}

/**
 * Quotes facing the wrong way: a closing ” or ’ at the start of a block or after a space or an opening bracket, an
 * opening “ or ‘ at the end of a block or before a space or punctuation, or an opening quote glued to the end of
 * a word, of math or of a bracket.
 */
const WRONG_WAY = /(?:^|[\s([])[”’]|[“‘](?:$|[\s.,;:!?)\]])|[\w)\]][“‘]/gm;

/** The wrong-way quotes of a text, each with 30 characters of context on either side. */
function wrongWay(text: string): string[] {
  return [...text.matchAll(WRONG_WAY)].map((match) => text.slice(Math.max(0, match.index - 30), match.index + match[0].length + 30).trim());
}

describe('curly quotes in the built pages', () => {
  it('are caught facing the wrong way by this check', () => {
    expect(wrongWay('A label ”X wins” costs')).toHaveLength(1);
    expect(wrongWay('the reference X‘s favourite')).toHaveLength(1);
    expect(wrongWay('“Explain to a ten-year-old.” Then the model’s X wins. A label “X wins”.')).toEqual([]);
  });

  it.each(htmlPages().map((page) => [page.rel, page] as const))('%s has none facing the wrong way', (_rel, page) => {
    expect(wrongWay(blockText(parsePage(page)))).toEqual([]);
  });
});
