/**
 * Chart of the `overoptimization` widget (content/chapter-4/overoptimization.mdx): proxy and gold gains over
 * π_ref against $d = \sqrt{\mathrm{KL}}$, along the β path (lines) and best-of-$n$ (points), with Gao et al.'s two
 * fitted forms dashed and the chosen policy marked. Pure: derived numbers and colours in, a Chart.js
 * configuration out.
 */
import { goldRewardBestOfN, goldRewardRl } from '../../math/index.ts';
import type { ChartColors } from '../shared/chart-colors.ts';
import { curveDataset, type LineDataset } from '../shared/chart-datasets.ts';
import type { WidgetChartConfig } from '../shared/chart-types.ts';
import { formatFixed } from '../shared/format-number.ts';
import { lineChartOptions } from '../shared/line-chart-options.ts';
import type { OveroptimizationDerived } from './model.ts';

/** Points of each fitted curve. */
const FIT_POINTS = 61;

/**
 * The chart of a derived state.
 *
 * @example
 * overoptimizationChartConfig(deriveOveroptimization(overoptimizationDefaults), paletteChartColors('light')).data.datasets.length; // → 7
 */
export function overoptimizationChartConfig(derived: OveroptimizationDerived, colors: ChartColors): WidgetChartConfig {
  const [blue, orange, teal, red] = colors.series;
  const { path, bon, goldRef, proxyRef, rlFit, bonFit, chosen } = derived;
  const dMax = Math.max(path[path.length - 1]!.d, bon[bon.length - 1]!.d);
  const grid = Array.from({ length: FIT_POINTS }, (_, i) => (dMax * i) / (FIT_POINTS - 1));
  const points = (pts: { d: number; proxy: number; gold: number }[], key: 'proxy' | 'gold') =>
    pts.map((p) => ({ x: p.d, y: key === 'proxy' ? p.proxy - proxyRef : p.gold - goldRef }));
  const marker = (label: string, data: { x: number; y: number }[], colour: string, style: LineDataset['pointStyle']): LineDataset => ({
    label,
    data,
    showLine: false,
    borderColor: colour,
    backgroundColor: colour,
    pointStyle: style,
    pointRadius: 3.5,
    pointHoverRadius: 3.5,
  });
  const datasets: LineDataset[] = [
    curveDataset('Proxy gain, β path', points(path, 'proxy'), blue as string),
    curveDataset('Gold gain, β path', points(path, 'gold'), orange as string, { borderWidth: 3 }),
    marker('Proxy gain, best-of-n', points(bon, 'proxy'), teal as string, 'triangle'),
    marker('Gold gain, best-of-n', points(bon, 'gold'), red as string, 'rect'),
    curveDataset(`RL fit d(a − b log d), a = ${formatFixed(rlFit.a, 2)}, b = ${formatFixed(rlFit.b, 2)}`, grid.map((d) => ({ x: d, y: goldRewardRl(d, rlFit.a, rlFit.b) })), orange as string, {
      borderDash: [6, 4],
      borderWidth: 1.5,
    }),
    curveDataset(`Best-of-n fit d(a − b d), a = ${formatFixed(bonFit.a, 2)}, b = ${formatFixed(bonFit.b, 2)}`, grid.map((d) => ({ x: d, y: goldRewardBestOfN(d, bonFit.a, bonFit.b) })), red as string, {
      borderDash: [2, 3],
      borderWidth: 1.5,
    }),
    marker('Chosen policy (gold gain)', [{ x: Math.sqrt(chosen.kl), y: chosen.goldGain }], colors.fg, 'crossRot'),
  ];
  datasets[6]!.pointRadius = 8;
  datasets[6]!.pointHoverRadius = 8;
  datasets[6]!.borderWidth = 2.5;
  const options = lineChartOptions(colors, {
    x: { title: 'd = √KL(π ‖ π_ref)', min: 0, max: Math.ceil(dMax * 10) / 10 },
    y: { title: 'Reward gain over π_ref' },
  });
  return { type: 'line', data: { datasets }, options };
}

/**
 * The chart's accessible name.
 *
 * @example
 * overoptimizationChartDescription(deriveOveroptimization(overoptimizationDefaults)); // 'Proxy and gold reward gains against √KL …'
 */
export function overoptimizationChartDescription(derived: OveroptimizationDerived): string {
  return (
    `Proxy and gold reward gains against √KL on prompt ${String(derived.state.prompt)}, along the β path and for best-of-n, ` +
    `with Gao et al.'s two fits dashed; the gold gain peaks at ${formatFixed(derived.goldPeak.gold - derived.goldRef, 2)} ` +
    `at d = ${formatFixed(derived.goldPeak.d, 2)}. The table below lists the numbers.`
  );
}
