/**
 * Registry entry of the `beta-temperature` widget (content/chapter-2/beta-temperature.mdx).
 *
 * @example
 * betaTemperatureWidget.fallback(betaTemperatureWidget.defaults).summary; // 'Prompt 1, β = 1: E[r] = 1.6142, …'
 */
import { defineWidget } from '../shared/widget-definition.ts';
import { betaTemperatureEquations } from './equations.ts';
import { betaTemperatureFallback } from './model.ts';
import { betaTemperatureDefaults, betaTemperatureSchema } from './state.ts';

/** The `beta-temperature` widget: π_β ∝ π_ref·e^{r/β} from the best response (β → 0) to π_ref (β → ∞). */
export const betaTemperatureWidget = defineWidget({
  id: 'beta-temperature',
  tag: 'po-beta-temperature',
  title: 'β as a temperature: from the best response to π_ref',
  section: '2.5',
  description:
    'Slide the KL coefficient β over four decades and watch the optimal policy π_β ∝ π_ref·e^{r/β} of one ' +
    'toy-world prompt move from the best response (β → 0) to the reference policy (β → ∞), with its expected ' +
    'reward, KL from π_ref and entropy; a tie at the top shows how the limit β → 0 splits the mass.',
  blockSize: 960,
  blockSizeNarrow: 1290,
  schema: betaTemperatureSchema,
  defaults: betaTemperatureDefaults,
  equations: betaTemperatureEquations,
  fallback: betaTemperatureFallback,
});
