/**
 * The chart of the `reward-margins` widget (content/chapter-3/reward-margins.mdx): the histogram of the margins
 * $m = r_w - r_l$ as a stepped outline (pairs per bin of width 0.25), with the histogram of the run without a
 * margin term at the same step dashed behind it, and a vertical line at $m = 0$: pairs left of it are ordered against their label.
 */
import type { ChartColors } from '../shared/chart-colors.ts';
import { curveDataset } from '../shared/chart-datasets.ts';
import type { ChartPoint, WidgetChartConfig } from '../shared/chart-types.ts';
import { lineChartOptions } from '../shared/line-chart-options.ts';
import type { RewardMarginsDerived } from './model.ts';

/**
 * A histogram as the corners of a stepped outline: each bin's left edge at its count, and the right end of the last
 * bin (drawn with `stepped: 'after'`).
 *
 * @example
 * histogramOutline([1, 3], -1, 1); // → [{ x: −1, y: 1 }, { x: 0, y: 3 }, { x: 1, y: 3 }]
 */
export function histogramOutline(counts: readonly number[], lo: number, hi: number): ChartPoint[] {
  const width = (hi - lo) / counts.length;
  const points = counts.map((c, k) => ({ x: lo + k * width, y: c }));
  return [...points, { x: hi, y: counts[counts.length - 1] ?? 0 }];
}

/**
 * The chart configuration for a derived state and the theme's colours.
 *
 * @example
 * rewardMarginsChartConfig(deriveRewardMargins(rewardMarginsDefaults), paletteChartColors('light')).data.datasets.length; // → 3
 */
export function rewardMarginsChartConfig(d: RewardMarginsDerived, colors: ChartColors): WidgetChartConfig {
  const [blue] = colors.series;
  const lo = -4;
  const hi = 4;
  const top = Math.max(10, ...d.counts, ...(d.reference ?? []));
  const datasets = [
    curveDataset('Margins now', histogramOutline(d.counts, lo, hi), blue as string, { stepped: 'after', borderWidth: 2.5 }),
    ...(d.reference === null
      ? []
      : [curveDataset('No margin term, same step', histogramOutline(d.reference, lo, hi), colors.muted, { stepped: 'after', borderDash: [6, 4], borderWidth: 1.5 })]),
    curveDataset('m = 0 (left: ordered wrongly)', [{ x: 0, y: 0 }, { x: 0, y: top }], colors.fg, { borderDash: [2, 3], borderWidth: 1 }),
  ];
  return {
    type: 'line',
    data: { datasets },
    options: lineChartOptions(colors, { x: { title: 'Margin m = r_w − r_l', min: lo, max: hi }, y: { title: 'Pairs per bin (width 0.25)', min: 0, suggestedMax: top } }),
  };
}
