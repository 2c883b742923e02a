/**
 * The equations of content/chapter-4/sft-init.mdx wired to the `sft-init` widget: the symbols its math marks with
 * `\sym` and the live numbers its `\val` marks take (src/widgets/shared/widget-equations.ts).
 *
 * Response $y$ has its count `count-<y>`, gold reward `gold-<y>`, `sft-<y>` = $\pi_{\mathrm{SFT}}(y)$ and
 * `opt-<y>` = $\pi^*(y)$, formatted as the widget's table formats them; `best` is the number of the response with
 * the highest gold reward, `demonstrations`, `smoothing` and `beta` are n, α and β as the summary writes them, and
 * `value-sft` and `value-opt` are the expected gold rewards $\mathbb{E}[r^*]$ of the table's last row.
 *
 * @example
 * sftInitEquations.values(sftInitDefaults);
 * // → { demonstrations: '10', smoothing: '0', beta: '0.5', best: '7', 'count-7': '0', 'gold-7': '1.60', 'sft-7': '0.000', 'opt-7': '0.000', 'value-sft': '0.48', 'value-opt': '0.72' }
 */
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import type { WidgetEquations } from '../shared/widget-equations.ts';
import { deriveSftInit } from './model.ts';
import type { sftInitSchema, SftInitState } from './state.ts';

/** The symbols and live values of the sft-init section. */
export const sftInitEquations: WidgetEquations<typeof sftInitSchema> = {
  symbols: {
    'pi-sft': { symbol: 'π_SFT', meaning: 'SFT policy (the reference policy)', keys: ['demonstrations', 'smoothing', 'seed'], color: 1, axis: 'y' },
    'pi-opt': { symbol: 'π*', meaning: 'KL-regularized optimal policy', keys: ['beta', 'demonstrations', 'smoothing', 'seed'], color: 2, axis: 'y' },
    demonstrations: { symbol: 'n', meaning: 'demonstrations', keys: ['demonstrations'], color: 3 },
    smoothing: { symbol: 'α', meaning: 'smoothing pseudo-count', keys: ['smoothing'], color: 6 },
    beta: { symbol: 'β', meaning: 'KL coefficient', keys: ['beta'], color: 5 },
  },
  values(state: SftInitState): Record<string, string> {
    const derived = deriveSftInit(state);
    const values: Record<string, string> = {
      demonstrations: String(derived.demonstrations),
      smoothing: formatParameter(state.smoothing),
      beta: formatParameter(state.beta),
      best: String(derived.best),
      'value-sft': formatFixed(derived.sftValue, 2),
      'value-opt': formatFixed(derived.optimalValue, 2),
    };
    for (const response of derived.responses) {
      const y = response.response;
      values[`count-${y}`] = String(response.count);
      values[`gold-${y}`] = formatFixed(response.gold, 2);
      values[`sft-${y}`] = formatFixed(response.sft, 3);
      values[`opt-${y}`] = formatFixed(response.optimal, 3);
    }
    return values;
  },
};
