/**
 * The performance budgets of the project and the flat list of figures a run
 * produces: every measured number with its unit, which direction is better, and — when a budget applies — the
 * budget and whether the number passes it. A figure with a budget but no value (the measurement failed)
 * fails. Sizes are bytes (1 KB = 1000 bytes), times milliseconds unless the unit says µs.
 */

/**
 * @typedef {'<' | '<=' | '>=' | '='} BudgetOp
 * @typedef {{ op: BudgetOp, limit: number, text: string }} Budget
 * @typedef {{
 *   key: string, subject: string, metric: string, value: number | null, unit: string,
 *   better: 'lower' | 'higher', budget: Budget | null, pass: boolean | null, note?: string
 * }} Figure
 */

/** The budgets, by metric name. */
export const BUDGETS = Object.freeze({
  loaderJs: { op: '<=', limit: 3000, text: '≤ 3 KB gzip of JS before any widget is near the viewport' },
  allJs: { op: '<=', limit: 90_000, text: '≤ 90 KB gzip of JS with all widgets loaded' },
  // The embedding bundle scales with the widgets a host page uses, not with the course: widgets.js alone (1.2 KB
  // gzip; 64 KB while it imported every element) and widgets.js plus everything one widget needs. That second
  // figure has a fixed floor, the shared chunk: Chart.js with the line-chart registration (41.2 KB gzip bundled
  // alone by rolldown with property reads counted as pure, which drops the unregistered scales; 47.7 KB without,
  // 48.6 KB with esbuild), Lit (6.0 KB) and the widget platform (element base class, styles, controls, theme, chart
  // controller, the equation linking, tables; about 12 KB, the training pieces apart): 61.7 KB in all. The
  // widget's own chunk, its math and the training pieces add 3.8–14.3 KB (65.6–76.1 KB in all for the 25 widgets
  // of December 2026; 73.1–82.1 KB before the scales left). The budget was 70 KB when the platform was half its
  // size; 80 KB keeps room for a widget over the floor, well inside the 90 KB of a page.
  bundleEntryJs: { op: '<=', limit: 3000, text: '≤ 3 KB gzip for widgets.js alone (the embedding entry, before any widget)' },
  bundleWidgetJs: { op: '<=', limit: 80_000, text: '≤ 80 KB gzip for widgets.js plus the chunks of one widget' },
  perf: { op: '>=', limit: 99, text: 'Lighthouse mobile Performance ≥ 99' },
  a11y: { op: '=', limit: 100, text: 'Lighthouse Accessibility = 100' },
  bestPractices: { op: '=', limit: 100, text: 'Lighthouse Best Practices = 100' },
  seo: { op: '=', limit: 100, text: 'Lighthouse SEO = 100' },
  cls: { op: '<=', limit: 0, text: 'CLS 0 (max of the CLS observed from load through every widget upgrade and Lighthouse CLS)' },
  repaintMedian: { op: '<=', limit: 8, text: 'control-to-repaint median ≤ 8 ms in headless Chromium' },
  // The budget against the peers: keydown → painted frame no slower than a plain Chart.js chart with a
  // slider in the same run, p90 under 25 ms. The same-run comparison is the peer harness's (../shared/peers);
  // the bench checks the absolute half.
  keyPaintP90: { op: '<', limit: 25, text: 'keydown → painted frame p90 < 25 ms (real ArrowRight presses on the first slider, 1350×940)' },
  buildMs: { op: '<=', limit: 60_000, text: 'full build ≤ 60 s' },
  trainerRun: { op: '<=', limit: 100, text: 'a default toy-world trainer run ≤ 100 ms in Node (its end state well within a second on a laptop)' },
});

/**
 * Whether a value passes a budget.
 *
 * @param {number | null} value
 * @param {Budget} budget
 * @returns {boolean}
 * @example passes(2.5, { op: '<=', limit: 8, text: '' }) // true
 * @example passes(null, { op: '<=', limit: 8, text: '' }) // false (no measurement)
 */
export function passes(value, budget) {
  if (value === null || !Number.isFinite(value)) return false;
  if (budget.op === '<') return value < budget.limit;
  if (budget.op === '<=') return value <= budget.limit;
  if (budget.op === '>=') return value >= budget.limit;
  return value === budget.limit;
}

/**
 * Makes a figure; with a budget name, checks it.
 *
 * @param {{ subject: string, metric: string, value: number | null | undefined, unit: string,
 *   better?: 'lower' | 'higher', budget?: keyof typeof BUDGETS, note?: string }} spec
 * @returns {Figure}
 * @example figure({ subject: 'build', metric: 'buildMs', value: 12000, unit: 'ms', budget: 'buildMs' }).pass // true
 */
export function figure({ subject, metric, value, unit, better = 'lower', budget, note }) {
  const clean = value === undefined || value === null || Number.isNaN(value) ? null : value;
  const rule = budget ? /** @type {Budget} */ (BUDGETS[budget]) : null;
  return {
    key: `${subject} · ${metric}`,
    subject,
    metric,
    value: clean,
    unit,
    better,
    budget: rule,
    pass: rule ? passes(clean, rule) : null,
    ...(note ? { note } : {}),
  };
}

/**
 * Counts the checked figures and lists the failures.
 *
 * @param {readonly Figure[]} figures
 * @returns {{ checked: number, passed: number, failures: Figure[] }}
 * @example summarizeBudgets([figure({ subject: 'build', metric: 'buildMs', value: 70000, unit: 'ms', budget: 'buildMs' })]).failures.length // 1
 */
export function summarizeBudgets(figures) {
  const checked = figures.filter((item) => item.budget !== null);
  const failures = checked.filter((item) => item.pass === false);
  return { checked: checked.length, passed: checked.length - failures.length, failures };
}
