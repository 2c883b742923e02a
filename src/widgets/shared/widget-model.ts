/**
 * A widget's pure model as its element uses it: state → derived numbers → summary sentence and chart
 * configuration. DOM-free (types only), so model modules stay importable at build time.
 */
import type { ChartColors } from './chart-colors.ts';
import type { WidgetChartConfig } from './chart-types.ts';
import type { Schema, StateOf } from './schema.ts';

/**
 * The three model functions every widget element calls; `S` is the widget's schema, `D` what it derives.
 *
 * @example
 * export const dpoLossModel: WidgetModel<typeof dpoLossSchema, DpoLossDerived> = {
 *   derive: deriveDpoLoss, summarize: summarizeDpoLoss, chartConfig: dpoLossChartConfig,
 * };
 */
export interface WidgetModel<S extends Schema, D> {
  derive(state: StateOf<S>): D;
  summarize(state: StateOf<S>, derived: D): string;
  chartConfig(derived: D, colors: ChartColors): WidgetChartConfig;
}
