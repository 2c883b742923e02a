/**
 * Pure model of the `kl-budget` widget (content/chapter-1/kl-budget.mdx): state → derived numbers → summary
 * sentence and data table. Every number comes from `src/math`: the frontier and the best policy within the budget
 * from `rewardKlFrontier`, `klBudgetOptimum` and `frontierEnd` (the optimum $\pi_\beta = \pi_{\mathrm{ref}}
 * e^{r/\beta}/Z$, Rafailov et al. 2023, eq. 4), the seed notebook's toy curve from `seedTradeoffDemo`.
 * The chart is in `chart.ts`.
 */
import {
  expectedValue,
  frontierEnd,
  klBudgetOptimum,
  rewardKlFrontier,
  seedTradeoffDemo,
  type KlBudgetOptimum,
  type SeedTradeoffDemo,
} from '../../math/index.ts';
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import { toyPrompt, type ToyPrompt } from '../shared/toy-prompt.ts';
import type { WidgetModel } from '../shared/widget-model.ts';
import type { WidgetFallback, WidgetTable } from '../shared/widget-table.ts';
import { klBudgetChartConfig } from './chart.ts';
import type { klBudgetSchema, KlBudgetState, KlBudgetView } from './state.ts';

/** Points at which the frontier is sampled (evenly in KL). */
export const FRONTIER_POINTS = 61;

/** What the frontier view shows. */
export interface KlBudgetFrontier {
  toy: ToyPrompt;
  /** $\mathbb{E}_{\pi_{\mathrm{ref}}}[r]$, the frontier's start at KL 0. */
  referenceReward: number;
  /** The greedy end ($\beta \to 0$): its KL and reward $r_{\max}$. */
  endKl: number;
  endReward: number;
  /** 1-based number of the best response (the first on a tie). */
  bestResponse: number;
  /** The frontier, sampled evenly in KL from 0 to `endKl`. */
  curve: KlBudgetOptimum[];
  /** The best policy within the budget. */
  best: KlBudgetOptimum;
}

/** Everything the widget shows for a state; `frontier` or `seed` is filled according to the view. */
export interface KlBudgetDerived {
  view: KlBudgetView;
  budget: number;
  frontier: KlBudgetFrontier | null;
  seed: SeedTradeoffDemo | null;
}

/**
 * Derives the numbers of the selected view.
 *
 * @example
 * const d = deriveKlBudget(klBudgetDefaults);
 * d.frontier?.best.expectedReward; // ≈ 1.6413 (π_β with β ≈ 0.906 spends the 0.2 nats)
 * deriveKlBudget({ ...klBudgetDefaults, view: 'seed' }).seed?.curves.map((c) => c.exactMaximizer); // [2, 2, 0.625]
 */
export function deriveKlBudget(state: KlBudgetState): KlBudgetDerived {
  if (state.view === 'seed') return { view: 'seed', budget: state.budget, frontier: null, seed: seedTradeoffDemo() };
  const toy = toyPrompt(state.seed, state.prompt);
  const end = frontierEnd(toy.reference, toy.rewards);
  const frontier: KlBudgetFrontier = {
    toy,
    referenceReward: expectedValue(toy.reference, toy.rewards),
    endKl: end.kl,
    endReward: end.expectedReward,
    bestResponse: toy.rewards.indexOf(Math.max(...toy.rewards)) + 1,
    curve: rewardKlFrontier(toy.reference, toy.rewards, FRONTIER_POINTS),
    best: klBudgetOptimum(toy.reference, toy.rewards, state.budget),
  };
  return { view: 'frontier', budget: state.budget, frontier, seed: null };
}

/**
 * β as the text shows it: "β = ∞" at budget 0 (π_ref), "β → 0" for the greedy policy.
 *
 * @example
 * betaPhrase(0.9063); // → 'β = 0.906'
 */
export function betaPhrase(beta: number): string {
  if (beta === Infinity) return 'β = ∞';
  if (beta === 0) return 'β → 0';
  return `β = ${formatFixed(beta, 3)}`;
}

