/**
 * The equations of content/chapter-3/pairwise-loss.mdx wired to the `pairwise-loss` widget: the symbols its math
 * marks with `\sym` and the live numbers its `\val` marks take (src/widgets/shared/widget-equations.ts).
 *
 * The live instances stand under the logistic loss and the K-wise loss of Ouyang et al. (2022), so they are the
 * logistic numbers whatever loss the picker shows: `m-1` is the margin of the batch's first pair, `loss-1` its
 * $-\log\sigma(m)$, `grad-1` its gradient $\sigma(m) - 1$, `pairs-per-prompt` $\binom{K}{2}$ and `batch-loss` the
 * K-wise logistic batch loss. Numbers are formatted as the widget's table formats them.
 *
 * @example
 * pairwiseLossEquations.values(pairwiseLossDefaults);
 * // → { k: '3', 'pairs-per-prompt': '3', prompts: '4', 'm-1': '1.535', 'loss-1': '0.1951', 'grad-1': '−0.1772',
 * //     'batch-loss': '0.5235' }
 */
import { createWorld, drawRankings, rankingLoss, sigmoid, softplus } from '../../math/index.ts';
import { formatFixed } from '../shared/format-number.ts';
import type { WidgetEquations } from '../shared/widget-equations.ts';
import { derivePairwiseLoss } from './model.ts';
import { PAIRWISE_LOSS_PROMPTS, type pairwiseLossSchema, type PairwiseLossState } from './state.ts';

/** The symbols and live values of the pairwise-loss section. */
export const pairwiseLossEquations: WidgetEquations<typeof pairwiseLossSchema> = {
  symbols: {
    m: { symbol: 'm', meaning: 'margin r(y_w) − r(y_l)', keys: ['seed', 'k'], color: 4, axis: 'x' },
    k: { symbol: 'K', meaning: 'answers ranked per prompt', keys: ['k'], color: 1 },
  },
  values(state: PairwiseLossState): Record<string, string> {
    const derived = derivePairwiseLoss(state);
    const first = derived.pairs[0];
    const world = createWorld({ seed: state.seed, prompts: PAIRWISE_LOSS_PROMPTS });
    const rankings = drawRankings(world, { size: state.k });
    let total = 0;
    rankings.forEach((ranking, x) => {
      total += rankingLoss((world.prompts[x]?.responses ?? []).map((response) => response.goldReward), ranking);
    });
    const values: Record<string, string> = {
      k: String(state.k),
      'pairs-per-prompt': String(derived.pairsPerPrompt),
      prompts: String(rankings.length),
      'batch-loss': formatFixed(total / rankings.length, 4),
    };
    if (first !== undefined) {
      values['m-1'] = formatFixed(first.margin, 3);
      values['loss-1'] = formatFixed(softplus(-first.margin), 4);
      values['grad-1'] = formatFixed(sigmoid(first.margin) - 1, 4);
    }
    return values;
  },
};
