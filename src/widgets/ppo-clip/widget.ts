/**
 * Registry entry of the `ppo-clip` widget (content/chapter-4/ppo-clip.mdx).
 *
 * @example
 * ppoClipWidget.fallback(ppoClipWidget.defaults).summary; // 'A = +1, ε = 0.2: at ρ = 1.3 the sample is clipped: …'
 */
import { defineWidget } from '../shared/widget-definition.ts';
import { ppoClipEquations } from './equations.ts';
import { ppoClipFallback } from './model.ts';
import { ppoClipDefaults, ppoClipSchema } from './state.ts';

/** The `ppo-clip` widget: PPO's clipped surrogate against the ratio, and a response's per-token shaped rewards. */
export const ppoClipWidget = defineWidget({
  id: 'ppo-clip',
  tag: 'po-ppo-clip',
  title: 'The PPO objective: clipping and shaped rewards',
  section: '4.3',
  description:
    'PPO’s clipped surrogate L^CLIP against the probability ratio ρ for a positive or negative advantage, with the ' +
    'clip range ε and the flat, zero-gradient region hatched; and a second view with one short response’s ' +
    'per-token shaped rewards: a KL penalty −β·log ratio on every token and the reward-model score on the last.',
  blockSize: 1100,
  blockSizeNarrow: 1700,
  schema: ppoClipSchema,
  defaults: ppoClipDefaults,
  equations: ppoClipEquations,
  fallback: ppoClipFallback,
});
