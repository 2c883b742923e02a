/**
 * The equations of content/chapter-2/bradley-terry.mdx wired to the `bradley-terry` widget: the symbols its math
 * marks with `\sym` and the live numbers its `\val` marks take (src/widgets/shared/widget-equations.ts). The
 * rewards of pair $i$ are the widget's transformed ones, $s\,r + c$, so `rw-<i>`, `rl-<i>`, `m-<i>`, `p-<i>` and
 * `loss-<i>` are exactly the numbers of its table row $i$, formatted as the table formats them.
 *
 * @example
 * bradleyTerryEquations.values(bradleyTerryDefaults);
 * // → { shift: '0', scale: '1', n: '4', 'rw-1': '2.10', 'rl-1': '0.30', 'm-1': '1.80', 'p-1': '0.858',
 * //     'loss-1': '0.1530', …, 'loss-mean': '0.4998' }
 */
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import type { WidgetEquations } from '../shared/widget-equations.ts';
import { deriveBradleyTerry } from './model.ts';
import type { bradleyTerrySchema, BradleyTerryState } from './state.ts';

/** The symbols and live values of the Bradley–Terry section. */
export const bradleyTerryEquations: WidgetEquations<typeof bradleyTerrySchema> = {
  symbols: {
    rw: { symbol: 'r_w', meaning: 'reward of the chosen answer', keys: ['chosen'], color: 3 },
    rl: { symbol: 'r_l', meaning: 'reward of the rejected answer', keys: ['rejected'], color: 6 },
    m: { symbol: 'm', meaning: 'margin r_w − r_l', keys: ['chosen', 'rejected', 'shift', 'scale'], color: 4, axis: 'x' },
    shift: { symbol: 'c', meaning: 'shift of both rewards', keys: ['shift'], color: 1 },
    scale: { symbol: 's', meaning: 'scale of both rewards', keys: ['scale'], color: 2 },
  },
  values(state: BradleyTerryState): Record<string, string> {
    const derived = deriveBradleyTerry(state);
    const values: Record<string, string> = {
      shift: formatParameter(state.shift),
      scale: formatParameter(state.scale),
      n: String(derived.pairs.length),
    };
    derived.pairs.forEach((pair, index) => {
      const i = index + 1;
      values[`rw-${i}`] = formatFixed(pair.shiftedChosen, 2);
      values[`rl-${i}`] = formatFixed(pair.shiftedRejected, 2);
      values[`m-${i}`] = formatFixed(pair.margin, 2);
      values[`p-${i}`] = formatFixed(pair.probability, 3);
      values[`loss-${i}`] = formatFixed(pair.loss, 4);
    });
    if (derived.pairs.length > 0) values['loss-mean'] = formatFixed(derived.meanLoss, 4);
    return values;
  },
};
