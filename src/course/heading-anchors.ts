/**
 * Deep-link anchors on the headings of the course text: rehype-autolink-headings appends to every `h2`–`h4` that
 * has an id (Astro's rehypeHeadingIds gives them one first) a link to the heading itself. The link holds no text
 * (its `#` is drawn by CSS, src/styles/prose.css), so the heading's text, its outline entry and the search index
 * stay as written; its accessible name says where it points, from the heading's text as screen readers read it
 * (the MathML of a formula, not KaTeX's aria-hidden HTML).
 *
 * @example
 * // astro.config.mjs: rehypePlugins: [..., rehypeHeadingIds, [rehypeAutolinkHeadings, headingAnchorOptions]]
 */
import type { Options } from 'rehype-autolink-headings';
import { headingText, type HeadingNode } from './heading-texts.ts';

/** Options for rehype-autolink-headings: an empty link after the text, named after its heading. */
export const headingAnchorOptions: Options = {
  behavior: 'append',
  test: ['h2', 'h3', 'h4'],
  content: [],
  properties: (element) => ({
    className: ['heading-anchor'],
    ariaLabel: `Link to “${headingText(element as HeadingNode)}”`,
    dataPagefindIgnore: '',
  }),
};
