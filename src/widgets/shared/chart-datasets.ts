/**
 * The dataset kinds widget charts are made of: curves (lines without point markers) and preference pairs as
 * points, split by whether the pair is ordered correctly (circles) or wrongly (triangles), so the distinction
 * does not rest on colour alone. Type-only Chart.js import, as in chart-types.ts.
 */
import type { ChartDataset } from 'chart.js';
import type { ChartPoint } from './chart-types.ts';

/** One dataset of a widget's line chart. */
export type LineDataset = ChartDataset<'line', ChartPoint[]>;

/**
 * A curve: a 2 px line in `colour` without point markers; its legend marker is a line.
 *
 * @param extra further dataset options (e.g. `yAxisID`, `borderDash`, `tension`)
 * @example curveDataset('P = σ(m)', derived.curve, colors.series[0], { tension: 0 })
 */
export function curveDataset(label: string, data: ChartPoint[], colour: string, extra: Partial<LineDataset> = {}): LineDataset {
  return {
    label,
    data,
    borderColor: colour,
    backgroundColor: colour,
    borderWidth: 2,
    pointRadius: 0,
    pointHoverRadius: 0,
    pointStyle: 'line',
    ...extra,
  };
}

/**
 * Preference pairs as two point datasets without lines: "Pairs ordered correctly" (circles in `right`) and
 * "Pairs ordered wrongly" (larger triangles in `wrong`).
 *
 * @param pairs the pairs, each knowing whether it is ordered correctly
 * @param point where a pair sits on the chart
 * @param extra further options for both datasets (e.g. `yAxisID`)
 * @example orderedPairDatasets(derived.pairs, (pair) => ({ x: pair.margin, y: pair.probability }), { right, wrong })
 */
export function orderedPairDatasets<Pair extends { correct: boolean }>(
  pairs: readonly Pair[],
  point: (pair: Pair) => ChartPoint,
  colours: { right: string; wrong: string },
  extra: Partial<LineDataset> = {},
): [LineDataset, LineDataset] {
  const points = (correct: boolean) => pairs.filter((pair) => pair.correct === correct).map(point);
  return [
    {
      label: 'Pairs ordered correctly',
      data: points(true),
      showLine: false,
      borderColor: colours.right,
      backgroundColor: colours.right,
      pointStyle: 'circle',
      pointRadius: 6,
      pointHoverRadius: 8,
      ...extra,
    },
    {
      label: 'Pairs ordered wrongly',
      data: points(false),
      showLine: false,
      borderColor: colours.wrong,
      backgroundColor: colours.wrong,
      pointStyle: 'triangle',
      pointRadius: 7,
      pointHoverRadius: 9,
      ...extra,
    },
  ];
}
