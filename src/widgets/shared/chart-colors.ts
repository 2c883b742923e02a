/**
 * The concrete colours a chart is drawn with. Chart.js paints on a canvas, which cannot read CSS custom
 * properties, so the chart controller resolves the widget's `--po-*` tokens to colours and hands them to each
 * widget's pure `chartConfig(derived, colors)`.
 */
import { themePalette, type ThemeName } from './theme.ts';

/** Colours for one chart, resolved for the current theme. */
export interface ChartColors {
  readonly fg: string;
  readonly muted: string;
  readonly grid: string;
  readonly bg: string;
  /** `--po-series-1` … `--po-series-6`. */
  readonly series: readonly [string, string, string, string, string, string];
}

/**
 * The palette's chart colours for a scheme, used when no DOM is available (tests, build time) and as the
 * fallback when a token cannot be resolved.
 *
 * @example
 * paletteChartColors('light').series[0]; // → '#0077bb'
 */
export function paletteChartColors(theme: ThemeName): ChartColors {
  const p = themePalette[theme];
  return {
    fg: p.fg,
    muted: p.muted,
    grid: p.grid,
    bg: p.bg,
    series: [p['series-1'], p['series-2'], p['series-3'], p['series-4'], p['series-5'], p['series-6']],
  };
}
