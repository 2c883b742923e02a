/**
 * The equations of content/chapter-3/rewardbench.mdx wired to the `rewardbench` widget: the symbols its math
 * marks with `\sym` and the live numbers its `\val` marks take (src/widgets/shared/widget-equations.ts),
 * formatted as the widget's table formats them.
 *
 * @example
 * rewardbenchEquations.values(rewardbenchDefaults).score; // → '0.549'
 */
import { formatFixed } from '../shared/format-number.ts';
import type { WidgetEquations } from '../shared/widget-equations.ts';
import { deriveRewardbench } from './model.ts';
import type { rewardbenchSchema, RewardbenchState } from './state.ts';

const all = ['model', 'tieHalf', 'prompts', 'seed'] as const;

/** The symbols and live values of the rewardbench section. */
export const rewardbenchEquations: WidgetEquations<typeof rewardbenchSchema> = {
  symbols: {
    tie: { symbol: 't', meaning: 'tie credit', keys: ['tieHalf'], color: 4 },
    accuracy: { symbol: 'a_k', meaning: 'category accuracy', keys: all, color: 1, axis: 'y' },
    score: { symbol: 'S', meaning: 'RewardBench score', keys: all, color: 2 },
    resamples: { symbol: 'B', meaning: 'bootstrap resamples', keys: ['resamples'], color: 3 },
    level: { symbol: 'c', meaning: 'confidence level', keys: ['level'], color: 6 },
  },
  values(state: RewardbenchState): Record<string, string> {
    const d = deriveRewardbench(state);
    const acc = (i: number) => {
      const a = d.categories[i]?.accuracy;
      return a === null || a === undefined ? '—' : formatFixed(a, 3);
    };
    return {
      tie: state.tieHalf ? '0.5' : '0',
      chat: acc(0),
      'chat-hard': acc(1),
      safety: acc(2),
      reasoning: acc(3),
      score: formatFixed(d.score.estimate, 3),
      resamples: String(state.resamples),
      level: formatFixed(state.level, 2),
    };
  },
};
