/**
 * The chart of the `rm-training` widget (content/chapter-4/rm-training.mdx): training and validation loss against
 * epochs for shuffled pairs (solid) and K-wise batches (dashed), with the labeller's own model's validation loss
 * as a dotted floor.
 */
import type { ChartColors } from '../shared/chart-colors.ts';
import { curveDataset } from '../shared/chart-datasets.ts';
import type { WidgetChartConfig } from '../shared/chart-types.ts';
import { lineChartOptions } from '../shared/line-chart-options.ts';
import type { RmTrainingDerived } from './model.ts';
import { EPOCHS } from './training.ts';

/**
 * The chart configuration for a derived state and the theme's colours.
 *
 * @example
 * rmTrainingChartConfig(deriveRmTraining(rmTrainingDefaults), paletteChartColors('light')).data.datasets.length; // → 5
 */
export function rmTrainingChartConfig(d: RmTrainingDerived, colors: ChartColors): WidgetChartConfig {
  const [blue, orange] = colors.series;
  const top = Math.max(0.75, ...d.pairs.validationCurve.map((p) => p.y), ...d.kwise.validationCurve.map((p) => p.y));
  const datasets = [
    curveDataset('Shuffled pairs, train', d.pairs.trainCurve, blue as string, { borderWidth: 2.5 }),
    curveDataset('Shuffled pairs, validation', d.pairs.validationCurve, orange as string, { borderWidth: 2.5 }),
    curveDataset('K-wise, train', d.kwise.trainCurve, blue as string, { borderDash: [6, 4], borderWidth: 2 }),
    curveDataset('K-wise, validation', d.kwise.validationCurve, orange as string, { borderDash: [6, 4], borderWidth: 2 }),
    curveDataset("Labeller's model r*/τ, validation", [{ x: 0, y: d.gold.loss }, { x: EPOCHS, y: d.gold.loss }], colors.muted, { borderDash: [2, 3], borderWidth: 1.5 }),
  ];
  return {
    type: 'line',
    data: { datasets },
    options: lineChartOptions(colors, { x: { title: 'Epoch', min: 0, max: EPOCHS }, y: { title: 'Mean K-wise loss', min: 0, suggestedMax: Math.ceil(top * 10) / 10 } }),
  };
}

/**
 * The chart's text alternative.
 *
 * @example
 * rmTrainingChartDescription(deriveRmTraining(rmTrainingDefaults)); // → 'Loss against epochs …'
 */
export function rmTrainingChartDescription(d: RmTrainingDerived): string {
  return `Loss against epochs 0 to ${String(EPOCHS)} (now ${d.epoch.toFixed(1)}): training and validation loss for shuffled pairs (solid) and K-wise batches (dashed), and the labeller's own model's validation loss (dotted). The table below lists the numbers.`;
}
