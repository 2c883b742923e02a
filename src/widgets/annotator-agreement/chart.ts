/**
 * Chart of the `annotator-agreement` widget (content/chapter-3/annotator-agreement.mdx): the κ paradox. Against
 * annotator A's base rate, the flip model's expected raw agreement (flat at $1 - f$) and expected Cohen's κ
 * (collapsing toward 0 at skewed base rates), with this sample's raw agreement and κ marked at the current base
 * rate. Pure: derived numbers and colours in, a Chart.js configuration out.
 */
import type { ChartColors } from '../shared/chart-colors.ts';
import { curveDataset, type LineDataset } from '../shared/chart-datasets.ts';
import type { WidgetChartConfig } from '../shared/chart-types.ts';
import { formatFixed } from '../shared/format-number.ts';
import { lineChartOptions } from '../shared/line-chart-options.ts';
import type { AnnotatorAgreementDerived } from './model.ts';

/** A single marked point without a line, in a shape the HTML legend (shared/chart-legend.ts) also draws. */
function pointDataset(label: string, x: number, y: number, colour: string, shape: 'circle' | 'triangle'): LineDataset {
  return { label, data: [{ x, y }], showLine: false, borderColor: colour, backgroundColor: colour, pointStyle: shape, pointRadius: 7, pointHoverRadius: 7 };
}

/**
 * The chart: expected agreement and κ against the base rate, this sample's values as points.
 *
 * @example
 * annotatorAgreementChartConfig(deriveAnnotatorAgreement(annotatorAgreementDefaults), paletteChartColors('light')).data.datasets.length; // → 4
 */
export function annotatorAgreementChartConfig(d: AnnotatorAgreementDerived, colors: ChartColors): WidgetChartConfig {
  const [blue, orange] = colors.series;
  const ends = [d.curve[0], d.curve.at(-1)].map((p) => p?.baseRate ?? 0);
  const datasets: LineDataset[] = [
    curveDataset(
      `Expected raw agreement p_o = 1 − ε = ${formatFixed(d.expected.agreement, 2)}`,
      ends.map((x) => ({ x, y: d.expected.agreement })),
      blue,
      { borderDash: [6, 4] },
    ),
    curveDataset('Expected Cohen’s κ', d.curve.map((p) => ({ x: p.baseRate, y: p.kappa })), orange, { tension: 0 }),
    pointDataset(`This sample’s p_o = ${formatFixed(d.agreement, 3)}`, d.baseRate, d.agreement, blue, 'triangle'),
    pointDataset(`This sample’s κ = ${formatFixed(d.kappa, 3)}`, d.baseRate, d.kappa, orange, 'circle'),
  ];
  return {
    type: 'line',
    data: { datasets },
    options: lineChartOptions(colors, {
      x: { title: 'Base rate b (share of items A labels yes)', min: 0, max: 1 },
      y: { title: 'Agreement or κ', min: Math.min(-0.2, Math.floor(d.kappa * 10) / 10), max: 1 },
    }),
  };
}

/**
 * The chart's accessible name.
 *
 * @example
 * annotatorAgreementChartDescription(deriveAnnotatorAgreement(annotatorAgreementDefaults));
 * // → 'Raw agreement and Cohen’s κ against the base rate: …'
 */
export function annotatorAgreementChartDescription(d: AnnotatorAgreementDerived): string {
  return (
    `Raw agreement and Cohen’s κ against the base rate: the expected raw agreement stays at ${formatFixed(d.expected.agreement, 2)} ` +
    'for every base rate while the expected κ falls toward 0 as the base rate nears 0 or 1; this sample’s values are marked ' +
    `at base rate ${formatFixed(d.baseRate, 2)}. The table below lists them.`
  );
}
