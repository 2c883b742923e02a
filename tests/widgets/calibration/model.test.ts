import { describe, expect, it } from 'vitest';
import { expectedCalibrationError, fitTemperature, sigmoid } from '../../../src/math/index.ts';
import { calibrationChartConfig, calibrationChartDescription } from '../../../src/widgets/calibration/chart.ts';
import {
  accuracyOf,
  calibrationFallback,
  calibrationTable,
  deriveCalibration,
  fittedTemperatureSetting,
  summarizeCalibration,
} from '../../../src/widgets/calibration/model.ts';
import { calibrationDefaults, type CalibrationState } from '../../../src/widgets/calibration/state.ts';
import { paletteChartColors } from '../../../src/widgets/shared/chart-colors.ts';
import { legendEntries } from '../../../src/widgets/shared/chart-legend.ts';
import type { LineDataset } from '../../../src/widgets/shared/chart-datasets.ts';
import { documentedResult } from '../tsdoc-example.ts';

// Independent values (python3 + numpy + scipy): the world's features from np.random.RandomState(seed).randn(100·8·3)
// (φ = (h, s, 0.5h + √0.75 z), r* = h + 0.5 s); N training pairs from RandomState([seed, 1]) on prompts 0–49
// (randint prompt, randint a, randint b, b += b ≥ a, then u, v; a chosen iff u < σ(r*_a − r*_b)); the MAP weights by
// scipy BFGS on Σ log σ(w·d) − 0.05‖w‖²; 1000 held-out pairs from a fresh RandomState([seed, 1]) on prompts 50–99,
// four uniforms per pair, the second annotator's u deciding with σ(Δr*/τ); margins w·(φ_lo − φ_hi) with lo the lower
// index; T̂ by scipy minimize_scalar (bounded, log T in [log 0.01, log 100]); ECE/MCE with bins ⌈pM⌉.
const withState = (changes: Partial<CalibrationState>): CalibrationState => ({ ...calibrationDefaults, ...changes });

describe('deriveCalibration(state)', () => {
  it('reproduces the numpy/scipy recomputation at the defaults', () => {
    const d = deriveCalibration(calibrationDefaults);
    expect(d.weights[0]).toBeCloseTo(0.92024654, 6);
    expect(d.weights[1]).toBeCloseTo(0.53413769, 6);
    expect(d.weights[2]).toBeCloseTo(-0.03354073, 6);
    expect(d.margins).toHaveLength(1000);
    expect(d.margins[0]).toBeCloseTo(-0.13601757441409218, 6);
    expect(d.accuracy).toBe(0.655);
    expect(d.calibration.ece).toBeCloseTo(0.06527319134662084, 7);
    expect(d.calibration.mce).toBeCloseTo(0.16611751254525314, 7);
    expect(d.nll).toBeCloseTo(0.6453924334998864, 8);
    expect(d.fittedTemperature).toBeCloseTo(1.6568201196247634, 5);
    expect(d.fitted.ece).toBeCloseTo(0.028314623563240684, 7);
    expect(d.fittedNll).toBeCloseTo(0.6242657376274597, 8);
    expect(d.idealTemperature).toBe(2);
  });
  it('reproduces numpy/scipy at other temperatures, noises, bins and sizes', () => {
    const same = deriveCalibration(withState({ heldOutNoise: 1 }));
    expect(same.accuracy).toBe(0.737);
    expect(same.calibration.ece).toBeCloseTo(0.02345344433401095, 7);
    expect(same.fittedTemperature).toBeCloseTo(0.9390908452502729, 5);
    const clean = deriveCalibration(withState({ heldOutNoise: 0.5 }));
    expect(clean.accuracy).toBe(0.848);
    expect(clean.fittedTemperature).toBeCloseTo(0.42313859182761804, 5);
    const two = deriveCalibration(withState({ temperature: 2 }));
    expect(two.calibration.ece).toBeCloseTo(0.027663482080766216, 7);
    expect(two.nll).toBeCloseTo(0.6259975124922575, 8);
    const sharp = deriveCalibration(withState({ temperature: 0.5 }));
    expect(sharp.calibration.ece).toBeCloseTo(0.16957953361182232, 7);
    expect(sharp.nll).toBeCloseTo(0.8129555188567458, 8);
    const fine = deriveCalibration(withState({ bins: 20 }));
    expect(fine.calibration.ece).toBeCloseTo(0.06894158256106377, 7);
    expect(fine.calibration.mce).toBeCloseTo(0.20974343634651182, 7);
    const few = deriveCalibration(withState({ comparisons: 20, heldOutNoise: 1 }));
    expect(few.accuracy).toBe(0.708);
    expect(few.fittedTemperature).toBeCloseTo(1.0502488507548216, 5);
    const seven = deriveCalibration(withState({ seed: 7 }));
    expect(seven.accuracy).toBe(0.643);
    expect(seven.fittedTemperature).toBeCloseTo(2.0428975901606035, 5);
  });
  it('keeps the accuracy at every temperature (the sign of Δ/T is the sign of Δ)', () => {
    const d = deriveCalibration(calibrationDefaults);
    const bySign = d.margins.reduce((s, m, i) => s + ((m > 0) === (d.outcomes[i] === 1) ? 1 : 0), 0) / d.margins.length;
    for (const temperature of [0.1, 0.5, 1, 1.66, 3, 10]) expect(deriveCalibration(withState({ temperature })).accuracy).toBe(bySign);
  });
  it('takes its numbers from src/math on its own margins', () => {
    const d = deriveCalibration(withState({ temperature: 1.3, bins: 7 }));
    expect(d.fittedTemperature).toBe(fitTemperature(d.margins, d.outcomes));
    expect(d.calibration.ece).toBe(expectedCalibrationError(Array.from(d.margins, (m) => sigmoid(m / 1.3)), d.outcomes, 7).ece);
    expect(d.calibration.bins).toHaveLength(7);
  });
});

