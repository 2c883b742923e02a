/**
 * The widget's data table, which is also the chart's text alternative and, for number-list fields, their
 * editor: chosen columns become number inputs (each with a visually hidden `<label for>`), and buttons add or
 * remove a row across all edited lists together, so paired lists stay aligned. Cells are rendered as text.
 * When a row button disables itself at its limit, focus moves to the other one instead of dropping to
 * `<body>`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { clampNumber, parseDecimal, type NumberListField } from './schema.ts';
import type { WidgetTable } from './widget-table.ts';

/** A table column backed by a number-list field. */
export interface EditableColumn {
  /** Column index in the table (0 is the row header). */
  column: number;
  /** State key of the list. */
  key: string;
  field: NumberListField;
  /** The list's current values, one per row. */
  values: readonly number[];
  /** Accessible label of row `row`'s input (0-based), e.g. `Pair 1: reward of the chosen answer`. */
  cellLabel: (row: number) => string;
}

/** Options of {@link numberListTable}. */
export interface NumberListTableOptions {
  /** Id prefix, unique in the shadow root. */
  id: string;
  table: WidgetTable;
  /** Columns to edit; none (or `undefined`) renders a read-only table. */
  editable?: readonly EditableColumn[];
  /** A new list for `key` after an edit, clamped into the field's range. */
  onChange?: (changes: Readonly<Record<string, number[]>>) => void;
  /** Value a new row starts with in every edited list. */
  newRowValue?: number;
  /** Noun for the add / remove buttons, e.g. `pair`. */
  rowNoun?: string;
  /** Row labels may wrap onto two lines (a long label would otherwise widen the table past its region). */
  wrapRowHeaders?: boolean;
}

/**
 * The text with every digit as 0: with tabular figures, two numbers of one shape are equally wide.
 *
 * @example
 * shapeOf('−0.215'); // '−0.000'
 */
export function shapeOf(text: string): string {
  return text.replace(/[0-9]/g, '0');
}

/**
 * The table template (wrapped in a horizontally scrollable, focusable region labelled by its caption).
 *
 * @example
 * html`${numberListTable({ id: 'pairs', table, editable: [...], onChange: (lists) => set(lists) })}`
 */
export function numberListTable(options: NumberListTableOptions): TemplateResult {
  const { id, table } = options;
  const editable = options.editable ?? [];
  const byColumn = new Map(editable.map((column) => [column.column, column]));
  const rowCount = table.rows.length;
  const noun = options.rowNoun ?? 'row';
  const emit = (changes: Record<string, number[]>) => options.onChange?.(changes);

  const onCell = (column: EditableColumn, row: number) => (event: Event) => {
    const input = event.target as HTMLInputElement;
    const parsed = parseDecimal(input.value);
    const current = column.values[row] ?? 0;
    if (parsed === null) {
      input.value = String(current);
      return;
    }
    const next = [...column.values];
    next[row] = clampNumber(parsed, column.field.min, column.field.max);
    input.value = String(next[row]);
    emit({ [column.key]: next });
  };
  const resize = (delta: 1 | -1) => (event: Event) => {
    const changes: Record<string, number[]> = {};
    for (const column of editable) {
      const next = column.values.slice(0, rowCount);
      if (delta > 0) next.push(clampNumber(options.newRowValue ?? 0, column.field.min, column.field.max));
      else next.pop();
      changes[column.key] = next;
    }
    emit(changes);
    void keepFocusInActions(event.currentTarget);
  };
  const canAdd = editable.length > 0 && editable.every((column) => rowCount < column.field.maxLength);
  const canRemove = editable.length > 0 && editable.every((column) => rowCount > column.field.minLength);

  const cell = (text: string, row: number, columnIndex: number) => {
    if (columnIndex === 0) return html`<th scope="row">${text}</th>`;
    const column = byColumn.get(columnIndex);
    // Keyed by its shape, a cell whose value changes width gets a new text node: new content, not a moved one.
    // Updated in place, a right-aligned number that changes width ("…" → "0.745", "0.000" → "−0.215" as a run
    // trains) moves its start, which the browser counts as a layout shift when no reader input caused it. A number
    // of the same shape (the table's figures are tabular) keeps its width and its text node: on a slider's every
    // step the node is only given new text, which is cheaper to lay out than a removed and inserted one.
    if (column === undefined) return html`<td>${keyed(shapeOf(text), text)}</td>`;
    const inputId = `${id}-${column.key}-${row}`;
    return html`<td>
      <label class="visually-hidden" for=${inputId}>${column.cellLabel(row)}</label>
      <input
        type="number"
        id=${inputId}
        min=${String(column.field.min)}
        max=${String(column.field.max)}
        step=${String(column.field.step)}
        .value=${live(String(column.values[row] ?? 0))}
        @change=${onCell(column, row)}
      />
    </td>`;
  };

  return html`<div class="table-wrap" role="region" aria-labelledby=${`${id}-caption`} tabindex="0">
      <table class=${options.wrapRowHeaders === true ? 'wrap-row-headers' : ''}>
        <caption id=${`${id}-caption`}>${table.caption}</caption>
        <thead>
          <tr>
            ${table.columns.map((column) => html`<th scope="col">${column}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${table.rows.map((row, rowIndex) => html`<tr>${row.map((text, columnIndex) => cell(text, rowIndex, columnIndex))}</tr>`)}
        </tbody>
      </table>
    </div>
    ${editable.length === 0
      ? nothing
      : html`<div class="table-actions">
          <button type="button" ?disabled=${!canAdd} @click=${resize(1)}>Add ${noun}</button>
          <button type="button" ?disabled=${!canRemove} @click=${resize(-1)}>Remove last ${noun}</button>
        </div>`}`;
}

/**
 * After the host element has re-rendered, moves focus from a row button that disabled itself (its row limit
 * reached) to an enabled sibling button, so keyboard users stay in the widget.
 */
async function keepFocusInActions(target: EventTarget | null): Promise<void> {
  if (!(target instanceof HTMLButtonElement)) return;
  const root = target.getRootNode();
  const host = root instanceof ShadowRoot ? (root.host as Partial<{ updateComplete: Promise<unknown> }>) : undefined;
  await host?.updateComplete;
  if (!target.disabled) return;
  const active = root instanceof ShadowRoot ? root.activeElement : document.activeElement;
  if (active !== null && active !== target) return; // the reader has moved on
  const siblings = target.parentElement?.querySelectorAll('button') ?? [];
  [...siblings].find((button) => button !== target && !button.disabled)?.focus();
}

/** The two number-list fields of a per-pair widget, one value per preference pair for each side. */
export interface PairFields {
  chosen: NumberListField;
  rejected: NumberListField;
}

/**
 * The editable columns of a per-pair table: column 1 edits `chosen`, column 2 edits `rejected` (each cut to
 * the `count` rows the table shows), with inputs labelled `Pair <n>: <quantity(side)>`.
 *
 * @param quantity what a cell holds for a side, e.g. `(side) => \`reward of the ${side} answer\``
 * @example
 * numberListTable({ id: 'pairs', table, editable: pairColumns(schema, state, 4, (side) => `reward of the ${side} answer`) })
 */
export function pairColumns(
  fields: PairFields,
  values: { chosen: readonly number[]; rejected: readonly number[] },
  count: number,
  quantity: (side: 'chosen' | 'rejected') => string,
): EditableColumn[] {
  return (['chosen', 'rejected'] as const).map((side, index) => ({
    column: index + 1,
    key: side,
    field: fields[side],
    values: values[side].slice(0, count),
    cellLabel: (row: number) => `Pair ${row + 1}: ${quantity(side)}`,
  }));
}
