/**
 * The chart of the `noisy-preferences` widget (content/chapter-1/noisy-preferences.mdx); it follows the view.
 * Curves view: ranking accuracy against the dataset size n on a log axis, one curve per flip rate ε, the reader's
 * ε drawn thick, and the reader's (n, accuracy) as a point. Rounds view: the policy's expected gold reward,
 * helpfulness and harmlessness per round (left axis), the reward model's ranking accuracy (right axis), the gold
 * reward of the same loop with noise-free labels.
 */
import type { ChartColors } from '../shared/chart-colors.ts';
import { curveDataset, type LineDataset } from '../shared/chart-datasets.ts';
import type { ChartPoint, WidgetChartConfig } from '../shared/chart-types.ts';
import { formatParameter } from '../shared/format-number.ts';
import { lineChartOptions } from '../shared/line-chart-options.ts';
import type { NoisyPreferencesDerived } from './model.ts';
import { FLIP_RATES, ROUNDS, SIZES } from './simulation.ts';

/** Ticks of the log-n axis: the dataset sizes a reader can read off. */
const N_TICKS = [10, 100, 1000];

function setTicks(options: NonNullable<WidgetChartConfig['options']>, values: number[], label: (value: number) => string): void {
  const x = options.scales?.['x'] as Record<string, unknown> | undefined;
  if (!x) return;
  x['afterBuildTicks'] = (scale: { ticks: { value: number }[] }) => {
    scale.ticks = values.map((value) => ({ value }));
  };
  Object.assign(x['ticks'] as Record<string, unknown>, { callback: (value: number | string) => label(Number(value)) });
}

/**
 * Where a curve's points go: $x = \log_{10} n$, skipping sizes still being simulated.
 *
 * @example
 * curvePoints([0.5, null], [10, 100]); // → [{ x: 1, y: 0.5 }]
 */
export function curvePoints(accuracy: readonly (number | null)[], sizes: readonly number[] = SIZES): ChartPoint[] {
  return accuracy.flatMap((a, i) => (a === null ? [] : [{ x: Math.log10(sizes[i]!), y: a }]));
}

/**
 * The chart configuration for a derived state and the theme's colours.
 *
 * @example
 * noisyPreferencesChartConfig(derived, paletteChartColors('light')).data.datasets.length; // → 7 (curves view, ε = 0.2)
 */
export function noisyPreferencesChartConfig(derived: NoisyPreferencesDerived, colors: ChartColors): WidgetChartConfig {
  if (derived.view === 'rounds') return roundsChart(derived, colors);
  const datasets: LineDataset[] = derived.curves.map((curve) => {
    const family = FLIP_RATES.indexOf(curve.epsilon);
    const selected = curve.epsilon === derived.epsilon;
    const colour = family === -1 ? colors.fg : colors.series[family]!;
    return curveDataset(`ε = ${formatParameter(curve.epsilon)}${selected ? ' (yours)' : ''}`, curvePoints(curve.accuracy), colour, {
      borderWidth: selected ? 4 : 1.5,
      pointRadius: selected ? 3 : 2,
      pointStyle: 'circle',
      tension: 0,
      ...(family === -1 ? { borderDash: [6, 3] } : {}),
    });
  });
  datasets.push({
    label: `Your ε and n`,
    data: derived.point === null ? [] : [{ x: Math.log10(derived.n), y: derived.point }],
    showLine: false,
    borderColor: colors.fg,
    backgroundColor: colors.bg,
    borderWidth: 2,
    pointStyle: 'rectRot',
    pointRadius: 8,
    pointHoverRadius: 8,
  });
  const options = lineChartOptions(colors, {
    x: { title: 'Dataset size n (pairs, log scale)', min: 1, max: Math.log10(2000) },
    y: { title: 'Ranking accuracy', min: 0, max: 1 },
  });
  setTicks(options, N_TICKS.map(Math.log10), (value) => String(Math.round(10 ** value)));
  return { type: 'line', data: { datasets }, options };
}

function roundsChart(derived: Extract<NoisyPreferencesDerived, { view: 'rounds' }>, colors: ChartColors): WidgetChartConfig {
  const [gold, help, harm, accuracy] = colors.series;
  const series = (pick: (r: NonNullable<typeof derived.rounds>[number]) => number | null, rounds = derived.rounds) =>
    (rounds ?? []).flatMap((r) => {
      const y = pick(r);
      return y === null ? [] : [{ x: r.round, y }];
    });
  const line = { pointRadius: 3, pointStyle: 'circle' as const, tension: 0 };
  const datasets: LineDataset[] = [
    curveDataset(`Gold reward, ε = ${formatParameter(derived.epsilon)}`, series((r) => r.goldReward), gold, { ...line, borderWidth: 3 }),
    curveDataset('Helpfulness', series((r) => r.helpfulness), help, line),
    curveDataset('Harmlessness ("safety")', series((r) => r.harmlessness), harm, { ...line, pointStyle: 'triangle' }),
    curveDataset('Reward-model ranking accuracy (right axis)', series((r) => r.accuracy), accuracy, { ...line, pointStyle: 'rect', yAxisID: 'y1' }),
    curveDataset('Gold reward, noise-free labels', series((r) => r.goldReward, derived.cleanRounds), gold, { ...line, borderDash: [6, 4] }),
  ];
  const options = lineChartOptions(colors, {
    x: { title: 'Feedback round', min: 0, max: ROUNDS },
    y: { title: 'Expected value under the policy', suggestedMin: 0, suggestedMax: 1 },
    y1: { title: 'Ranking accuracy', min: 0, max: 1 },
  });
  setTicks(options, Array.from({ length: ROUNDS + 1 }, (_, i) => i), (value) => String(value));
  return { type: 'line', data: { datasets }, options };
}
