/**
 * The equations of content/chapter-1/kl-budget.mdx wired to the `kl-budget` widget: the symbols its math marks
 * with `\sym` and the live numbers its `\val` marks take (src/widgets/shared/widget-equations.ts).
 *
 * The section's equations are those of the reward–KL frontier, so the values are the frontier view's numbers for
 * the state's budget and prompt, formatted as its summary and table format them: `budget` is ε, `reward` the best
 * expected reward $R(\varepsilon)$, `beta` the β whose $\pi_\beta$ spends the budget, which is also the frontier's
 * slope $dR/d\varepsilon$ there: `∞` at budget 0 (where the frontier starts vertically) and `0` once the budget no
 * longer binds (where it is flat at $r_{\max}$). They keep the frontier's numbers while the widget shows the seed
 * notebook's curve, whose view disables the budget and the prompt.
 *
 * @example
 * klBudgetEquations.values(klBudgetDefaults);
 * // → { budget: '0.20', prompt: '1', reward: '1.641', beta: '0.906', kl: '0.200', 'reference-reward': '1.239', 'end-reward': '1.963', 'end-kl': '1.030' }
 */
import { formatFixed } from '../shared/format-number.ts';
import type { WidgetEquations } from '../shared/widget-equations.ts';
import { deriveKlBudget } from './model.ts';
import type { klBudgetSchema, KlBudgetState } from './state.ts';

/** The symbols and live values of the KL-budget section. */
export const klBudgetEquations: WidgetEquations<typeof klBudgetSchema> = {
  symbols: {
    budget: { symbol: 'ε', meaning: 'KL budget', keys: ['budget'], color: 5, axis: 'x' },
    reward: { symbol: 'R', meaning: 'largest expected reward within the budget', keys: ['budget', 'prompt', 'seed'], color: 1, axis: 'y' },
    beta: { symbol: 'β', meaning: 'KL coefficient', keys: ['budget', 'prompt', 'seed'], color: 3 },
    'pi-beta': { symbol: 'π_β', meaning: 'KL-regularized optimum', keys: ['budget', 'prompt', 'seed'], color: 2 },
  },
  values(state: KlBudgetState): Record<string, string> {
    const frontier = deriveKlBudget({ ...state, view: 'frontier' }).frontier;
    if (frontier === null) return {};
    const { best } = frontier;
    return {
      budget: formatFixed(state.budget, 2),
      prompt: String(frontier.toy.prompt),
      reward: formatFixed(best.expectedReward, 3),
      // The greedy end is reported with β = 0, the frontier's slope beyond it; formatFixed writes ∞ for π_ref.
      beta: best.beta === 0 ? '0' : formatFixed(best.beta, 3),
      kl: formatFixed(best.kl, 3),
      'reference-reward': formatFixed(frontier.referenceReward, 3),
      'end-reward': formatFixed(frontier.endReward, 3),
      'end-kl': formatFixed(frontier.endKl, 3),
    };
  },
};
