/**
 * Chart of the `rewardbench` widget (content/chapter-3/rewardbench.mdx): the selected reward model's accuracy
 * in each category (x = 1 Chat, 2 Chat Hard, 3 Safety, 4 Reasoning) with its bootstrap interval as a vertical
 * bar, the RewardBench score (mean of the categories) as a dashed line and chance (0.5) as a dotted one. Pure:
 * derived numbers and colours in, a Chart.js configuration out.
 */
import type { ChartColors } from '../shared/chart-colors.ts';
import { curveDataset, type LineDataset } from '../shared/chart-datasets.ts';
import type { ChartPoint, WidgetChartConfig } from '../shared/chart-types.ts';
import { formatFixed } from '../shared/format-number.ts';
import { lineChartOptions } from '../shared/line-chart-options.ts';
import type { RewardbenchDerived } from './model.ts';

/** The x tick label of a category position (1–4), empty elsewhere. */
export function categoryTick(names: readonly string[], value: number | string): string {
  const i = Number(value);
  return Number.isInteger(i) ? (names[i - 1] ?? '') : '';
}

/** The x ticks: one at each category position 1 … n. */
export function categoryTicks(count: number): { value: number }[] {
  return Array.from({ length: count }, (_, i) => ({ value: i + 1 }));
}

/**
 * The chart: accuracy per category with interval bars, the score and chance as horizontal lines.
 *
 * @example
 * rewardbenchChartConfig(deriveRewardbench(rewardbenchDefaults), paletteChartColors('light')).data.datasets.length; // → 4
 */
export function rewardbenchChartConfig(d: RewardbenchDerived, colors: ChartColors): WidgetChartConfig {
  const [blue, orange, , , grey] = colors.series;
  const bars: ChartPoint[] = [];
  const points: ChartPoint[] = [];
  d.categories.forEach((c, i) => {
    if (c.interval === null || c.accuracy === null) return;
    bars.push({ x: i + 1, y: c.interval.lower }, { x: i + 1, y: c.interval.upper }, { x: i + 1.5, y: Number.NaN });
    points.push({ x: i + 1, y: c.accuracy });
  });
  const span = [0.5, d.categories.length + 0.5];
  const datasets: LineDataset[] = [
    curveDataset(`${formatFixed(100 * d.level, 0)} % bootstrap interval`, bars, blue, { borderWidth: 3, spanGaps: false, clip: 8 }),
    { label: `Accuracy (${d.modelName})`, data: points, showLine: false, borderColor: blue, backgroundColor: blue, pointStyle: 'circle', pointRadius: 6, pointHoverRadius: 6, clip: 8 },
    curveDataset(`RewardBench score ${formatFixed(d.score.estimate, 3)}`, span.map((x) => ({ x, y: d.score.estimate })), orange, { borderDash: [6, 4] }),
    curveDataset('Chance (0.5)', span.map((x) => ({ x, y: 0.5 })), grey ?? blue, { borderDash: [2, 3] }),
  ];
  const options = lineChartOptions(colors, {
    x: { title: 'Category', min: 0.5, max: d.categories.length + 0.5 },
    y: { title: 'Accuracy', min: 0, max: 1 },
  });
  const names = d.categories.map((c) => c.name);
  const x = options.scales?.['x'] as Record<string, unknown> | undefined;
  if (x !== undefined) {
    // One tick (and grid line) per category, labelled with its name; Chart.js would put linear ticks between them.
    // maxRotation lets Chart.js tilt the four names when they do not fit side by side (a 320 px screen).
    x['afterBuildTicks'] = (scale: { ticks: { value: number }[] }) => {
      scale.ticks = categoryTicks(names.length);
    };
    x['ticks'] = { ...((x['ticks'] as Record<string, unknown> | undefined) ?? {}), align: 'center', autoSkip: false, maxRotation: 90, callback: (value: number | string) => categoryTick(names, value) };
  }
  return { type: 'line', data: { datasets }, options };
}

/**
 * The chart's accessible name.
 *
 * @example
 * rewardbenchChartDescription(deriveRewardbench(rewardbenchDefaults)); // → 'Accuracy of the length-biased reward model in each category …'
 */
export function rewardbenchChartDescription(d: RewardbenchDerived): string {
  return (
    `Accuracy of the ${d.modelName} reward model in each category (Chat, Chat Hard, Safety, Reasoning) with its ` +
    `${formatFixed(100 * d.level, 0)} % bootstrap interval, the RewardBench score ${formatFixed(d.score.estimate, 3)} as a dashed line ` +
    'and chance, 0.5, as a dotted line. The table below lists the numbers.'
  );
}
