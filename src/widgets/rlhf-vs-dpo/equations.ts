/**
 * The equations of content/chapter-1/rlhf-vs-dpo.mdx wired to the `rlhf-vs-dpo` widget: the symbols its math
 * marks with `\sym` and the live numbers its `\val` marks take (src/widgets/shared/widget-equations.ts). The live
 * numbers are path (a)'s, which need no training: for the shown prompt, the answer with the largest fitted
 * reward ("top"), its $\pi_{\mathrm{ref}}$, $\hat r$ and $\pi_{\mathrm{RLHF}}$ as the table formats them, and
 * $Z = \sum_y \pi_{\mathrm{ref}}(y)\,e^{\hat r(y)/\beta}$. Without a fit on the shown prompt those values are absent
 * (the page shows "—").
 *
 * @example
 * rlhfVsDpoEquations.values(rlhfVsDpoDefaults);
 * // → { beta: '1', n: '200', steps: '200', prompt: '1', top: '3', 'ref-top': '0.357', 'reward-top': '1.480',
 * //     z: '2.135', 'rlhf-top': '0.734' }
 */
import { logPartition } from '../../math/index.ts';
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import type { WidgetEquations } from '../shared/widget-equations.ts';
import { createRlhfVsDpoRun, runMatches, type RlhfVsDpoRun } from './run.ts';
import type { rlhfVsDpoSchema, RlhfVsDpoState } from './state.ts';

/** The last untrained run: `values` is called after every frame of training, and path (a) does not change. */
let cached: RlhfVsDpoRun | null = null;

/** The symbols and live values of the section. */
export const rlhfVsDpoEquations: WidgetEquations<typeof rlhfVsDpoSchema> = {
  symbols: {
    beta: { symbol: 'β', meaning: 'KL coefficient', keys: ['beta'], color: 6 },
    n: { symbol: 'N', meaning: 'number of comparisons', keys: ['comparisons'], color: 3 },
    t: { symbol: 't', meaning: 'DPO training step', keys: ['steps'], color: 1, axis: 'x' },
    delta: { symbol: 'δ_t', meaning: 'mean total variation between the two paths', keys: ['steps'], color: 5, axis: 'y1' },
  },
  values(state: RlhfVsDpoState): Record<string, string> {
    if (cached === null || !runMatches(cached, state)) cached = createRlhfVsDpoRun(state);
    const run = cached;
    const values: Record<string, string> = {
      beta: formatParameter(state.beta),
      n: String(state.comparisons),
      t: String(state.steps),
      prompt: String(state.prompt),
    };
    const x = state.prompt - 1;
    if (run.fitExists[x] !== true) return values;
    const rewards = run.rewards[x] as number[];
    const top = rewards.indexOf(Math.max(...rewards));
    values['top'] = String(top + 1);
    values['ref-top'] = formatFixed((run.reference[x] as number[])[top] as number, 3);
    values['reward-top'] = formatFixed(rewards[top] as number, 3);
    values['z'] = formatFixed(Math.exp(logPartition(run.reference[x] as number[], rewards, state.beta)), 3);
    values['rlhf-top'] = formatFixed((run.rlhf[x] as number[])[top] as number, 3);
    return values;
  },
};
