/**
 * The equations of content/chapter-1/choice-vs-demo.mdx wired to the `choice-vs-demo` widget: the symbols its math
 * marks with `\sym` and the live numbers its `\val` marks take (src/widgets/shared/widget-equations.ts).
 *
 * Answer $y_i$ is row $i$ of the widget's table: `demos-<i>` is its count $c(y_i)$ among the 100 demonstrations,
 * `sft-<i>` its $\pi_{\mathrm{SFT}}(y_i)$, `rhat-<i>` its fitted reward $\hat r(y_i)$, `pref-<i>` its
 * $\pi_{\mathrm{pref}}(y_i)$ and `gold-<i>` its gold reward $r^*(y_i)$, formatted as the table formats them; the
 * expected gold rewards are those of the summary. `z` is the normalizer
 * $Z = \sum_y \pi_{\mathrm{SFT}}(y)\,e^{\hat r(y)/\beta}$ of $\pi_{\mathrm{pref}}$ (`logPartition`), which the widget
 * does not show, written by {@link formatNormalizer}.
 *
 * @example
 * choiceVsDemoEquations.values(choiceVsDemoDefaults);
 * // → { beta: '1', temperature: '1', comparisons: '100', 'demos-3': '46', 'sft-3': '0.46', 'rhat-3': '2.45', 'pref-3': '0.84', z: '6.31', 'sft-value': '1.39', 'demo-value': '1.34', 'pref-value': '1.85' }
 */
import { logPartition } from '../../math/index.ts';
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import type { WidgetEquations } from '../shared/widget-equations.ts';
import { deriveChoiceVsDemo } from './model.ts';
import type { choiceVsDemoSchema, ChoiceVsDemoState } from './state.ts';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * A positive number as a formula shows it: two decimals below 1000, else three significant digits times a power
 * of ten with a superscript exponent ($Z$ reaches $10^{26}$ at the smallest β).
 *
 * @example
 * formatNormalizer(6.3106); // → '6.31'
 * formatNormalizer(8.4908e20); // → '8.49×10²⁰'
 */
export function formatNormalizer(value: number): string {
  if (!Number.isFinite(value) || value < 1000) return formatFixed(value, 2);
  const [mantissa, exponent] = value.toExponential(2).split('e+') as [string, string];
  return `${mantissa}×10${[...exponent].map((digit) => SUPERSCRIPT[Number(digit)]).join('')}`;
}

/** The symbols and live values of the section on choices and demonstrations. */
export const choiceVsDemoEquations: WidgetEquations<typeof choiceVsDemoSchema> = {
  symbols: {
    'pi-sft': { symbol: 'π_SFT', meaning: 'SFT policy', keys: ['temperature', 'seed'], color: 1, axis: 'y' },
    'pi-pref': { symbol: 'π_pref', meaning: 'preference policy', keys: ['temperature', 'comparisons', 'beta', 'seed'], color: 2, axis: 'y' },
    gold: { symbol: 'r*', meaning: 'gold reward', keys: ['seed'], color: 3, axis: 'y1' },
    rhat: { symbol: 'r̂', meaning: 'fitted reward', keys: ['comparisons', 'seed'], color: 4 },
    temperature: { symbol: 'T', meaning: 'demonstrator temperature', keys: ['temperature'], color: 5 },
    beta: { symbol: 'β', meaning: 'KL coefficient', keys: ['beta'], color: 6 },
  },
  values(state: ChoiceVsDemoState): Record<string, string> {
    const derived = deriveChoiceVsDemo(state);
    const sft = derived.responses.map((response) => response.sft);
    const fitted = derived.responses.map((response) => response.fitted);
    const values: Record<string, string> = {
      beta: formatParameter(state.beta),
      temperature: formatParameter(state.temperature),
      comparisons: String(derived.comparisons),
      z: formatNormalizer(Math.exp(logPartition(sft, fitted, state.beta))),
      'sft-value': formatFixed(derived.sftValue, 2),
      'demo-value': formatFixed(derived.demonstratorValue, 2),
      'pref-value': formatFixed(derived.prefValue, 2),
    };
    derived.responses.forEach((response, index) => {
      const i = index + 1;
      values[`demos-${i}`] = String(response.demonstrations);
      values[`sft-${i}`] = formatFixed(response.sft, 2);
      values[`rhat-${i}`] = formatFixed(response.fitted, 2);
      values[`pref-${i}`] = formatFixed(response.pref, 2);
      values[`gold-${i}`] = formatFixed(response.gold, 2);
    });
    return values;
  },
};
