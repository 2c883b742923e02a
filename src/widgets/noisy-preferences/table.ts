/**
 * The data table of the `noisy-preferences` widget (content/chapter-1/noisy-preferences.mdx), the chart's text
 * alternative; it follows the view. Cells still being simulated show "…".
 */
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import { PENDING_CELL, type WidgetTable } from '../shared/widget-table.ts';
import type { NoisyPreferencesDerived } from './model.ts';
import { DATASETS, ROUNDS, RUNS, SIZES } from './simulation.ts';

const cell = (value: number | null, digits: number) => (value === null ? PENDING_CELL : formatFixed(value, digits));

/**
 * Curves view: one row per flip rate, one column per dataset size. Rounds view: one row per round.
 *
 * @example
 * noisyPreferencesTable(derived).columns[0]; // → 'ε' (curves view; the caption names it the flip rate)
 */
export function noisyPreferencesTable(derived: NoisyPreferencesDerived): WidgetTable {
  if (derived.view === 'rounds') {
    const clean = derived.cleanRounds;
    const rows = Array.from({ length: ROUNDS + 1 }, (_, round) => {
      const r = derived.rounds?.[round];
      return [
        String(round),
        cell(r?.goldReward ?? null, 3),
        cell(r?.helpfulness ?? null, 3),
        cell(r?.harmlessness ?? null, 3),
        round === 0 ? '—' : cell(r?.accuracy ?? null, 3),
        round === 0 ? '—' : cell(r?.rewardScale ?? null, 2),
        cell(r?.kl ?? null, 3),
        cell(clean?.[round]?.goldReward ?? null, 3),
      ];
    });
    return {
      caption:
        `Feedback loop, mean of ${String(RUNS)} runs: each round collects ${String(derived.perRound)} pairs from the current policy, ` +
        `labelled with flip rate ε = ${formatParameter(derived.epsilon)}, refits the reward model on every label so far and retrains the ` +
        `policy at β = ${formatParameter(derived.beta)}. Expected gold reward, helpfulness and harmlessness of the policy, the reward ` +
        `model's ranking accuracy and its scale c against the gold reward, KL(π ‖ π_ref), and the gold reward of the same loop ` +
        'with noise-free labels.',
      columns: ['Round', 'Gold reward', 'Helpfulness', 'Harmlessness', 'RM accuracy', 'Reward scale c', 'KL', 'Gold reward, ε = 0'],
      rows,
    };
  }
  return {
    caption:
      `Ranking accuracy of the fitted reward model (share of fresh response pairs it orders like the gold reward), mean of ` +
      `${String(DATASETS)} datasets, by flip rate ε and dataset size n. At ε = ${formatParameter(derived.epsilon)} and ` +
      `n = ${String(derived.n)}: ${cell(derived.point, 3)} (noise-free labels: ${cell(derived.cleanPoint, 3)}).`,
    columns: ['ε', ...SIZES.map((n) => `n = ${String(n)}`)],
    rows: derived.curves.map((curve) => [formatParameter(curve.epsilon), ...curve.accuracy.map((a) => cell(a, 3))]),
  };
}

