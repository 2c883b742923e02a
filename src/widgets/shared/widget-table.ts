/**
 * The text form of a widget: its summary sentence and its data table. The element renders the table as the
 * chart's text alternative; the Astro wrapper renders the same table at build time as the no-JavaScript
 * fallback. Cells are plain strings (rendered as text, never as HTML).
 */

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
