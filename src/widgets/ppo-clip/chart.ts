/**
 * Chart of the `ppo-clip` widget (content/chapter-4/ppo-clip.mdx), for the selected view:
 * - clip: $L^{\mathrm{CLIP}}$ against $\rho$ (solid), the unclipped $\rho\hat A$ (dashed), the clipped region
 *   hatched with vertical lines (a cue that does not rest on colour), and the reader's $\rho$ as a point (a
 *   circle, or a triangle when it is clipped);
 * - tokens: each token's shaped reward $r_t$ as a stem from 0, its KL penalty alone as triangles (so the score
 *   on the last token shows as the gap between the two), and the running sum $\sum_{s \le t} r_s$ dashed.
 */
import type { ChartColors } from '../shared/chart-colors.ts';
import { curveDataset } from '../shared/chart-datasets.ts';
import type { ChartPoint, WidgetChartConfig } from '../shared/chart-types.ts';
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import { lineChartOptions } from '../shared/line-chart-options.ts';
import type { PpoClipDerived } from './model.ts';
import { RATIO_MAX } from './state.ts';

/** Spacing of the hatch lines of the clipped region, in ratio units. */
const HATCH_STEP = 0.05;

/**
 * Vertical segments from `low` to `high` every {@link HATCH_STEP} across `[from, to]`, separated by gaps (a NaN
 * point breaks a Chart.js line).
 *
 * @example
 * hatchPoints(1.9, 2, 0, 2).length; // → 9 (three segments of two points and a gap each)
 */
export function hatchPoints(from: number, to: number, low: number, high: number): ChartPoint[] {
  const points: ChartPoint[] = [];
  const count = Math.floor((to - from) / HATCH_STEP + 1e-9);
  for (let i = 0; i <= count; i++) {
    const x = from + i * HATCH_STEP;
    points.push({ x, y: low }, { x, y: high }, { x, y: Number.NaN });
  }
  return points;
}

/** Stems from 0 to each value at x = 1, 2, …, separated by gaps. */
function stemPoints(values: readonly number[]): ChartPoint[] {
  return values.flatMap((y, i) => [{ x: i + 1, y: 0 }, { x: i + 1, y }, { x: i + 1, y: Number.NaN }]);
}

/**
 * The chart's text alternative for the selected view.
 *
 * @example
 * ppoClipChartDescription(derivePpoClip(ppoClipDefaults));
 * // → 'L^CLIP against the ratio ρ from 0 to 2 for A = +1 and ε = 0.2 (solid), ρA (dashed), …'
 */
export function ppoClipChartDescription(derived: PpoClipDerived): string {
  if (derived.view === 'tokens') {
    const { response } = derived;
    return (
      `The shaped reward of each of the ${String(response.tokens.length)} tokens of “${response.sentence}” as a stem, ` +
      `its KL penalty alone as triangles, and the running sum (dashed), which ends at ${formatFixed(response.total, 3)}; ` +
      'the table below lists the values.'
    );
  }
  const { epsilon, advantage, region } = derived;
  return (
    `L^CLIP against the ratio ρ from 0 to ${String(RATIO_MAX)} for A = ${advantage > 0 ? '+1' : '−1'} and ε = ` +
    `${formatParameter(epsilon)} (solid), ρA (dashed), the clipped region from ρ = ${formatParameter(region.from)} to ` +
    `${formatParameter(region.to)} hatched, and the chosen ρ as a point; the table below lists the values.`
  );
}

/**
 * The chart configuration of the selected view.
 *
 * @example
 * ppoClipChartConfig(derivePpoClip(ppoClipDefaults), paletteChartColors('light')).data.datasets.length; // → 4
 */
export function ppoClipChartConfig(derived: PpoClipDerived, colors: ChartColors): WidgetChartConfig {
  const [first, second, third, fourth] = colors.series;
  if (derived.view === 'tokens') {
    const { tokens } = derived.response;
    let running = 0;
    const sums = tokens.map((token, t) => {
      running += token.reward;
      return { x: t + 1, y: running };
    });
    return {
      type: 'line',
      data: {
        datasets: [
          curveDataset('Shaped reward r_t', stemPoints(tokens.map((token) => token.reward)), first),
          {
            label: 'KL penalty −β·log ratio',
            data: tokens.map((token, t) => ({ x: t + 1, y: token.penalty })),
            showLine: false,
            borderColor: fourth,
            backgroundColor: fourth,
            pointStyle: 'triangle',
            pointRadius: 6,
          },
          curveDataset('Running sum of r_t', sums, third, { borderDash: [6, 4], tension: 0 }),
        ],
      },
      options: lineChartOptions(colors, {
        x: { title: 'Token t', min: 0.5, max: tokens.length + 0.5 },
        y: { title: 'Reward', suggestedMin: -0.2, suggestedMax: 0.2 },
      }),
    };
  }
  const { region, point, advantage } = derived;
  const [low, high] = advantage > 0 ? [0, RATIO_MAX] : [-RATIO_MAX, 0];
  return {
    type: 'line',
    data: {
      datasets: [
        curveDataset('Clipped region (flat, zero gradient)', hatchPoints(region.from, region.to, low, high), colors.grid, { borderWidth: 1, pointStyle: 'line' }),
        curveDataset('Unclipped ρA', derived.unclippedCurve, second, { borderDash: [6, 4], tension: 0 }),
        curveDataset('L^CLIP = min(ρA, clip(ρ, 1 − ε, 1 + ε)A)', derived.objectiveCurve, first, { tension: 0 }),
        {
          label: point.clipped ? 'Chosen ρ (clipped)' : 'Chosen ρ (not clipped)',
          data: [{ x: point.ratio, y: point.objective }],
          showLine: false,
          borderColor: fourth,
          backgroundColor: fourth,
          pointStyle: point.clipped ? 'triangle' : 'circle',
          pointRadius: 7,
        },
      ],
    },
    options: lineChartOptions(colors, {
      x: { title: 'Ratio ρ = π_θ(a|s) / π_old(a|s)', min: 0, max: RATIO_MAX },
      y: { title: 'Objective', min: low, max: high },
    }),
  };
}
