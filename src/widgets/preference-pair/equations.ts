/**
 * The equations of content/chapter-2/preference-pair.mdx wired to the `preference-pair` widget: the symbols its
 * math marks with `\sym` and the live numbers its `\val` marks take (src/widgets/shared/widget-equations.ts).
 *
 * The values are those of the record in the order the widget shows (recorded, or swapped when "Swap chosen and
 * rejected" is ticked), formatted as its table formats them: votes `nw`, `nl`; rewards `rw`, `rl`, margin `m` and
 * reward-model loss `rm-loss`; log-ratios `hw`, `hl`, their gap `delta` = Δ, implicit reward margin `u` = βΔ and
 * DPO loss `dpo-loss`. `rm-loss-swapped` and `dpo-loss-swapped` are the two losses in the other order, so that
 * `rm-loss-swapped` − `rm-loss` is the margin `m` and `dpo-loss-swapped` − `dpo-loss` is `u`, in either order.
 *
 * @example
 * preferencePairEquations.values(preferencePairDefaults);
 * // → { nw: '4', nl: '1', steps: '3', m: '1.634', 'rm-loss': '0.178', 'rm-loss-swapped': '1.812', u: '1.236', 'dpo-loss': '0.255', 'dpo-loss-swapped': '1.491' }
 */
import { formatFixed } from '../shared/format-number.ts';
import type { WidgetEquations } from '../shared/widget-equations.ts';
import { derivePreferencePair } from './model.ts';
import type { preferencePairSchema, PreferencePairState } from './state.ts';

const ORDER = ['record', 'swapped'];
const TRAINED = ['record', 'swapped', 'steps'];

/** The symbols and live values of the preference-pair section. */
export const preferencePairEquations: WidgetEquations<typeof preferencePairSchema> = {
  symbols: {
    z: { symbol: 'z', meaning: 'margin of the pair, m or u', keys: TRAINED, color: 1, axis: 'x' },
    m: { symbol: 'm', meaning: 'margin r(x, y_w) − r(x, y_l)', keys: ORDER, color: 2, axis: 'x' },
    u: { symbol: 'u', meaning: 'implicit reward margin βΔ', keys: TRAINED, color: 3, axis: 'x' },
    delta: { symbol: 'Δ', meaning: 'log-ratio gap', keys: TRAINED, color: 4 },
    nw: { symbol: 'n_w', meaning: 'votes for y_w', keys: ORDER, color: 5 },
    nl: { symbol: 'n_l', meaning: 'votes for y_l', keys: ORDER, color: 6 },
  },
  values(state: PreferencePairState): Record<string, string> {
    const derived = derivePreferencePair(state);
    const { current } = derived;
    const other = derived.swapped ? derived.recorded : derived.reversed;
    const fixed = (value: number) => formatFixed(value, 3);
    return {
      nw: String(current.votesChosen),
      nl: String(current.votesRejected),
      steps: String(derived.steps),
      rw: fixed(current.rewardChosen),
      rl: fixed(current.rewardRejected),
      m: fixed(current.margin),
      'rm-loss': fixed(current.rewardModelLoss),
      'rm-loss-swapped': fixed(other.rewardModelLoss),
      hw: fixed(current.logRatioChosen),
      hl: fixed(current.logRatioRejected),
      delta: fixed(current.logRatioChosen - current.logRatioRejected),
      u: fixed(current.implicitMargin),
      'dpo-loss': fixed(current.dpoLoss),
      'dpo-loss-swapped': fixed(other.dpoLoss),
    };
  },
};
