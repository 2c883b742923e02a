/**
 * Chart of the `optimal-policy` widget (content/chapter-5/optimal-policy.mdx): along the chosen direction d, the
 * objective $J$ and the expected reward $\mathbb{E}[r]$ of the policies $\pi^*\,e^{s d}$ for steps $s$ from −3 to 3,
 * the maximum $\beta\log Z$ as a horizontal line (touched by the J curve at $s = 0$ only), and the current step
 * with a vertical segment from $J(\pi)$ up to the maximum: the gap $\beta\,\mathrm{KL}(\pi\,\|\,\pi^*)$. The y range
 * depends on β, the prompt and the direction, never on the step, so moving ε moves only the marker. Pure: derived
 * numbers and colours in, a Chart.js configuration out.
 */
import { fittedRange } from '../shared/axis-range.ts';
import type { ChartColors } from '../shared/chart-colors.ts';
import { curveDataset } from '../shared/chart-datasets.ts';
import type { WidgetChartConfig } from '../shared/chart-types.ts';
import { lineChartOptions } from '../shared/line-chart-options.ts';
import type { OptimalPolicyDerived } from './model.ts';
import { optimalPolicySchema } from './state.ts';

/**
 * The chart: J along d (series 1, solid), E[r] along d (series 3, dashed), the maximum β log Z (series 4, dotted),
 * the gap at the current step (foreground colour) and the current policy's point.
 *
 * @example
 * optimalPolicyChartConfig(deriveOptimalPolicy(optimalPolicyDefaults), paletteChartColors('light')).data.datasets.length; // → 5
 */
export function optimalPolicyChartConfig(derived: OptimalPolicyDerived, colors: ChartColors): WidgetChartConfig {
  const d = derived;
  const [objectiveColour, , rewardColour, maximumColour] = colors.series;
  const { min, max } = optimalPolicySchema.step;
  const y = fittedRange(
    d.curve.flatMap((point) => [point.objective, point.expectedReward]),
    { include: [d.maximum], paddingFraction: 0.05 },
  );
  const here = { x: d.step, y: d.current.objective };
  return {
    type: 'line',
    data: {
      datasets: [
        curveDataset('J along d', d.curve.map((point) => ({ x: point.step, y: point.objective })), objectiveColour as string),
        curveDataset('E[r] along d', d.curve.map((point) => ({ x: point.step, y: point.expectedReward })), rewardColour as string, {
          borderDash: [6, 4],
        }),
        curveDataset('Maximum β log Z (at π*, ε = 0)', [{ x: min, y: d.maximum }, { x: max, y: d.maximum }], maximumColour as string, {
          borderDash: [2, 3],
        }),
        curveDataset('Gap β·KL(π‖π*)', [here, { x: d.step, y: d.maximum }], colors.fg, { borderWidth: 3 }),
        {
          label: 'π at the current ε',
          data: [here],
          showLine: false,
          borderColor: objectiveColour,
          backgroundColor: objectiveColour,
          pointStyle: 'circle',
          pointRadius: 6,
          pointHoverRadius: 6,
        },
      ],
    },
    options: lineChartOptions(colors, {
      x: { title: 'Step ε along d', min, max },
      y: { title: 'Objective J and E[r]', min: y.min, max: y.max },
    }),
  };
}
