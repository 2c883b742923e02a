/**
 * The chart configuration shape widgets produce: a Chart.js line chart over linear x and y scales with
 * `{ x, y }` points (curves are lines without points, pairs are points without lines). A type-only import, so
 * pure model modules stay free of Chart.js at run time.
 */
import type { ChartConfiguration } from 'chart.js';

/** A point of a curve or a pair in data coordinates. */
export interface ChartPoint {
  x: number;
  y: number;
}

/** The configuration every widget model returns from its `chartConfig(derived, colors)`. */
export type WidgetChartConfig = ChartConfiguration<'line', ChartPoint[]>;
