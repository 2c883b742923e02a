/**
 * The equations of content/chapter-4/ppo-clip.mdx wired to the `ppo-clip` widget: the symbols its math marks
 * with `\sym` and the live numbers its `\val` marks take (src/widgets/shared/widget-equations.ts).
 *
 * Values of the clipped surrogate: `epsilon`, `ratio` (ρ), `advantage` (±1), `low` and `high` (1 ∓ ε),
 * `clip-ratio` (clip(ρ, 1 − ε, 1 + ε)), `unclipped` (ρA), `clipped-term` (clip(ρ)·A), `objective` (L^CLIP) and
 * `gradient` (∂L/∂ρ). Values of the shaped rewards, for the token view's response: `beta`, `score`, `log-ratio`
 * (log π_θ(y)/π_ref(y)), `penalty` (−β times it) and `total` (the sum of the per-token rewards). Both sets are
 * given whatever view the widget shows, so each equation keeps its numbers.
 *
 * @example
 * ppoClipEquations.values(ppoClipDefaults);
 * // → { epsilon: '0.2', ratio: '1.3', advantage: '1', low: '0.8', high: '1.2', 'clip-ratio': '1.2', unclipped: '1.300',
 * //     'clipped-term': '1.200', objective: '1.200', gradient: '0', beta: '0.1', score: '1', 'log-ratio': '7.176',
 * //     penalty: '−0.718', total: '0.282' }
 */
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import type { WidgetEquations } from '../shared/widget-equations.ts';
import { derivePpoClip } from './model.ts';
import type { ppoClipSchema, PpoClipState } from './state.ts';

/** The symbols and live values of the PPO section. */
export const ppoClipEquations: WidgetEquations<typeof ppoClipSchema> = {
  symbols: {
    epsilon: { symbol: 'ε', meaning: 'clip range', keys: ['epsilon'], color: 5 },
    ratio: { symbol: 'ρ', meaning: 'probability ratio π_θ/π_old', keys: ['ratio'], color: 4, axis: 'x' },
    advantage: { symbol: 'A', meaning: 'advantage', keys: ['sign'], color: 2 },
    beta: { symbol: 'β', meaning: 'KL coefficient', keys: ['beta'], color: 3 },
    score: { symbol: 'r', meaning: 'reward-model score', keys: ['score'], color: 6 },
  },
  values(state: PpoClipState): Record<string, string> {
    const derived = derivePpoClip(state);
    const { point, epsilon, advantage, response, beta, score } = derived;
    return {
      epsilon: formatParameter(epsilon),
      ratio: formatParameter(point.ratio),
      advantage: formatParameter(advantage),
      low: formatParameter(1 - epsilon),
      high: formatParameter(1 + epsilon),
      'clip-ratio': formatParameter(Math.min(Math.max(point.ratio, 1 - epsilon), 1 + epsilon)),
      unclipped: formatFixed(point.unclipped, 3),
      'clipped-term': formatFixed(point.clippedTerm, 3),
      objective: formatFixed(point.objective, 3),
      gradient: formatFixed(point.gradient, 0),
      beta: formatParameter(beta),
      score: formatParameter(score),
      'log-ratio': formatFixed(response.logRatio, 3),
      penalty: formatFixed(-beta * response.logRatio, 3),
      total: formatFixed(response.total, 3),
    };
  },
};
