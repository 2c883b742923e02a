/**
 * Common Chart.js options of the widgets' line charts: linear axes with titles, theme colours for text, ticks
 * and grid, no aspect ratio (the chart fills its sized container), and data given pre-parsed as `{ x, y }`.
 */
import type { ChartColors } from './chart-colors.ts';
import { formatParameter } from './format-number.ts';
import type { WidgetChartConfig } from './chart-types.ts';

/**
 * A tick label: up to 4 significant digits, typographic minus.
 *
 * @example
 * formatTick(-2.5) // → '−2.5'
 */
export function formatTick(value: number | string): string {
  return formatParameter(Number(value), 4);
}

/** One axis: title, optional fixed bounds, and optional suggested bounds (Chart.js widens them to the data). */
export interface LineAxis {
  title: string;
  min?: number;
  max?: number;
  suggestedMin?: number;
  suggestedMax?: number;
}

/**
 * Options for a line chart with x, left y and (optionally) right `y1` axes, coloured from `colors`.
 *
 * @example
 * lineChartOptions(paletteChartColors('light'), { x: { title: 'm' }, y: { title: 'P', min: 0, max: 1 } });
 */
export function lineChartOptions(
  colors: ChartColors,
  axes: { x: LineAxis; y: LineAxis; y1?: LineAxis },
): NonNullable<WidgetChartConfig['options']> {
  const axis = (spec: LineAxis, position: 'bottom' | 'left' | 'right', drawGrid: boolean) => ({
    type: 'linear' as const,
    position,
    ...(spec.min === undefined ? {} : { min: spec.min }),
    ...(spec.max === undefined ? {} : { max: spec.max }),
    ...(spec.suggestedMin === undefined ? {} : { suggestedMin: spec.suggestedMin }),
    ...(spec.suggestedMax === undefined ? {} : { suggestedMax: spec.suggestedMax }),
    title: { display: true, text: spec.title, color: colors.fg },
    // Fixed rotation and sampled label sizes spare Chart.js some tick-label measuring on each update (every
    // measured label sets the canvas font, the costliest step of an update). Chart.js pads each end of an axis for
    // the first and last label it *measured*, so on the x axis a sample that missed the last tick clipped it at
    // the chart's edge ("2.5" of 0 … 2.5 in content/chapter-5/implicit-reward.mdx): there the end labels are
    // aligned inward (`align: 'inner'`), which needs no end padding at all. On the y axes every label has the same
    // height, so a sample measures them exactly.
    // Labels are formatted here rather than by Chart.js, whose default builds an Intl.NumberFormat (tens of
    // milliseconds when a widget first draws) and prints a hyphen for minus.
    ticks: {
      color: colors.muted,
      maxRotation: 0,
      minRotation: 0,
      sampleSize: 4,
      ...(position === 'bottom' ? { align: 'inner' as const } : {}),
      callback: formatTick,
    },
    grid: { color: colors.grid, display: drawGrid },
    border: { color: colors.muted },
  });
  return {
    responsive: true,
    maintainAspectRatio: false,
    parsing: false,
    normalized: true,
    color: colors.fg,
    // The chart is a picture of the table below it: no pointer interaction to listen for.
    events: [],
    plugins: {
      // The legend is HTML (chart-legend.ts), rendered by the chart controller.
      legend: { display: false },
    },
    scales: {
      x: axis(axes.x, 'bottom', true),
      y: axis(axes.y, 'left', true),
      ...(axes.y1 === undefined ? {} : { y1: axis(axes.y1, 'right', false) }),
    },
  };
}
