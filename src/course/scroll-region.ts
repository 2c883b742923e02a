/**
 * Scroll regions of an article: a display equation or a code block wider than its column scrolls sideways on its
 * own (prose.css), so the page does not. A keyboard user can scroll it only if it takes focus, and a focused
 * element needs a name; but a focus stop on every equation that fits would only lengthen the Tab order. So the
 * attributes follow the overflow: {@link scrollRegionAttributes} says what an element should carry.
 */

/** What kind of content scrolls, for its accessible name. */
export type ScrollRegionKind = 'equation' | 'code';

/** The attributes a scroll region carries while it overflows; all of them are removed when it fits again. */
export interface ScrollRegionAttributes {
  tabindex: '0';
  role: 'group';
  'aria-label': string;
}

/** The accessible name of each kind of region. */
const LABELS: Record<ScrollRegionKind, string> = {
  equation: 'Equation (scrolls sideways)',
  code: 'Code (scrolls sideways)',
};

/**
 * The attributes an element of the given kind should carry: a focus stop, a group role and a name while its
 * content is wider than its box (`scrollWidth > clientWidth`), none when it fits.
 *
 * @example
 * scrollRegionAttributes('equation', 674, 358) // → { tabindex: '0', role: 'group', 'aria-label': 'Equation (scrolls sideways)' }
 * scrollRegionAttributes('equation', 300, 358) // → null
 */
export function scrollRegionAttributes(
  kind: ScrollRegionKind,
  scrollWidth: number,
  clientWidth: number,
): ScrollRegionAttributes | null {
  // Sub-pixel content (KaTeX's struts) can make scrollWidth exceed clientWidth by one without anything hidden.
  if (!(scrollWidth > clientWidth + 1)) return null;
  return { tabindex: '0', role: 'group', 'aria-label': LABELS[kind] };
}
