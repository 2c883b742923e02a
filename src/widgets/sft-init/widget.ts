/**
 * Registry entry of the `sft-init` widget (content/chapter-4/sft-init.mdx).
 *
 * @example
 * sftInitWidget.fallback(sftInitWidget.defaults).summary; // 'π_SFT from 10 demonstrations (α = 0) is 0 on …'
 */
import { defineWidget } from '../shared/widget-definition.ts';
import { sftInitEquations } from './equations.ts';
import { sftInitFallback } from './model.ts';
import { sftInitDefaults, sftInitSchema } from './state.ts';

/** The `sft-init` widget: π_SFT by maximum likelihood on demonstrations, and the KL-regularized optimum it bounds. */
export const sftInitWidget = defineWidget({
  id: 'sft-init',
  tag: 'po-sft-init',
  title: 'SFT initialization: π_SFT and the optimum it bounds',
  section: '4.1',
  description:
    'Supervised fine-tuning fits π_SFT to n demonstrations of one toy-world prompt by maximum likelihood, with ' +
    'optional add-α smoothing. With π_SFT as the reference, the KL-regularized optimum π* ∝ π_SFT·e^{r*/β} never ' +
    'puts mass on a response that was never demonstrated, however high its gold reward.',
  blockSize: 960,
  blockSizeNarrow: 1580,
  schema: sftInitSchema,
  defaults: sftInitDefaults,
  equations: sftInitEquations,
  fallback: sftInitFallback,
});
