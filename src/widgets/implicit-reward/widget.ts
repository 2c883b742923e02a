/**
 * Registry entry of the `implicit-reward` widget (content/chapter-5/implicit-reward.mdx).
 *
 * @example
 * implicitRewardWidget.fallback(implicitRewardWidget.defaults).summary; // 'Prompt 1, β = 1, T = 1, c = 0: π_θ = π*, …'
 */
import { defineWidget } from '../shared/widget-definition.ts';
import { implicitRewardEquations } from './equations.ts';
import { implicitRewardFallback } from './model.ts';
import { implicitRewardDefaults, implicitRewardSchema } from './state.ts';

/** The `implicit-reward` widget: β·log(π_θ/π_ref) against the reward, a constant added to r, Kendall τ. */
export const implicitRewardWidget = defineWidget({
  id: 'implicit-reward',
  tag: 'po-implicit-reward',
  title: 'Implicit reward r̂_θ = β·log(π_θ/π_ref)',
  section: '5.2',
  description:
    'The implicit reward of a policy π_θ (the optimal policy π* of one toy-world prompt at a temperature T) ' +
    'against the true reward: it equals r − β log Z(x) at π_θ = π*, a constant added to the reward leaves π* ' +
    'unchanged, and Kendall τ shows whether r̂_θ ranks the responses like r.',
  blockSize: 880,
  blockSizeNarrow: 1210,
  schema: implicitRewardSchema,
  defaults: implicitRewardDefaults,
  equations: implicitRewardEquations,
  fallback: implicitRewardFallback,
});
