/**
 * The text form of a widget: its summary sentence and its data table. The element renders the table as the
 * chart's text alternative; the Astro wrapper renders the same table at build time as the no-JavaScript
 * fallback. Cells are plain strings (rendered as text, never as HTML).
 */

/**
 * The text of a cell whose value is still being computed. The table renders it as an element of its own, so the
 * value that replaces it is new content rather than a text change: a right-aligned "…" turning into "0.745"
 * moves the text's start, which the browser counts as a layout shift (one with no reader input behind it).
 */
export const PENDING_CELL = '…';

/** A data table: caption, column headers and rows of cell strings (first cell of a row is its header). */
export interface WidgetTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

/** What the build-time fallback shows for a state. */
export interface WidgetFallback {
  summary: string;
  table: WidgetTable;
}
