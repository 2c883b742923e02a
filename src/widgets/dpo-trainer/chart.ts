/**
 * The chart of the `dpo-trainer` widget (content/chapter-5/dpo-trainer.mdx); it follows the plot. Curves against
 * the training step: the loss with the reward accuracy (right axis), the mean log π of the chosen and rejected
 * answers, or the implicit reward margin with the KL to π_ref (right axis). The π* plot (tabular policy) puts every
 * response at (π*, π_θ), with the diagonal on which the end point lies.
 */
import type { TabularDpoMetrics } from '../../math/index.ts';
import type { ChartColors } from '../shared/chart-colors.ts';
import { curveDataset, type LineDataset } from '../shared/chart-datasets.ts';
import type { ChartPoint, WidgetChartConfig } from '../shared/chart-types.ts';
import { lineChartOptions } from '../shared/line-chart-options.ts';
import type { DpoTrainerDerived } from './model.ts';

/**
 * One metric through training as points (step, value).
 *
 * @example
 * metricCurve([{ loss: 0.69 }, { loss: 0.5 }] as TabularDpoMetrics[], 'loss'); // → [{ x: 0, y: 0.69 }, { x: 1, y: 0.5 }]
 */
export function metricCurve(history: readonly TabularDpoMetrics[], key: keyof TabularDpoMetrics): ChartPoint[] {
  return history.map((m, step) => ({ x: step, y: m[key] }));
}

/**
 * The chart configuration for a derived state and the theme's colours.
 *
 * @example
 * dpoTrainerChartConfig(deriveDpoTrainer(dpoTrainerDefaults), paletteChartColors('light')).data.datasets.length; // → 2
 */
export function dpoTrainerChartConfig(d: DpoTrainerDerived, colors: ChartColors): WidgetChartConfig {
  const [blue, orange, teal, red] = colors.series;
  const x = { title: 'Training step', min: 0, max: d.total };
  const curve = (label: string, key: keyof TabularDpoMetrics, colour: string, extra: Partial<LineDataset> = {}) =>
    curveDataset(label, metricCurve(d.history, key), colour, { tension: 0, borderWidth: 2.5, ...extra });
  switch (d.view) {
    case 'optimum': {
      const rows = d.optimum?.rows ?? [];
      const points = rows.flatMap((r) => (r.optimum === null ? [] : r.policy.map((p, y) => ({ x: (r.optimum as number[])[y] as number, y: p }))));
      const datasets: LineDataset[] = [
        curveDataset('π_θ = π* (the end point)', [{ x: 0, y: 0 }, { x: 1, y: 1 }], colors.muted, { borderDash: [6, 4], borderWidth: 1.5 }),
        { label: 'Responses at (π*, π_θ)', data: points, showLine: false, borderColor: blue, backgroundColor: blue, pointStyle: 'circle', pointRadius: 4, pointHoverRadius: 4 },
      ];
      return { type: 'line', data: { datasets }, options: lineChartOptions(colors, { x: { title: 'π*(y | x), closed form', min: 0, max: 1 }, y: { title: 'π_θ(y | x), trained', min: 0, max: 1 } }) };
    }
    case 'logp':
      return {
        type: 'line',
        data: { datasets: [curve('log π of chosen (y_w)', 'logpChosen', blue), curve('log π of rejected (y_l)', 'logpRejected', red, { borderDash: [6, 3] })] },
        options: lineChartOptions(colors, { x, y: { title: 'Mean log-probability' } }),
      };
    case 'margin':
      return {
        type: 'line',
        data: { datasets: [curve('Implicit reward margin', 'margin', teal), curve('KL(π_θ ‖ π_ref) (right axis)', 'kl', orange, { borderDash: [6, 3], yAxisID: 'y1' })] },
        options: lineChartOptions(colors, { x, y: { title: 'Margin β·Δ', suggestedMin: 0 }, y1: { title: 'KL', suggestedMin: 0 } }),
      };
    default:
      return {
        type: 'line',
        data: { datasets: [curve('Loss', 'loss', blue), curve('Reward accuracy (right axis)', 'accuracy', orange, { borderDash: [6, 3], yAxisID: 'y1' })] },
        options: lineChartOptions(colors, { x, y: { title: 'Mean DPO loss', min: 0, suggestedMax: 0.7 }, y1: { title: 'Reward accuracy', min: 0, max: 1 } }),
      };
  }
}