function summarizeFrontier(f: KlBudgetFrontier, budget: number): string {
  const where = `Prompt ${String(f.toy.prompt)}`;
  const ends = `π_ref ${formatFixed(f.referenceReward, 3)}, greedy ${formatFixed(f.endReward, 3)} at KL ${formatFixed(f.endKl, 3)}`;
  if (budget === 0) {
    return `${where}, KL budget ε = 0: the only policy allowed is π_ref, with E[r] = ${formatFixed(f.referenceReward, 3)}.`;
  }
  if (!f.best.binds) {
    return (
      `${where}, KL budget ε = ${formatFixed(budget, 2)}: always answering response ${String(f.bestResponse)} needs only ` +
      `KL ${formatFixed(f.endKl, 3)}, so the best E[r] is r_max = ${formatFixed(f.endReward, 3)} and the rest of the budget buys nothing.`
    );
  }
  return (
    `${where}, KL budget ε = ${formatFixed(budget, 2)}: best E[r] = ${formatFixed(f.best.expectedReward, 3)} ` +
    `(${ends}), reached by π* with ${betaPhrase(f.best.beta)}, which spends the whole budget.`
  );
}

function summarizeSeed(seed: SeedTradeoffDemo): string {
  const betas = seed.curves.map((c) => formatParameter(c.beta)).join(', ');
  const exact = seed.curves.map((c) => formatParameter(c.exactMaximizer)).join(', ');
  const grid = seed.curves.map((c) => formatFixed(c.gridArgmax, 3)).join(', ');
  return `Seed toy objective s − β·s² on [0, 2] for β = ${betas}: maximizer min(1/(2β), 2) = ${exact} (the notebook's 50-point grid: ${grid}).`;
}

/**
 * The one-sentence live summary of the selected view.
 *
 * @example
 * summarizeKlBudget(klBudgetDefaults);
 * // → 'Prompt 1, KL budget ε = 0.20: best E[r] = 1.641 (π_ref 1.239, greedy 1.963 at KL 1.030), reached by π*
 * //    with β = 0.906, which spends the whole budget.'
 */
export function summarizeKlBudget(state: KlBudgetState, derived: KlBudgetDerived = deriveKlBudget(state)): string {
  if (derived.seed !== null) return summarizeSeed(derived.seed);
  if (derived.frontier !== null) return summarizeFrontier(derived.frontier, derived.budget);
  return '';
}

/**
 * The data table (the chart's text alternative). Frontier view: one row per response with its reward, π_ref and
 * the best policy within the budget. Seed view: one row per β with the exact and the grid maximizer.
 *
 * @example
 * klBudgetTable(deriveKlBudget(klBudgetDefaults)).rows[2]; // → ['3', '1.963', '0.357', '0.622']
 */
export function klBudgetTable(derived: KlBudgetDerived): WidgetTable {
  if (derived.seed !== null) {
    return {
      caption:
        'Seed notebook toy objective J(s) = s − β·s² on [0, 2]: its exact maximizer s* = min(1/(2β), 2), the value ' +
        'J(s*), and the maximizer on the notebook’s 50-point grid.',
      columns: ['β', 's* = min(1/(2β), 2)', 'J(s*)', 'Grid maximizer'],
      rows: derived.seed.curves.map((c) => [
        formatParameter(c.beta),
        formatFixed(c.exactMaximizer, 3),
        formatFixed(c.exactMaximizer - c.beta * c.exactMaximizer ** 2, 4),
        formatFixed(c.gridArgmax, 3),
      ]),
    };
  }
  const f = derived.frontier;
  if (f === null) return { caption: '', columns: [], rows: [] };
  return {
    caption:
      `Prompt ${String(f.toy.prompt)}: reward r(y), reference policy π_ref(y) and the best policy π* within ` +
      `KL ≤ ${formatFixed(derived.budget, 2)} (${betaPhrase(f.best.beta)}, KL ${formatFixed(f.best.kl, 3)}, ` +
      `E[r] = ${formatFixed(f.best.expectedReward, 3)}).`,
    columns: ['Response y', 'r(y)', 'π_ref(y)', 'π*(y)'],
    rows: f.toy.rewards.map((r, i) => [
      String(i + 1),
      formatFixed(r, 3),
      formatFixed(f.toy.reference[i] as number, 3),
      formatFixed(f.best.policy[i] as number, 3),
    ]),
  };
}

/**
 * Build-time fallback: the summary and the table for a state.
 *
 * @example
 * klBudgetFallback(klBudgetDefaults).summary; // contains 'best E[r] = 1.641'
 */
export function klBudgetFallback(state: KlBudgetState): WidgetFallback {
  const derived = deriveKlBudget(state);
  return { summary: summarizeKlBudget(state, derived), table: klBudgetTable(derived) };
}

/** The model as the `po-kl-budget` element uses it (see shared/widget-model.ts). */
export const klBudgetModel: WidgetModel<typeof klBudgetSchema, KlBudgetDerived> = {
  derive: deriveKlBudget,
  summarize: summarizeKlBudget,
  chartConfig: klBudgetChartConfig,
};
