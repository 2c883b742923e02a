/**
 * Scroll regions of an article: a display equation, a table or a code block wider than its column scrolls
 * sideways on its own (prose.css), so the page does not. A keyboard user can scroll it only if it takes focus, and a focused
 * element needs a name; but a focus stop on every equation that fits would only lengthen the Tab order. So the
 * attributes follow the overflow: {@link scrollRegionAttributes} says what an element should carry.
 */

/** What kind of content scrolls, for its accessible name. */
export type ScrollRegionKind = 'equation' | 'code' | 'table';

/**
 * The attributes a scroll region carries while it overflows; all of them are removed when it fits again. A table
 * keeps its own role (and its caption as its name, when it has one).
 */
export interface ScrollRegionAttributes {
  tabindex: '0';
  role?: 'group';
  'aria-label'?: string;
}

/** The accessible name of each kind of region. */
const LABELS: Record<ScrollRegionKind, string> = {
  equation: 'Equation (scrolls sideways)',
  code: 'Code (scrolls sideways)',
  table: 'Table (scrolls sideways)',
};

/**
 * The attributes an element of the given kind should carry while its content is wider than its box
 * (`scrollWidth > clientWidth`): a focus stop, and for equations and code a group role and a name; a table keeps
 * its role and gets a name only when it has no caption (`named`). None when it fits.
 *
 * @example
 * scrollRegionAttributes('equation', 674, 358) // → { tabindex: '0', role: 'group', 'aria-label': 'Equation (scrolls sideways)' }
 * scrollRegionAttributes('table', 674, 358, true) // → { tabindex: '0' }
 * scrollRegionAttributes('equation', 300, 358) // → null
 */
export function scrollRegionAttributes(
  kind: ScrollRegionKind,
  scrollWidth: number,
  clientWidth: number,
  named = false,
): ScrollRegionAttributes | null {
  // Sub-pixel content (KaTeX's struts) can make scrollWidth exceed clientWidth by one without anything hidden.
  if (!(scrollWidth > clientWidth + 1)) return null;
  if (kind === 'table') return named ? { tabindex: '0' } : { tabindex: '0', 'aria-label': LABELS.table };
  return { tabindex: '0', role: 'group', 'aria-label': LABELS[kind] };
}
