/**
 * The equations of content/chapter-3/calibration.mdx wired to the `calibration` widget: the symbols its math
 * marks with `\sym` and the live numbers its `\val` marks take (src/widgets/shared/widget-equations.ts), formatted
 * as the widget's summary and table format them. `margin` and `probability` are the first held-out pair's.
 *
 * @example
 * calibrationEquations.values(calibrationDefaults).temperature; // → '1'
 */
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import type { WidgetEquations } from '../shared/widget-equations.ts';
import { deriveCalibration } from './model.ts';
import type { calibrationSchema, CalibrationState } from './state.ts';

const dataKeys = ['heldOutNoise', 'comparisons', 'seed'] as const;

/** The symbols and live values of the calibration section. */
export const calibrationEquations: WidgetEquations<typeof calibrationSchema> = {
  symbols: {
    temperature: { symbol: 'T', meaning: 'temperature', keys: ['temperature'], color: 1 },
    margin: { symbol: 'Δ', meaning: 'reward margin', keys: dataKeys, color: 3 },
    noise: { symbol: 'τ', meaning: 'held-out annotator noise', keys: ['heldOutNoise'], color: 4 },
    bins: { symbol: 'M', meaning: 'number of bins', keys: ['bins'], color: 5 },
    ece: { symbol: 'ECE', meaning: 'expected calibration error', keys: ['temperature', 'bins', ...dataKeys], color: 2 },
    'fitted-t': { symbol: 'T̂', meaning: 'fitted temperature', keys: dataKeys, color: 6 },
  },
  values(state: CalibrationState): Record<string, string> {
    const d = deriveCalibration(state);
    return {
      temperature: formatParameter(state.temperature),
      noise: formatParameter(state.heldOutNoise),
      bins: String(state.bins),
      margin: formatFixed(d.margins[0]!, 3),
      probability: formatFixed(d.probabilities[0]!, 3),
      ece: formatFixed(d.calibration.ece, 3),
      mce: formatFixed(d.calibration.mce, 3),
      accuracy: formatFixed(d.accuracy, 3),
      nll: formatFixed(d.nll, 3),
      'fitted-t': formatFixed(d.fittedTemperature, 2),
    };
  },
};
