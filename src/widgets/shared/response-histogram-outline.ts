/**
 * The outline of a distribution over numbered responses, drawn as a histogram by a line chart.
 *
 * @module
 */
import type { ChartPoint } from './chart-types.ts';

/**
 * A histogram outline of a distribution over responses 1…K: a step line along the top of bars of width 1 centred
 * on each response, down to 0 at both ends. Draw it with Chart.js's `stepped: 'before'`, which draws the segment
 * from point i to point i + 1 at point i's height.
 *
 * @example
 * responseHistogramOutline([0.25, 0.75]);
 * // → [{ x: 0.5, y: 0 }, { x: 0.5, y: 0.25 }, { x: 1.5, y: 0.75 }, { x: 2.5, y: 0.75 }, { x: 2.5, y: 0 }]
 */
export function responseHistogramOutline(values: readonly number[]): ChartPoint[] {
  const points: ChartPoint[] = [{ x: 0.5, y: 0 }];
  values.forEach((y, i) => points.push({ x: i + 0.5, y }));
  const last = values.length === 0 ? 0 : (values[values.length - 1] as number);
  points.push({ x: values.length + 0.5, y: last }, { x: values.length + 0.5, y: 0 });
  return points;
}
