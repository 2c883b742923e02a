/**
 * Compares two benchmark results figure by figure (matched by key): the old and new value, the change, whether
 * it is better or worse, and budget verdicts that flipped.
 */
import { formatFigureValue } from './report-text.mjs';
import { formatTable } from './text-table.mjs';

/** Relative changes up to this size (0.5 %) count as unchanged unless a budget verdict flips. */
const NOISE = 0.005;

/**
 * Formats the comparison of an earlier result with the current one. Figures that did not change (or moved by
 * at most 0.5 % without a budget verdict flipping) are counted, not listed; figures present in only one run are listed at the end.
 *
 * @param {{ timestamp: string, figures: import('./budgets.mjs').Figure[] }} before
 * @param {{ timestamp: string, figures: import('./budgets.mjs').Figure[] }} after
 * @returns {string}
 * @example formatComparison(JSON.parse(readFileSync('bench-results/old.json', 'utf8')), result)
 */
export function formatComparison(before, after) {
  const old = new Map(before.figures.map((item) => [item.key, item]));
  const rows = [];
  let unchanged = 0;
  for (const item of after.figures) {
    const previous = old.get(item.key);
    if (!previous) continue;
    old.delete(item.key);
    const tiny =
      previous.value !== null &&
      item.value !== null &&
      Math.abs(item.value - previous.value) <= NOISE * Math.abs(previous.value);
    if ((previous.value === item.value || tiny) && previous.pass === item.pass) {
      unchanged += 1;
      continue;
    }
    let change = '';
    let verdict = '';
    if (previous.value !== null && item.value !== null) {
      const delta = item.value - previous.value;
      const relative = previous.value !== 0 ? ` (${delta >= 0 ? '+' : ''}${((delta / Math.abs(previous.value)) * 100).toFixed(1)} %)` : '';
      change = `${delta >= 0 ? '+' : ''}${formatFigureValue({ ...item, value: delta })}${relative}`;
      const improved = item.better === 'lower' ? delta < 0 : delta > 0;
      verdict = delta === 0 ? '' : improved ? 'better' : 'worse';
    }
    if (previous.pass !== item.pass && item.budget) verdict += `${verdict ? ', ' : ''}${item.pass ? 'now passes' : 'now FAILS'}`;
    rows.push([item.key, formatFigureValue(previous), formatFigureValue(item), change, verdict]);
  }
  const added = after.figures.filter((item) => !before.figures.some((candidate) => candidate.key === item.key));
  const lines = [`Compared with ${before.timestamp}: ${rows.length} changed, ${unchanged} unchanged (within ±0.5 %)`];
  if (rows.length > 0) lines.push(formatTable(['figure', 'before', 'now', 'change', ''], rows));
  if (added.length > 0) lines.push(`New figures: ${added.map((item) => item.key).join('; ')}`);
  if (old.size > 0) lines.push(`Gone since then: ${[...old.keys()].join('; ')}`);
  return lines.join('\n');
}
