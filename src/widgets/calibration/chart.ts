/**
 * Chart of the `calibration` widget (content/chapter-3/calibration.mdx): the reliability diagram. For each
 * non-empty confidence bin, the mean predicted probability $\sigma(\Delta/T)$ against how often the first answer
 * was chosen, at the state's temperature and at $T = 1$ (the reward model as trained), with the diagonal of
 * perfect calibration. Pure: derived numbers and colours in, a Chart.js configuration out.
 */
import type { CalibrationResult } from '../../math/index.ts';
import type { ChartColors } from '../shared/chart-colors.ts';
import { curveDataset, type LineDataset } from '../shared/chart-datasets.ts';
import type { ChartPoint, WidgetChartConfig } from '../shared/chart-types.ts';
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import { lineChartOptions } from '../shared/line-chart-options.ts';
import type { CalibrationDerived } from './model.ts';

/** The non-empty bins as (mean predicted, observed) points. */
export function reliabilityPoints(result: CalibrationResult): ChartPoint[] {
  return result.bins.filter((bin) => bin.count > 0).map((bin) => ({ x: bin.confidence, y: bin.accuracy }));
}

/**
 * The chart: the diagonal, the reliability curve at $T$ and at $T = 1$.
 *
 * @example
 * calibrationChartConfig(deriveCalibration(calibrationDefaults), paletteChartColors('light')).data.datasets.length; // → 3
 */
export function calibrationChartConfig(d: CalibrationDerived, colors: ChartColors): WidgetChartConfig {
  const [blue, orange, , , grey] = colors.series;
  const datasets: LineDataset[] = [
    curveDataset('Perfect calibration', [{ x: 0, y: 0 }, { x: 1, y: 1 }], grey, { borderDash: [6, 4], borderWidth: 1 }),
    {
      ...curveDataset(`At T = 1 (as trained): ECE ${formatFixed(d.trained.ece, 3)}`, reliabilityPoints(d.trained), orange, { borderDash: [4, 3], tension: 0 }),
      pointStyle: 'triangle',
      pointRadius: 5,
      pointHoverRadius: 5,
    },
    {
      ...curveDataset(`At T = ${formatParameter(d.state.temperature)}: ECE ${formatFixed(d.calibration.ece, 3)}`, reliabilityPoints(d.calibration), blue, { tension: 0 }),
      pointStyle: 'circle',
      pointRadius: 5,
      pointHoverRadius: 5,
    },
  ];
  return {
    type: 'line',
    data: { datasets },
    options: lineChartOptions(colors, {
      x: { title: 'Predicted σ(Δ/T) that the first answer is chosen (bin mean)', min: 0, max: 1 },
      y: { title: 'Observed frequency', min: 0, max: 1 },
    }),
  };
}

/**
 * The chart's accessible name.
 *
 * @example
 * calibrationChartDescription(deriveCalibration(calibrationDefaults)); // → 'Reliability diagram: …'
 */
export function calibrationChartDescription(d: CalibrationDerived): string {
  return (
    `Reliability diagram: for each bin of predicted probability, how often the first answer was chosen, at T = ${formatParameter(d.state.temperature)} ` +
    `(ECE ${formatFixed(d.calibration.ece, 3)}) and at T = 1 (ECE ${formatFixed(d.trained.ece, 3)}), against the diagonal of perfect calibration. ` +
    'The table below lists the bins.'
  );
}
