/**
 * The equations of content/chapter-2/reference-policy.mdx wired to the `reference-policy` widget: the symbols its
 * math marks with `\sym` and the live numbers its `\val` marks take (src/widgets/shared/widget-equations.ts).
 *
 * `kl-pi-ref` is $\mathrm{KL}(\pi\,\|\,\pi_{\mathrm{ref}})$ and `kl-ref-pi` is $\mathrm{KL}(\pi_{\mathrm{ref}}\,\|\,\pi)$,
 * the last row of the widget's table (`∞` where π puts mass on a zero of π_ref); response $y$ has its count
 * `count-<y>`, `ref-<y>` = $\pi_{\mathrm{ref}}(y)$, `pi-<y>` = $\pi(y)$ and its two terms `term-pi-ref-<y>` and
 * `term-ref-pi-<y>`, formatted as the table formats them; `temperature` and `mix` as its summary writes T and α.
 *
 * @example
 * referencePolicyEquations.values(referencePolicyDefaults);
 * // → { temperature: '0.5', mix: '0', demonstrations: '20', 'kl-pi-ref': '0.0892', 'kl-ref-pi': '0.1072', 'count-3': '7', 'ref-3': '0.350', 'pi-3': '0.480', 'term-pi-ref-3': '0.1521' }
 */
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import type { WidgetEquations } from '../shared/widget-equations.ts';
import { deriveReferencePolicy } from './model.ts';
import type { referencePolicySchema, ReferencePolicyState } from './state.ts';

/** The symbols and live values of the reference-policy section. */
export const referencePolicyEquations: WidgetEquations<typeof referencePolicySchema> = {
  symbols: {
    'pi-ref': { symbol: 'π_ref', meaning: 'reference policy', keys: ['demonstrations', 'seed'], color: 1, axis: 'y' },
    pi: { symbol: 'π', meaning: 'candidate policy', keys: ['temperature', 'mix', 'demonstrations', 'seed'], color: 2, axis: 'y' },
    demonstrations: { symbol: 'n', meaning: 'demonstrations π_ref is fitted on', keys: ['demonstrations'], color: 3 },
    temperature: { symbol: 'T', meaning: 'temperature', keys: ['temperature'], color: 5 },
    mix: { symbol: 'α', meaning: 'mix weight', keys: ['mix'], color: 6 },
  },
  values(state: ReferencePolicyState): Record<string, string> {
    const derived = deriveReferencePolicy(state);
    const values: Record<string, string> = {
      temperature: formatParameter(state.temperature),
      mix: formatParameter(state.mix),
      demonstrations: String(derived.demonstrations),
      'kl-pi-ref': formatFixed(derived.klPiRef, 4),
      'kl-ref-pi': formatFixed(derived.klRefPi, 4),
    };
    for (const response of derived.responses) {
      const y = response.response;
      values[`count-${y}`] = String(response.count);
      values[`ref-${y}`] = formatFixed(response.reference, 3);
      values[`pi-${y}`] = formatFixed(response.policy, 3);
      values[`term-pi-ref-${y}`] = formatFixed(response.termPiRef, 4);
      values[`term-ref-pi-${y}`] = formatFixed(response.termRefPi, 4);
    }
    return values;
  },
};
