/**
 * Chart of the `kl-estimators` widget (content/chapter-4/kl-estimators.mdx): a strip plot with one column per
 * estimator ($k_1$, $k_2$, $k_3$ at x = 1, 2, 3), one point per batch mean (spread sideways by batch number so
 * they don't overlap), a mark at each estimator's mean over the batches, and the exact KL as a dashed line.
 * Pure: derived numbers and colours in, a Chart.js configuration out.
 */
import { KL_ESTIMATORS } from '../../math/index.ts';
import type { ChartColors } from '../shared/chart-colors.ts';
import { curveDataset, type LineDataset } from '../shared/chart-datasets.ts';
import type { WidgetChartConfig } from '../shared/chart-types.ts';
import { formatFixed } from '../shared/format-number.ts';
import { lineChartOptions } from '../shared/line-chart-options.ts';
import { estimateDigits } from './digits.ts';
import type { KlEstimatorsDerived } from './model.ts';

/** Half the width of an estimator's column of points, in x units. */
export const STRIP_HALF_WIDTH = 0.3;

/**
 * The x position of batch `index` of `count` in the column of estimator number `column` (1, 2 or 3).
 *
 * @example
 * stripX(2, 0, 200); // → 1.7
 */
export function stripX(column: number, index: number, count: number): number {
  return count <= 1 ? column : column - STRIP_HALF_WIDTH + (2 * STRIP_HALF_WIDTH * index) / (count - 1);
}

/**
 * The x axis's tick label: the estimator's name at x = 1, 2, 3, nothing elsewhere.
 *
 * @example
 * estimatorTick(2); // → 'k2'
 */
export function estimatorTick(value: number | string): string {
  const index = Number(value);
  return Number.isInteger(index) && index >= 1 && index <= 3 ? (KL_ESTIMATORS[index - 1] as string) : '';
}

/**
 * The chart of a derived state.
 *
 * @example
 * klEstimatorsChartConfig(deriveKlEstimators(klEstimatorsDefaults), paletteChartColors('light')).data.datasets.length; // → 5
 */
export function klEstimatorsChartConfig(derived: KlEstimatorsDerived, colors: ChartColors): WidgetChartConfig {
  const [blue, orange, teal] = colors.series;
  const shapes = ['circle', 'triangle', 'rect'] as const;
  const datasets: LineDataset[] = KL_ESTIMATORS.map((kind, k) => {
    const means = derived.run[kind].batchMeans;
    const colour = [blue, orange, teal][k] as string;
    return {
      label: `${kind}: one point per batch mean`,
      data: Array.from(means, (y, i) => ({ x: stripX(k + 1, i, means.length), y })),
      showLine: false,
      borderColor: colour,
      backgroundColor: colour,
      pointStyle: shapes[k],
      pointRadius: 2.5,
      pointHoverRadius: 2.5,
    };
  });
  datasets.push(
    curveDataset(`Exact KL = μ²/2 = ${formatFixed(derived.kl, estimateDigits(derived.kl))}`, [{ x: 0.5, y: derived.kl }, { x: 3.5, y: derived.kl }], colors.fg, {
      borderDash: [6, 4],
    }),
    {
      label: 'Mean over the batches',
      data: KL_ESTIMATORS.map((kind, k) => ({ x: k + 1, y: derived.run[kind].mean })),
      showLine: false,
      borderColor: colors.fg,
      backgroundColor: colors.fg,
      pointStyle: 'line',
      pointRadius: 22,
      pointHoverRadius: 22,
      pointBorderWidth: 3,
    },
  );
  const options = lineChartOptions(colors, {
    x: { title: 'Estimator', min: 0.5, max: 3.5 },
    y: { title: 'Estimate of KL(π_θ ‖ π_ref), nats', suggestedMin: 0 },
  });
  const x = options.scales?.['x'];
  if (x !== undefined && x.type === 'linear') {
    // One tick per estimator, labelled by name.
    x.ticks = { ...x.ticks, stepSize: 0.5, callback: estimatorTick };
  }
  return { type: 'line', data: { datasets }, options };
}

/**
 * The chart's accessible name.
 *
 * @example
 * klEstimatorsChartDescription(deriveKlEstimators(klEstimatorsDefaults));
 * // → 'Strip plot of 200 batch means of k1, k2 and k3 at drift μ = 1.00, with their means and the exact KL 0.500 …'
 */
export function klEstimatorsChartDescription(derived: KlEstimatorsDerived): string {
  return (
    `Strip plot of ${String(derived.run.k1.batchMeans.length)} batch means of k1, k2 and k3 at drift μ = ${formatFixed(derived.mu, 2)}, ` +
    `with their means and the exact KL ${formatFixed(derived.kl, estimateDigits(derived.kl))} as a dashed line; the table below lists the numbers.`
  );
}
