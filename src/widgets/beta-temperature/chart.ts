/**
 * Chart of the `beta-temperature` widget (content/chapter-2/beta-temperature.mdx): side-by-side bars of π_ref and
 * π_β per response on a fixed probability axis, so the bars visibly morph as β moves, and triangles where the
 * bars end as β → 0. Pure: derived numbers and colours in, a Chart.js configuration out.
 *
 * The course's charts register only Chart.js's line pieces, so a bar is a thick vertical line segment from 0 to
 * its height; one dataset holds all bars of a policy, separated by a point with `y = NaN`, which Chart.js skips
 * and leaves as a gap.
 */
import type { ChartColors } from '../shared/chart-colors.ts';
import type { LineDataset } from '../shared/chart-datasets.ts';
import type { ChartPoint, WidgetChartConfig } from '../shared/chart-types.ts';
import { formatParameter } from '../shared/format-number.ts';
import { lineChartOptions } from '../shared/line-chart-options.ts';
import type { BetaTemperatureDerived } from './model.ts';

/** Horizontal offset of each policy's bar from the response's tick, in responses. */
export const BAR_OFFSET = 0.17;
/** Bar thickness in pixels (two bars fit side by side at 320 px wide). */
export const BAR_WIDTH = 16;

/**
 * The points of a set of bars at positions 1 + offset, 2 + offset, …: for each value, (x, 0) and (x, value),
 * then a gap.
 *
 * @example
 * barSegments([0.25, 0.75], 0.2);
 * // → [{ x: 1.2, y: 0 }, { x: 1.2, y: 0.25 }, { x: 1.2, y: NaN }, { x: 2.2, y: 0 }, { x: 2.2, y: 0.75 }, { x: 2.2, y: NaN }]
 */
export function barSegments(values: ArrayLike<number>, offset: number): ChartPoint[] {
  const points: ChartPoint[] = [];
  for (let i = 0; i < values.length; i++) {
    const x = i + 1 + offset;
    points.push({ x, y: 0 }, { x, y: values[i] as number }, { x, y: Number.NaN });
  }
  return points;
}

function bars(label: string, values: ArrayLike<number>, offset: number, colour: string): LineDataset {
  return {
    label,
    data: barSegments(values, offset),
    borderColor: colour,
    backgroundColor: colour,
    borderWidth: BAR_WIDTH,
    borderCapStyle: 'butt',
    spanGaps: false,
    pointRadius: 0,
    pointHoverRadius: 0,
    pointStyle: 'line',
  };
}

/**
 * The chart: bars of π_ref (left of each tick) and π_β (right), and triangles at the limit β → 0 on the responses
 * that keep mass there.
 *
 * @example
 * betaTemperatureChartConfig(deriveBetaTemperature(betaTemperatureDefaults), paletteChartColors('light')).data.datasets.length; // → 3
 */
export function betaTemperatureChartConfig(derived: BetaTemperatureDerived, colors: ChartColors): WidgetChartConfig {
  const [policyColour, , , , referenceColour] = colors.series;
  const k = derived.rewards.length;
  const limit = Array.from(derived.greedy.policy, (p, i) => ({ x: i + 1 + BAR_OFFSET, y: p })).filter((point) => point.y > 0);
  const options = lineChartOptions(colors, {
    x: { title: 'Response y', min: 0.5, max: k + 0.5 },
    y: { title: 'Probability', min: 0, max: 1.05 },
  });
  const x = options.scales?.['x'];
  if (x !== undefined && x.type === 'linear') {
    // Ticks on the responses 1…K only (the bars sit either side of them).
    x.afterBuildTicks = (scale) => {
      scale.ticks = Array.from({ length: k }, (_, i) => ({ value: i + 1 }));
    };
  }
  const y = options.scales?.['y'];
  if (y !== undefined && y.type === 'linear') {
    // Ticks on 0, 0.2, …, 1 (the axis runs to 1.05 so a bar of height 1 and its triangle stay inside).
    y.afterBuildTicks = (scale) => {
      scale.ticks = [0, 0.2, 0.4, 0.6, 0.8, 1].map((value) => ({ value }));
    };
  }
  return {
    type: 'line',
    data: {
      datasets: [
        bars('π_ref(y), the limit β → ∞', derived.toy.reference, -BAR_OFFSET, referenceColour as string),
        bars(`π_β(y) at β = ${formatParameter(derived.beta)}`, derived.current.policy, BAR_OFFSET, policyColour as string),
        {
          label: 'Where π_β(y) ends as β → 0',
          data: limit,
          showLine: false,
          borderColor: colors.fg,
          backgroundColor: colors.fg,
          pointStyle: 'triangle',
          pointRadius: 6,
          pointHoverRadius: 6,
        },
      ],
    },
    options,
  };
}
