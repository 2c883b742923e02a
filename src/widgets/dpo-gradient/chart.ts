/**
 * The chart of the `dpo-gradient` widget (content/chapter-5/dpo-gradient.mdx), pure: a derived state and the
 * theme's colours → a Chart.js line configuration. Two views over the training steps s = 0 … trained:
 * - `weights`: each labelled pair's gradient weight $w$ (solid when the implicit reward orders the pair as
 *   labelled at the shown step, dashed when against);
 * - `log-probs`: each answer's $\log\pi_s(y)$ (left axis) and $\mathrm{KL}(\pi_s \,\|\, \pi_{\mathrm{ref}})$ (right axis).
 * Both mark the shown step $t$ with a dotted vertical line.
 */
import { fittedRange } from '../shared/axis-range.ts';
import type { ChartColors } from '../shared/chart-colors.ts';
import { curveDataset, type LineDataset } from '../shared/chart-datasets.ts';
import type { WidgetChartConfig } from '../shared/chart-types.ts';
import { lineChartOptions } from '../shared/line-chart-options.ts';
import type { DpoGradientDerived } from './model.ts';
import { RUN_STEPS } from './state.ts';

const DASH = [6, 4];
const DOTS = [2, 3];

/** The dotted vertical line at the shown step, from `min` to `max`. */
function stepMarker(derived: DpoGradientDerived, colors: ChartColors, min: number, max: number, extra: Partial<LineDataset> = {}): LineDataset {
  return curveDataset('Shown step t (dotted)', [{ x: derived.step, y: min }, { x: derived.step, y: max }], colors.fg, { borderDash: DOTS, borderWidth: 1, ...extra });
}

/**
 * The chart configuration for the state's view.
 *
 * @example
 * dpoGradientChartConfig(deriveDpoGradient(dpoGradientDefaults), paletteChartColors('light')).data.datasets.length; // → 12
 */
export function dpoGradientChartConfig(derived: DpoGradientDerived, colors: ChartColors): WidgetChartConfig {
  const x = { title: 'Training step s', min: 0, max: RUN_STEPS };
  if (derived.view === 'weights') {
    const right = colors.series[0];
    const wrong = colors.series[1];
    const curves = derived.pairs.map((pair) =>
      curveDataset('', pair.weights.map((w, s) => ({ x: s, y: w })), pair.correct ? right : wrong, { tension: 0, ...(pair.correct ? {} : { borderDash: DASH }) }),
    );
    return {
      type: 'line',
      data: {
        datasets: [
          ...curves,
          // Legend-only entries for the pairs (drawn above without labels of their own).
          curveDataset('Pairs the implicit reward orders as labelled at step t (u > 0)', [], right),
          curveDataset('Pairs it orders against their label (u ≤ 0)', [], wrong, { borderDash: DASH }),
          stepMarker(derived, colors, 0, 1.1),
        ],
      },
      options: lineChartOptions(colors, { x, y: { title: 'Gradient weight w', min: 0, max: 1.1 } }),
    };
  }
  const logs = derived.responses.map((r, y) =>
    curveDataset(`log π_s(y${String(y + 1)})`, r.logProbs.map((v, s) => ({ x: s, y: v })), colors.series[y] as string, { tension: 0 }),
  );
  const y = fittedRange(derived.responses.flatMap((r) => r.logProbs), { include: [0] });
  const y1 = fittedRange(derived.kls, { include: [0], minSpan: 0.2 });
  return {
    type: 'line',
    data: {
      datasets: [
        ...logs,
        curveDataset('KL(π_s ‖ π_ref), right axis (dashed)', derived.kls.map((k, s) => ({ x: s, y: k })), colors.series[4], {
          yAxisID: 'y1',
          borderWidth: 3,
          borderDash: DASH,
          tension: 0,
        }),
        stepMarker(derived, colors, y.min, y.max),
      ],
    },
    options: lineChartOptions(colors, { x, y: { title: `log π_s(y | prompt ${String(derived.prompt)})`, ...y }, y1: { title: 'KL to π_ref', min: 0, max: y1.max } }),
  };
}

/**
 * The canvas's accessible name: what is drawn, and where the numbers are.
 *
 * @example
 * dpoGradientChartLabel(deriveDpoGradient(dpoGradientDefaults)); // 'Gradient weight of each of the 9 labelled pairs …'
 */
export function dpoGradientChartLabel(derived: DpoGradientDerived): string {
  const steps = `over ${String(derived.trained)} training steps, with the shown step ${String(derived.step)} marked`;
  return derived.view === 'weights'
    ? `Gradient weight of each of the ${String(derived.pairs.length)} labelled pairs of prompt ${String(derived.prompt)} ${steps}; the table below lists the values at that step.`
    : `Log-probability of each of the four answers to prompt ${String(derived.prompt)} and its KL to π_ref ${steps}; the table below lists the values at that step.`;
}
