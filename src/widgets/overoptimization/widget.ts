/**
 * Registry entry of the `overoptimization` widget (content/chapter-4/overoptimization.mdx).
 *
 * @example
 * overoptimizationWidget.fallback(overoptimizationWidget.defaults).summary; // 'Prompt 2, one reward model: …'
 */
import { defineWidget } from '../shared/widget-definition.ts';
import { overoptimizationEquations } from './equations.ts';
import { overoptimizationFallback } from './model.ts';
import { overoptimizationDefaults, overoptimizationSchema } from './state.ts';

/** The `overoptimization` widget: proxy against gold reward along the β path and best-of-n, with controls. */
export const overoptimizationWidget = defineWidget({
  id: 'overoptimization',
  tag: 'po-overoptimization',
  title: 'Overoptimization: proxy against gold reward as the KL grows',
  section: '4.5',
  description:
    'Optimize a learned reward model that likes length on one prompt of the toy world, along the β path ' +
    'π ∝ π_ref e^{r/β} and with best-of-n: the proxy gain keeps rising while the gold gain can peak and fall. ' +
    'Controls: the KL coefficient, an early stop at a KL budget, a mean or min ensemble of five reward models, and ' +
    'a length penalty; Gao et al.’s two forms are fitted to the gold curves.',
  // Measured by tests/e2e/widget-reservation.test.ts over every slider position and option: at most 933.6 px at
  // 1440 and 1000 px wide, 1451.5 px at 412 px and 1604.9 px at 320 px; each leaves about a line for wider numbers.
  blockSize: 960,
  blockSizeNarrow: 1630,
  schema: overoptimizationSchema,
  defaults: overoptimizationDefaults,
  equations: overoptimizationEquations,
  fallback: overoptimizationFallback,
});
