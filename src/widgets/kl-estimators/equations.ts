/**
 * The equations of content/chapter-4/kl-estimators.mdx wired to the `kl-estimators` widget: the symbols its math
 * marks with `\sym` and the live numbers its `\val` marks take (src/widgets/shared/widget-equations.ts), formatted
 * as the widget's summary and table format them (decimals from `estimateDigits`): `mu` the drift, `samples` the batch size n, `kl` the exact KL
 * μ²/2, `k2-mean` the exact mean μ²/2 + μ⁴/8 of k2, and `k1-sd` / `k3-sd` the exact SD of a batch mean of k1 and k3.
 *
 * @example
 * klEstimatorsEquations.values(klEstimatorsDefaults);
 * // → { mu: '1.00', samples: '16', kl: '0.500', 'k2-mean': '0.625', 'k2-bias': '0.125', 'k1-sd': '0.250', 'k3-sd': '0.212' }
 */
import { gaussianEstimatorMoments, gaussianShiftKl } from '../../math/index.ts';
import { formatFixed } from '../shared/format-number.ts';
import { estimateDigits } from './digits.ts';
import type { WidgetEquations } from '../shared/widget-equations.ts';
import type { klEstimatorsSchema, KlEstimatorsState } from './state.ts';

/** The symbols and live values of the KL-estimators section. */
export const klEstimatorsEquations: WidgetEquations<typeof klEstimatorsSchema> = {
  symbols: {
    mu: { symbol: 'μ', meaning: 'drift of π_ref from π_θ', keys: ['mu'], color: 5 },
    n: { symbol: 'n', meaning: 'samples per batch', keys: ['samples'], color: 6 },
    kl: { symbol: 'KL', meaning: 'exact KL(π_θ ‖ π_ref)', keys: ['mu'], color: 5, axis: 'y' },
  },
  values(state: KlEstimatorsState): Record<string, string> {
    const kl = gaussianShiftKl(state.mu);
    const k2 = gaussianEstimatorMoments('k2', state.mu);
    const root = Math.sqrt(state.samples);
    const digits = estimateDigits(kl);
    return {
      mu: formatFixed(state.mu, 2),
      samples: String(state.samples),
      kl: formatFixed(kl, digits),
      'k2-mean': formatFixed(k2.mean, digits),
      'k2-bias': formatFixed(k2.mean - kl, digits),
      'k1-sd': formatFixed(gaussianEstimatorMoments('k1', state.mu).sd / root, digits),
      'k3-sd': formatFixed(gaussianEstimatorMoments('k3', state.mu).sd / root, digits),
    };
  },
};
