/**
 * Registry entry of the `dpo-loss` widget (COURSE.md §5.3).
 *
 * @example
 * dpoLossWidget.fallback(dpoLossWidget.defaults).summary; // 'β = 0.1, sigmoid (DPO) loss: mean 0.6509, …'
 */
import { defineWidget } from '../shared/widget-definition.ts';
import { dpoLossFallback } from './model.ts';
import { dpoLossDefaults, dpoLossSchema } from './state.ts';

/** The `dpo-loss` widget: policy log-ratios → DPO advantages, losses and gradient weights. */
export const dpoLossWidget = defineWidget({
  id: 'dpo-loss',
  tag: 'po-dpo-loss',
  title: 'The DPO loss and its variants',
  section: '5.3',
  description:
    'Edit the log-ratios log π_θ/π_ref of chosen and rejected answers and β: see each pair’s advantage βΔ, its ' +
    'loss and its gradient weight σ(−βΔ), and compare the sigmoid, hinge, IPO, cDPO and robust losses.',
  blockSize: 812,
  blockSizeNarrow: 1080,
  schema: dpoLossSchema,
  defaults: dpoLossDefaults,
  fallback: dpoLossFallback,
});
