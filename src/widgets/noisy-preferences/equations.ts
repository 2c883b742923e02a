/**
 * The equations of content/chapter-1/noisy-preferences.mdx wired to the `noisy-preferences` widget: the symbols
 * its math marks with `\sym` and the live numbers its `\val` marks take (src/widgets/shared/widget-equations.ts).
 * All of them are closed-form in the state (the flip rate ε and the dataset size n), so they follow a control
 * in the same frame while the simulation runs in slices.
 *
 * @example
 * noisyPreferencesEquations.values(noisyPreferencesDefaults);
 * // → { epsilon: '0.2', n: '200', shrink: '0.6', 'shrink-squared': '0.36', 'n-eff': '72', 'p-noisy': '0.74' }
 */
import { effectiveSampleSize, noisyLabelProbability } from '../../math/index.ts';
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import type { WidgetEquations } from '../shared/widget-equations.ts';
import type { noisyPreferencesSchema, NoisyPreferencesState } from './state.ts';

/** The annotator's preference before the flip in the section's example: the better answer 90% of the time. */
export const EXAMPLE_PREFERENCE = 0.9;

/** The symbols and live values of the noisy-preferences section. */
export const noisyPreferencesEquations: WidgetEquations<typeof noisyPreferencesSchema> = {
  symbols: {
    epsilon: { symbol: 'ε', meaning: 'label flip rate', keys: ['epsilon'], color: 4 },
    n: { symbol: 'n', meaning: 'dataset size (pairs)', keys: ['n'], color: 1 },
  },
  values(state: NoisyPreferencesState): Record<string, string> {
    return {
      epsilon: formatParameter(state.epsilon),
      n: String(state.n),
      shrink: formatParameter(1 - 2 * state.epsilon),
      'shrink-squared': formatParameter((1 - 2 * state.epsilon) ** 2),
      'n-eff': formatFixed(effectiveSampleSize(state.n, state.epsilon), 0),
      'p-noisy': formatParameter(noisyLabelProbability(EXAMPLE_PREFERENCE, state.epsilon)),
    };
  },
};
