/**
 * Chart of the `proxy-reward` widget (content/chapter-1/proxy-reward.mdx): every held-out answer as a point at
 * (gold reward, proxy reward), shorter answers as circles and longer ones as triangles (so length does not rest
 * on colour alone), with the two top-10 cutoffs as dashed lines. Points above the proxy's cutoff but left of the
 * gold one are answers the proxy would pick and should not. Pure: derived numbers and colours in, a Chart.js
 * configuration out.
 */
import { fittedRange } from '../shared/axis-range.ts';
import type { ChartColors } from '../shared/chart-colors.ts';
import { curveDataset, type LineDataset } from '../shared/chart-datasets.ts';
import type { ChartPoint, WidgetChartConfig } from '../shared/chart-types.ts';
import { lineChartOptions } from '../shared/line-chart-options.ts';
import type { ProxyRewardDerived } from './model.ts';

/** A dataset of points without a line. */
function pointsDataset(label: string, data: ChartPoint[], colour: string, shape: 'circle' | 'triangle', radius: number): LineDataset {
  return { label, data, showLine: false, borderColor: colour, backgroundColor: colour, pointStyle: shape, pointRadius: radius, pointHoverRadius: radius };
}

/**
 * The value halfway between the `k`-th and `(k+1)`-th largest of `values`: a line there separates the top `k`.
 *
 * @example
 * topCutoff([5, 1, 4, 2], 2); // → 3
 */
export function topCutoff(values: readonly number[], k: number): number {
  const sorted = [...values].sort((a, b) => b - a);
  const last = sorted[k - 1] ?? sorted[sorted.length - 1] ?? 0;
  const next = sorted[k] ?? last;
  return (last + next) / 2;
}

/**
 * The chart: held-out answers by length, and the proxy's and the gold top-10 cutoffs.
 *
 * @example
 * proxyRewardChartConfig(deriveProxyReward(proxyRewardDefaults), paletteChartColors('light')).data.datasets.length; // → 4
 */
export function proxyRewardChartConfig(derived: ProxyRewardDerived, colors: ChartColors): WidgetChartConfig {
  const [blue, orange, teal, , grey] = colors.series;
  const gold = derived.answers.map((a) => a.gold);
  const proxy = derived.answers.map((a) => a.proxy);
  const x = fittedRange(gold, { paddingFraction: 0.05 });
  const y = fittedRange(proxy, { paddingFraction: 0.05 });
  const point = (a: ProxyRewardDerived['answers'][number]): ChartPoint => ({ x: a.gold, y: a.proxy });
  const top = derived.proxyTop.length;
  const proxyCut = topCutoff(proxy, top);
  const goldCut = topCutoff(gold, top);
  return {
    type: 'line',
    data: {
      datasets: [
        pointsDataset('Shorter answers (ℓ ≤ 0)', derived.answers.filter((a) => a.length <= 0).map(point), blue, 'circle', 4),
        pointsDataset('Longer answers (ℓ > 0)', derived.answers.filter((a) => a.length > 0).map(point), orange, 'triangle', 5),
        curveDataset(`Proxy’s top-${String(top)} cutoff`, [{ x: x.min, y: proxyCut }, { x: x.max, y: proxyCut }], teal, { borderDash: [6, 4], tension: 0 }),
        curveDataset(`Gold top-${String(top)} cutoff`, [{ x: goldCut, y: y.min }, { x: goldCut, y: y.max }], grey, { borderDash: [2, 3], tension: 0 }),
      ],
    },
    options: lineChartOptions(colors, {
      x: { title: 'Gold reward r* of a held-out answer', min: x.min, max: x.max },
      y: { title: 'Proxy reward r̂ = ŵ·φ', min: y.min, max: y.max },
    }),
  };
}
