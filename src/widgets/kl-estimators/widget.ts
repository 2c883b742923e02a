/**
 * Registry entry of the `kl-estimators` widget (content/chapter-4/kl-estimators.mdx).
 *
 * @example
 * klEstimatorsWidget.fallback(klEstimatorsWidget.defaults).summary; // 'Drift μ = 1.00, exact KL 0.500: …'
 */
import { defineWidget } from '../shared/widget-definition.ts';
import { klEstimatorsEquations } from './equations.ts';
import { klEstimatorsFallback } from './model.ts';
import { klEstimatorsDefaults, klEstimatorsSchema } from './state.ts';

/** The `kl-estimators` widget: k1, k2, k3 from seeded samples against the exact KL of two Gaussians. */
export const klEstimatorsWidget = defineWidget({
  id: 'kl-estimators',
  tag: 'po-kl-estimators',
  title: 'Estimating the KL penalty from samples: k1, k2 and k3',
  section: '4.4',
  description:
    'Drift π_ref = N(μ, 1) away from π_θ = N(0, 1) and estimate KL(π_θ ‖ π_ref) = μ²/2 from seeded batches of samples ' +
    'with Schulman’s k1, k2 and k3: each estimator’s bias and spread against the exact value, as the drift and the ' +
    'batch size change, and single-sample k1 going negative while k3 never does.',
  blockSize: 900,
  blockSizeNarrow: 1200,
  schema: klEstimatorsSchema,
  defaults: klEstimatorsDefaults,
  equations: klEstimatorsEquations,
  fallback: klEstimatorsFallback,
});
