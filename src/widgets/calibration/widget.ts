/**
 * Registry entry of the `calibration` widget (content/chapter-3/calibration.mdx).
 *
 * @example
 * calibrationWidget.fallback(calibrationWidget.defaults).summary; // 'T = 1, held-out noise τ = 2: … accuracy 0.655 …'
 */
import { defineWidget } from '../shared/widget-definition.ts';
import { calibrationEquations } from './equations.ts';
import { calibrationFallback } from './model.ts';
import { calibrationDefaults, calibrationSchema } from './state.ts';

/** The `calibration` widget: reliability diagram, ECE and MCE of a toy reward model, and temperature scaling. */
export const calibrationWidget = defineWidget({
  id: 'calibration',
  tag: 'po-calibration',
  title: 'Reward calibration and temperature scaling',
  section: '3.4',
  description:
    'A linear reward model trained on toy-world comparisons predicts σ(Δ/T) on 1000 held-out pairs labelled by a ' +
    'noisier annotator: see the reliability diagram, ECE and MCE, move the temperature T on a log slider or fit it by ' +
    'minimizing the held-out NLL, and watch the accuracy stay where it is.',
  // Verified by tests/e2e/widget-reservation.test.ts.
  blockSize: 1300,
  blockSizeNarrow: 1900,
  schema: calibrationSchema,
  defaults: calibrationDefaults,
  equations: calibrationEquations,
  fallback: calibrationFallback,
});