describe('accuracyOf(probabilities, outcomes)', () => {
  it('counts a probability of exactly ½ as wrong', () => {
    expect(accuracyOf([0.9, 0.2, 0.5], [1, 1, 0])).toBeCloseTo(1 / 3, 15);
    expect(accuracyOf([0.9, 0.2, 0.5], [1, 1, 0])).toBe(documentedResult(new URL('../../../src/widgets/calibration/model.ts', import.meta.url), 'accuracyOf([0.9, 0.2, 0.5], [1, 1, 0]);'));
    expect(accuracyOf([0.5, 0.5], [1, 0])).toBe(0);
  });
});

describe('fittedTemperatureSetting(derived)', () => {
  it('rounds T̂ to the slider’s 0.01', () => {
    expect(fittedTemperatureSetting(deriveCalibration(calibrationDefaults))).toBe(1.66);
    expect(fittedTemperatureSetting(deriveCalibration(withState({ heldOutNoise: 0.5 })))).toBe(0.42);
  });
});

describe('summarizeCalibration(state, derived)', () => {
  it('states the accuracy, ECE, MCE, NLL and the fitted temperature', () => {
    const s = summarizeCalibration(calibrationDefaults);
    expect(s).toBe(
      'T = 1, held-out noise τ = 2: on 1000 held-out pairs, accuracy 0.655 (the same at every T), ECE 0.065, MCE 0.166, NLL 0.645; ' +
        'the model is over-confident (the NLL wants a higher T). The held-out NLL is lowest at T̂ = 1.66 (NLL 0.624, ECE 0.028).',
    );
    const documented = String(documentedResult(new URL('../../../src/widgets/calibration/model.ts', import.meta.url), 'summarizeCalibration(calibrationDefaults);'));
    expect(s.startsWith(documented.replace(' …', ''))).toBe(true);
  });
  it('calls an under-confident model under-confident and a fitted one close to calibrated', () => {
    expect(summarizeCalibration(withState({ heldOutNoise: 0.5 }))).toContain('under-confident');
    expect(summarizeCalibration(withState({ temperature: 1.66 }))).toContain('close to calibrated');
  });
});

describe('calibrationTable(derived)', () => {
  it('lists the non-empty bins with their counts, mean prediction, frequency and gap (numpy counts)', () => {
    const t = calibrationTable(deriveCalibration(calibrationDefaults));
    expect(t.rows.map((row) => Number(row[1]))).toEqual([58, 91, 135, 103, 103, 142, 109, 110, 102, 47]);
    expect(t.rows[9]).toEqual(['0.90–1.00', '47', '0.938', '0.830', '0.108']);
    expect(t.caption).toContain('ECE 0.065, MCE 0.166');
    const two = calibrationTable(deriveCalibration(withState({ temperature: 2 })));
    expect(two.rows.length).toBe(8); // the tempered probabilities leave the outer bins empty
  });
});

describe('calibrationFallback(state)', () => {
  it('has the summary and the table', () => {
    const f = calibrationFallback(calibrationDefaults);
    expect(f.summary).toContain('ECE 0.065');
    expect(f.table.columns).toHaveLength(5);
  });
});

describe('calibrationChartConfig(derived, colors)', () => {
  it('draws the diagonal and the reliability curves at T and at T = 1', () => {
    const d = deriveCalibration(withState({ temperature: 2 }));
    const datasets = calibrationChartConfig(d, paletteChartColors('light')).data.datasets as LineDataset[];
    expect(datasets).toHaveLength(3);
    expect(datasets[0]!.data).toEqual([{ x: 0, y: 0 }, { x: 1, y: 1 }]);
    expect(datasets[1]!.data).toHaveLength(10);
    expect(datasets[2]!.data).toHaveLength(8);
    expect(datasets[2]!.label).toBe('At T = 2: ECE 0.028');
    // The legend tells the curves apart by dash, not by colour alone: T = 1 dashed, the state's T solid.
    const entries = legendEntries(datasets);
    expect(entries.map((entry) => entry.dash.length > 0)).toEqual([true, true, false]);
  });
  it('describes the chart with the state’s numbers', () => {
    expect(calibrationChartDescription(deriveCalibration(calibrationDefaults))).toContain('at T = 1 (ECE 0.065)');
  });
});
