/**
 * Registry entry of the `proxy-reward` widget (content/chapter-1/proxy-reward.mdx).
 *
 * @example
 * proxyRewardWidget.fallback(proxyRewardWidget.defaults).summary; // 'N = 200, τ = 1, λ = 0.5: Kendall τ_b = 0.725 …'
 */
import { defineWidget } from '../shared/widget-definition.ts';
import { proxyRewardEquations } from './equations.ts';
import { proxyRewardFallback } from './model.ts';
import { proxyRewardDefaults, proxyRewardSchema } from './state.ts';

/** The `proxy-reward` widget: a reward model fitted on noisy, length-biased comparisons against the gold reward. */
export const proxyRewardWidget = defineWidget({
  id: 'proxy-reward',
  tag: 'po-proxy-reward',
  title: 'A reward model is a proxy: learned against gold reward',
  section: '1.2',
  description:
    'An annotator with noise τ and a bias λ toward longer answers labels N comparisons; a linear reward model is ' +
    'fitted to them. Each held-out answer is a point at (gold reward, proxy reward): Kendall τ_b measures how well ' +
    'the proxy ranks them, and the top-10 cutoffs show where it is wrong — in the tail, and for long answers.',
  // Measured in Chromium over every slider position (tests/e2e/widget-reservation.test.ts): at most 1108 px at
  // desktop widths and 1605 px at 320 px; the rest leaves a line for a longer summary or caption.
  blockSize: 1150,
  blockSizeNarrow: 1650,
  schema: proxyRewardSchema,
  defaults: proxyRewardDefaults,
  equations: proxyRewardEquations,
  fallback: proxyRewardFallback,
});
