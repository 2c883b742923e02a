/**
 * Chart of the `kl-budget` widget (content/chapter-1/kl-budget.mdx), following its view: the reward–KL frontier
 * of one toy-world prompt with the budget and the best policy within it, or the seed notebook's toy curves with
 * their maximizers. Pure: derived numbers and colours in, a Chart.js configuration out.
 */
import type { ChartColors } from '../shared/chart-colors.ts';
import { curveDataset, type LineDataset } from '../shared/chart-datasets.ts';
import type { ChartPoint, WidgetChartConfig } from '../shared/chart-types.ts';
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import { lineChartOptions } from '../shared/line-chart-options.ts';
import type { KlBudgetDerived, KlBudgetFrontier } from './model.ts';

/** A dataset of points without a line. */
function pointsDataset(label: string, data: ChartPoint[], colour: string, shape: 'circle' | 'triangle', radius: number): LineDataset {
  return {
    label,
    data,
    showLine: false,
    borderColor: colour,
    backgroundColor: colour,
    pointStyle: shape,
    pointRadius: radius,
    pointHoverRadius: radius,
  };
}

/**
 * The frontier view's axis bounds: every single-response policy and the budget fit.
 *
 * @example
 * frontierBounds(deriveKlBudget(klBudgetDefaults).frontier!, 0.2); // → { xMax: 2.25, yMin: 0, yMax: 2.25 }
 */
export function frontierBounds(f: KlBudgetFrontier, budget: number): { xMax: number; yMin: number; yMax: number } {
  const singleKl = f.toy.reference.map((p) => -Math.log(p));
  // Bounds on a 0.25 grid, so the axes end on round tick labels.
  const up = (x: number) => Math.ceil(x / 0.25) * 0.25 + 0; // + 0 turns −0 into 0
  const down = (x: number) => Math.floor(x / 0.25) * 0.25;
  const xMax = up(Math.max(...singleKl.filter(Number.isFinite), f.endKl, budget) * 1.03 + 0.02);
  const low = Math.min(...f.toy.rewards);
  const high = Math.max(...f.toy.rewards);
  const pad = Math.max(0.05, 0.05 * (high - low));
  return { xMax, yMin: down(low - pad), yMax: up(high + pad) };
}

function frontierChart(f: KlBudgetFrontier, budget: number, colors: ChartColors): WidgetChartConfig {
  const [blue, orange, teal, , grey] = colors.series;
  const { xMax, yMin, yMax } = frontierBounds(f, budget);
  const singles = f.toy.rewards
    .map((r, i) => ({ x: -Math.log(f.toy.reference[i] as number), y: r }))
    .filter((p) => Number.isFinite(p.x));
  const datasets: LineDataset[] = [
    curveDataset('Frontier: best E[r] within each KL', f.curve.map((p) => ({ x: p.kl, y: p.expectedReward })), blue, { tension: 0 }),
    curveDataset(`KL budget ε = ${formatFixed(budget, 2)}`, [{ x: budget, y: yMin }, { x: budget, y: yMax }], grey, { borderDash: [6, 4] }),
  ];
  if (f.best.binds) {
    // The tangent of slope β through the best point: the frontier's slope there (content/chapter-1/kl-budget.mdx).
    const half = 0.12 * xMax;
    const { kl, expectedReward: y, beta } = f.best;
    datasets.push(
      curveDataset(`Slope β = ${formatFixed(beta, 3)} at the budget`, [{ x: kl - half, y: y - beta * half }, { x: kl + half, y: y + beta * half }], teal, {
        borderDash: [2, 3],
      }),
    );
  }
  datasets.push(
    pointsDataset('Best policy within the budget', [{ x: f.best.kl, y: f.best.expectedReward }], orange, 'circle', 7),
    pointsDataset('Always one response (KL = −log π_ref(y))', singles, colors.fg, 'triangle', 6),
  );
  return {
    type: 'line',
    data: { datasets },
    options: lineChartOptions(colors, {
      x: { title: 'KL(π ‖ π_ref) in nats', min: 0, max: xMax },
      y: { title: 'Expected reward E_π[r]', min: yMin, max: yMax },
    }),
  };
}

function seedChart(derived: KlBudgetDerived, colors: ChartColors): WidgetChartConfig {
  const seed = derived.seed;
  const curves = seed?.curves ?? [];
  const grid = seed === null ? [] : Array.from(seed.grid);
  const datasets: LineDataset[] = curves.map((c, i) =>
    curveDataset(`β = ${formatParameter(c.beta)}`, grid.map((s, j) => ({ x: s, y: c.objective[j] as number })), colors.series[i % 3] as string, {
      tension: 0,
      ...(i === 1 ? { borderDash: [8, 4] } : i === 2 ? { borderDash: [2, 3] } : {}),
    }),
  );
  datasets.push(
    pointsDataset(
      'Exact maximizer s* = min(1/(2β), 2)',
      curves.map((c) => ({ x: c.exactMaximizer, y: c.exactMaximizer - c.beta * c.exactMaximizer ** 2 })),
      colors.fg,
      'circle',
      6,
    ),
  );
  return {
    type: 'line',
    data: { datasets },
    options: lineChartOptions(colors, {
      x: { title: 'Policy shift proxy s', min: 0, max: 2 },
      y: { title: 'J(s) = s − β·s²', min: -1.5, max: 2 },
    }),
  };
}

/**
 * The chart of the selected view.
 *
 * @example
 * klBudgetChartConfig(deriveKlBudget(klBudgetDefaults), paletteChartColors('light')).data.datasets.length; // → 5
 */
export function klBudgetChartConfig(derived: KlBudgetDerived, colors: ChartColors): WidgetChartConfig {
  if (derived.frontier !== null) return frontierChart(derived.frontier, derived.budget, colors);
  return seedChart(derived, colors);
}

/**
 * The chart's accessible name, following the view.
 *
 * @example
 * klBudgetChartDescription(deriveKlBudget(klBudgetDefaults));
 * // → 'Expected reward against KL from π_ref: the frontier, the budget at 0.20 nats and the best policy within it, …'
 */
export function klBudgetChartDescription(derived: KlBudgetDerived): string {
  if (derived.frontier === null) {
    return 'The seed notebook’s toy objective s − β·s² on [0, 2] for three values of β, each maximizer marked; the table below lists them.';
  }
  return (
    `Expected reward against KL from π_ref: the frontier, the budget at ${formatFixed(derived.budget, 2)} nats and the ` +
    'best policy within it, and the policies that always give one response; the table below lists the policies.'
  );
}
