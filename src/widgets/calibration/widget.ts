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
  // Verified by tests/e2e/widget-reservation.test.ts. Measured in Chromium: the live widget at most 1026 px in the
  // course column and 1444 px at 320 px wide (20 bins: the table scrolls past 24rem); the no-JS fallback 846 px and
  // 1528 px (embed page at 320 px).
  blockSize: 1080,
  blockSizeNarrow: 1560,
  schema: calibrationSchema,
  defaults: calibrationDefaults,
  equations: calibrationEquations,
  fallback: calibrationFallback,
});
