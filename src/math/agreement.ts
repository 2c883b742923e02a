/**
 * Inter-annotator agreement: raw agreement, Cohen's κ (two raters) and Fleiss' κ (many raters)
 * (Cohen 1960; Fleiss 1971).
 *
 * Convention for degenerate cases: when chance agreement is 1 (every label in one category, so $1 - p_e = 0$)
 * κ is defined as **1** if observed agreement is 1 — which it always is then — so κ is never `NaN`.
 *
 * @module
 */
import { assertInteger, assertNonEmpty, assertSameLength, fail } from './validate.ts';

function toIntegerLabels(name: string, labels: ArrayLike<number>): number[] {
  const n = assertNonEmpty(name, labels);
  const out: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = assertInteger(`${name}[${String(i)}]`, labels[i]);
  return out;
}

/**
 * Raw (observed) agreement of two raters over the same items:
 * $$ p_o = \frac{1}{n}\sum_{i=1}^{n} \mathbf{1}[a_i = b_i]. $$
 *
 * Edge cases: labels must be integers (category codes), both arrays non-empty and of equal length; otherwise
 * `RangeError` naming the argument.
 *
 * @example
 * rawAgreement([0, 1, 1, 0], [0, 1, 0, 0]); // 0.75
 */
export function rawAgreement(labelsA: ArrayLike<number>, labelsB: ArrayLike<number>): number {
  const a = toIntegerLabels('labelsA', labelsA);
  const b = toIntegerLabels('labelsB', labelsB);
  const n = assertSameLength('labelsA', a, 'labelsB', b);
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/**
 * Cohen's κ from a $k \times k$ confusion table $t$ ($t_{jk}$ = items rater A put in category $j$ and rater B
 * in $k$), with $N = \sum_{jk} t_{jk}$:
 * $$ \kappa = \frac{p_o - p_e}{1 - p_e}, \quad p_o = \frac{\sum_k t_{kk}}{N}, \quad p_e = \sum_k \frac{t_{k\cdot}}{N}\frac{t_{\cdot k}}{N}, $$
 * evaluated in integer arithmetic as $\kappa = (N \sum_k t_{kk} - \sum_k t_{k\cdot}t_{\cdot k}) / (N^2 - \sum_k t_{k\cdot}t_{\cdot k})$.
 *
 * Edge cases: $p_e = 1$ (both raters used one and the same category) gives κ = 1 (then $p_o = 1$ too); see
 * the module convention. κ ranges in $[-1, 1]$. The table must be square and non-empty with non-negative integer
 * counts and a positive total; otherwise `RangeError` naming `table`.
 *
 * @example
 * cohenKappaFromTable([[45, 5], [5, 45]]); // 0.8 (the κ paradox, Feinstein and Cicchetti 1990)
 * cohenKappaFromTable([[85, 5], [5, 5]]); // 0.4444444444444444
 * cohenKappaFromTable([[90, 5], [5, 0]]); // -0.05263157894736842
 */
export function cohenKappaFromTable(table: ArrayLike<ArrayLike<number>>): number {
  const k = assertNonEmpty('table', table);
  const rows = new Float64Array(k);
  const cols = new Float64Array(k);
  let total = 0;
  let diagonal = 0;
  for (let j = 0; j < k; j++) {
    const row = table[j];
    if (row === undefined || assertNonEmpty(`table[${String(j)}]`, row) !== k) fail(`table[${String(j)}]`, `a row of length ${String(k)} (square table)`, row);
    for (let c = 0; c < k; c++) {
      const v = assertInteger(`table[${String(j)}][${String(c)}]`, row[c], 0);
      rows[j] = (rows[j] as number) + v;
      cols[c] = (cols[c] as number) + v;
      total += v;
      if (c === j) diagonal += v;
    }
  }
  if (total === 0) fail('table', 'a table with a positive total count', table);
  let chance = 0;
  for (let j = 0; j < k; j++) chance += (rows[j] as number) * (cols[j] as number);
  const denominator = total * total - chance;
  if (denominator === 0) return 1;
  return (total * diagonal - chance) / denominator;
}

/**
 * Cohen's κ for two raters labelling the same $n$ items with integer category codes:
 * $$ \kappa = \frac{p_o - p_e}{1 - p_e}, \qquad p_e = \sum_k p_{A,k}\, p_{B,k}, $$
 * where $p_{A,k}$ is the fraction of items rater A put in category $k$ (chance agreement from the raters'
 * marginals). Computed from counts in integer arithmetic (exact up to the final division).
 *
 * Edge cases: if both raters always use one and the same category, $p_e = 1$ and κ is defined as 1 (then
 * $p_o = 1$; documented convention, never `NaN`). Labels must be integers, arrays non-empty and of equal length;
 * otherwise `RangeError` naming the argument.
 *
 * @example
 * cohenKappa([0, 0, 1, 1], [0, 0, 1, 0]); // 0.5
 * cohenKappa([1, 1, 1], [1, 1, 1]); // 1 (p_e = 1 convention)
 */
export function cohenKappa(labelsA: ArrayLike<number>, labelsB: ArrayLike<number>): number {
  const a = toIntegerLabels('labelsA', labelsA);
  const b = toIntegerLabels('labelsB', labelsB);
  const n = assertSameLength('labelsA', a, 'labelsB', b);
  const countA = new Map<number, number>();
  const countB = new Map<number, number>();
  let same = 0;
  for (let i = 0; i < n; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    countA.set(x, (countA.get(x) ?? 0) + 1);
    countB.set(y, (countB.get(y) ?? 0) + 1);
    if (x === y) same++;
  }
  let chance = 0;
  for (const [category, ca] of countA) chance += ca * (countB.get(category) ?? 0);
  const denominator = n * n - chance;
  if (denominator === 0) return 1;
  return (n * same - chance) / denominator;
}

/**
 * Fleiss' κ for $N$ items each rated by the same number $n \ge 2$ of raters into $k$ categories; `table[i][j]`
 * = $n_{ij}$, the number of raters who put item $i$ in category $j$:
 * $$ P_i = \frac{\sum_j n_{ij}(n_{ij}-1)}{n(n-1)}, \quad \bar P = \frac{1}{N}\sum_i P_i, \quad p_j = \frac{\sum_i n_{ij}}{Nn}, \quad \bar P_e = \sum_j p_j^2, \quad \kappa = \frac{\bar P - \bar P_e}{1 - \bar P_e}. $$
 *
 * Edge cases: $\bar P_e = 1$ (every rating in one category) gives κ = 1 (then $\bar P = 1$; same convention as
 * {@link cohenKappa}). Rows must be non-empty, of equal length, with non-negative integer counts summing to the
 * same $n \ge 2$; otherwise `RangeError` naming `table`.
 *
 * @example
 * // Fleiss (1971) example as reproduced on Wikipedia: 10 items, 14 raters, 5 categories
 * fleissKappa([[0,0,0,0,14],[0,2,6,4,2],[0,0,3,5,6],[0,3,9,2,0],[2,2,8,1,1],
 *              [7,7,0,0,0],[3,2,6,3,0],[2,5,3,2,2],[6,5,2,1,0],[0,2,2,3,7]]); // 0.20993070442195522
 */
export function fleissKappa(table: ArrayLike<ArrayLike<number>>): number {
  const items = assertNonEmpty('table', table);
  let categories = -1;
  let raters = -1;
  let columnTotals = new Float64Array(0);
  let agreementSum = 0; // Σ_i Σ_j n_ij (n_ij − 1)
  for (let i = 0; i < items; i++) {
    const row = table[i];
    const name = `table[${String(i)}]`;
    const k = assertNonEmpty(name, row);
    if (categories === -1) {
      categories = k;
      columnTotals = new Float64Array(k);
    } else if (k !== categories) fail(name, `a row of length ${String(categories)} (same as table[0])`, row);
    let rowTotal = 0;
    for (let j = 0; j < k; j++) {
      const v = assertInteger(`${name}[${String(j)}]`, (row as ArrayLike<number>)[j], 0);
      rowTotal += v;
      agreementSum += v * (v - 1);
      columnTotals[j] = (columnTotals[j] as number) + v;
    }
    if (raters === -1) {
      if (rowTotal < 2) fail(name, 'a row whose counts sum to at least 2 raters', rowTotal);
      raters = rowTotal;
    } else if (rowTotal !== raters) fail(name, `a row whose counts sum to ${String(raters)} (same number of raters as table[0])`, rowTotal);
  }
  const pBar = agreementSum / (items * raters * (raters - 1));
  let pBarE = 0;
  for (let j = 0; j < categories; j++) {
    const pj = (columnTotals[j] as number) / (items * raters);
    pBarE += pj * pj;
  }
  if (pBarE === 1) return 1;
  return (pBar - pBarE) / (1 - pBarE);
}

/**
 * Fleiss' κ from the raw labels of $m \ge 2$ raters who each labelled the same $N$ items with integer category
 * codes (`raters[r][i]` = rater $r$'s label of item $i$): counts $n_{ij}$ of raters putting item $i$ in
 * category $j$ (over the categories that occur), then {@link fleissKappa}. With two raters this is Scott's π,
 * which pools both raters' marginals and so differs from Cohen's κ when their yes-rates differ.
 *
 * Edge cases: at least 2 raters, each a non-empty array of integers as long as `raters[0]`; otherwise
 * `RangeError` naming the argument. Every label in one category gives κ = 1 (module convention).
 *
 * @example
 * fleissKappaFromLabels([[0, 0, 1, 1], [0, 0, 1, 0]]); // 0.4666666666666667 (Scott's π; Cohen's κ is 0.5)
 */
export function fleissKappaFromLabels(raters: ArrayLike<ArrayLike<number>>): number {
  const m = assertNonEmpty('raters', raters);
  if (m < 2) fail('raters', 'an array of at least 2 raters', raters);
  const rows = Array.from({ length: m }, (_, r) => toIntegerLabels(`raters[${String(r)}]`, raters[r] as ArrayLike<number>));
  const first = rows[0] as number[];
  for (let r = 1; r < m; r++) assertSameLength('raters[0]', first, `raters[${String(r)}]`, rows[r] as number[]);
  const categories = [...new Set(rows.flat())].sort((x, y) => x - y);
  const column = new Map(categories.map((c, j) => [c, j]));
  const table = first.map((_, i) => {
    const counts = new Array<number>(categories.length).fill(0);
    for (const row of rows) {
      const j = column.get(row[i] as number) as number;
      counts[j] = (counts[j] as number) + 1;
    }
    return counts;
  });
  return fleissKappa(table);
}
