/**
 * The text form of a widget: its summary sentence and its data table. The element renders the table as the
 * chart's text alternative; the Astro wrapper renders the same table at build time as the no-JavaScript
 * fallback. Cells are plain strings (rendered as text, never as HTML).
 */

/**
 * The text of a cell whose value is still being computed (the table renders every changed cell as a new text
 * node, so a value replacing it does not count as a layout shift; number-list-table.ts).
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
