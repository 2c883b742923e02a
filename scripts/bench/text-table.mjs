/**
 * A plain-text table with aligned columns, for terminal output.
 */

/**
 * Formats rows under a header: columns padded to their widest cell, numbers (cells that look numeric)
 * right-aligned, a dashed rule under the header.
 *
 * @param {readonly string[]} header
 * @param {readonly (readonly string[])[]} rows
 * @returns {string}
 * @example formatTable(['page', 'KB'], [['/', '1.3']])
 * // 'page |  KB\n-----+----\n/    | 1.3'
 */
export function formatTable(header, rows) {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const numeric = header.map((_, column) =>
    rows.length > 0 && rows.every((row) => /^[-+]?[\d.,]+(?:\s?\S{0,2})?$|^–$|^n\/a$/.test(row[column] ?? '')),
  );
  /** @param {readonly string[]} row */
  const line = (row) =>
    row
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return numeric[column] ? cell.padStart(width) : cell.padEnd(width);
      })
      .join(' | ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('-+-');
  return [line(header), rule, ...rows.map(line)].join('\n');
}
