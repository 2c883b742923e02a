/**
 * The equations of content/chapter-2/reward-model.mdx wired to the `reward-model` widget: the symbols its math
 * marks with `\sym` and the live numbers its `\val` marks take (src/widgets/shared/widget-equations.ts). The
 * numbers are those of the run the state defines, formatted as the widget's table and summary format them: the
 * trained model after all $T$ steps, or, while the widget is still training that run in slices, the step it shows
 * (training.ts, `rewardModelRun`, with the widget element as `owner`), so the equations follow their own
 * widget, even with several on a page, and never train on their own.
 *
 * @example
 * rewardModelEquations.values(rewardModelDefaults);
 * // → { eta: '0.5', n: '100', steps: '100', c: '0', 'w-1': '1.17', 'w-2': '0.45', 'w-3': '0.05', loss: '0.5798', … }
 */
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import type { WidgetEquations } from '../shared/widget-equations.ts';
import { deriveRewardModelAt } from './model.ts';
import type { rewardModelSchema, RewardModelWidgetState } from './state.ts';
import { rewardModelRun } from './training.ts';

/** The symbols and live values of the reward-model section. */
export const rewardModelEquations: WidgetEquations<typeof rewardModelSchema> = {
  symbols: {
    w: { symbol: 'w', meaning: 'learned weights', keys: ['comparisons', 'learningRate', 'steps', 'seed'], color: 4 },
    eta: { symbol: 'η', meaning: 'learning rate', keys: ['learningRate'], color: 3 },
    n: { symbol: 'N', meaning: 'number of comparisons', keys: ['comparisons'], color: 6 },
    steps: { symbol: 'T', meaning: 'gradient steps', keys: ['steps'], color: 1 },
    c: { symbol: 'c', meaning: 'per-prompt constant', keys: ['offset'], color: 2 },
  },
  values(state: RewardModelWidgetState, owner?: object): Record<string, string> {
    const run = rewardModelRun(state, owner);
    const derived = deriveRewardModelAt(state, run.problem, run.state);
    const values: Record<string, string> = {
      eta: formatParameter(state.learningRate),
      n: String(derived.comparisons),
      steps: String(derived.steps),
      c: formatParameter(state.offset),
      loss: formatFixed(derived.plain.loss, 4),
      'loss-shifted': formatFixed(derived.shifted.loss, 4),
      'p-1': formatFixed(derived.plain.firstProbability, 3),
      'p-1-shifted': formatFixed(derived.shifted.firstProbability, 3),
    };
    derived.weights.forEach((w, j) => {
      values[`w-${String(j + 1)}`] = formatFixed(w, 2);
    });
    return values;
  },
};
