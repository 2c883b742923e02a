/**
 * The equations of content/chapter-1/proxy-reward.mdx wired to the `proxy-reward` widget: the symbols its math
 * marks with `\sym` and the live numbers its `\val` marks take (src/widgets/shared/widget-equations.ts). The
 * learned weights `w-*`, their limit `limit-*` $= (w^* + \lambda e_\ell)/\tau$ and Kendall's `tau-b` are the
 * numbers of the widget's caption and summary, formatted as they are there.
 *
 * @example
 * proxyRewardEquations.values(proxyRewardDefaults);
 * // → { comparisons: '200', noise: '1', 'length-bias': '0.5', 'w-h': '0.59', 'w-s': '0.49', 'w-l': '0.60',
 * //     'limit-h': '1.00', 'limit-s': '0.50', 'limit-l': '0.50', 'tau-b': '0.725', 'tau-b-limit': '0.816', … }
 */
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import type { WidgetEquations } from '../shared/widget-equations.ts';
import { deriveProxyReward, formatTau } from './model.ts';
import type { proxyRewardSchema, ProxyRewardState } from './state.ts';

/** Suffixes of the three features in value names: helpfulness, harmlessness, length. */
const FEATURES = ['h', 's', 'l'] as const;

/** The symbols and live values of the proxy-reward section. */
export const proxyRewardEquations: WidgetEquations<typeof proxyRewardSchema> = {
  symbols: {
    comparisons: { symbol: 'N', meaning: 'number of comparisons', keys: ['comparisons'], color: 3 },
    noise: { symbol: 'τ', meaning: 'annotator noise', keys: ['noise'], color: 4 },
    'length-bias': { symbol: 'λ', meaning: 'annotator length bias', keys: ['lengthBias'], color: 2 },
    gold: { symbol: 'r*', meaning: 'gold reward', keys: ['seed'], color: 5, axis: 'x' },
    proxy: { symbol: 'r̂', meaning: 'proxy reward (the fitted reward model)', keys: ['comparisons', 'noise', 'lengthBias', 'seed'], color: 1, axis: 'y' },
  },
  values(state: ProxyRewardState): Record<string, string> {
    const derived = deriveProxyReward(state);
    const values: Record<string, string> = {
      comparisons: String(state.comparisons),
      noise: formatParameter(state.noise),
      'length-bias': formatParameter(state.lengthBias),
      'tau-b': formatTau(derived.tauB),
      'tau-b-limit': formatTau(derived.tauBLimit),
      overlap: String(derived.overlap),
      pairs: String(derived.counts.pairs),
      concordant: String(derived.counts.concordant),
      discordant: String(derived.counts.discordant),
      'tied-proxy': String(derived.counts.tiedX),
      'tied-gold': String(derived.counts.tiedY),
    };
    FEATURES.forEach((f, j) => {
      values[`w-${f}`] = formatFixed(derived.weights[j]!, 2);
      values[`limit-${f}`] = formatFixed(derived.limitWeights[j]!, 2);
    });
    return values;
  },
};
