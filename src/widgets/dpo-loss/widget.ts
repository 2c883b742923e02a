/**
 * Registry entry of the `dpo-loss` widget (content/chapter-5/dpo-loss.mdx).
 *
 * @example
 * dpoLossWidget.fallback(dpoLossWidget.defaults).summary; // 'β = 0.1, sigmoid (DPO) loss: mean 0.6509, …'
 */
import { dpoLossEquations } from './equations.ts';
import { defineWidget } from '../shared/widget-definition.ts';
import { dpoLossFallback } from './model.ts';
import { dpoLossDefaults, dpoLossSchema } from './state.ts';

/** The `dpo-loss` widget: policy log-ratios → implicit reward margins, losses and gradient weights per variant. */
export const dpoLossWidget = defineWidget({
  id: 'dpo-loss',
  tag: 'po-dpo-loss',
  title: 'The DPO loss and its variants',
  section: '5.3',
  description:
    'Edit the log-ratios log π_θ/π_ref of chosen and rejected answers and β: see each pair’s implicit reward ' +
    'margin u = βΔ, its loss and its gradient weight −∂ℓ/∂u, and compare the sigmoid, hinge, IPO, cDPO and robust ' +
    'losses.',
  blockSize: 890,
  blockSizeNarrow: 1160,
  schema: dpoLossSchema,
  defaults: dpoLossDefaults,
  equations: dpoLossEquations,
  fallback: dpoLossFallback,
});
