/**
 * The live values of section 3.4's equations (content/chapter-3/calibration.mdx) are the widget's own numbers.
 * Expected values at the default state: the numpy/scipy recomputation quoted in tests/widgets/calibration/model.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calibrationEquations } from '../../../src/widgets/calibration/equations.ts';
import { calibrationTable, deriveCalibration, summarizeCalibration } from '../../../src/widgets/calibration/model.ts';
import { calibrationDefaults, calibrationSchema } from '../../../src/widgets/calibration/state.ts';
import { validState } from '../shared/schema-arbitraries.ts';

describe('calibrationEquations.values(state)', () => {
  it('gives the default state’s numbers', () => {
    expect(calibrationEquations.values(calibrationDefaults)).toEqual({
      temperature: '1',
      noise: '2',
      bins: '10',
      margin: '−0.136',
      probability: '0.466',
      ece: '0.065',
      mce: '0.166',
      accuracy: '0.655',
      nll: '0.645',
      'fitted-t': '1.66',
    });
  });
  it('equals the widget’s summary and table for any valid state', () => {
    fc.assert(
      fc.property(validState(calibrationSchema), (state) => {
        const values = calibrationEquations.values(state);
        const derived = deriveCalibration(state);
        const summary = summarizeCalibration(state, derived);
        expect(summary).toContain(`T = ${values['temperature']!}, held-out noise τ = ${values['noise']!}:`);
        expect(summary).toContain(`accuracy ${values['accuracy']!} (the same at every T), ECE ${values['ece']!}, MCE ${values['mce']!}, NLL ${values['nll']!};`);
        expect(summary).toContain(`T̂ = ${values['fitted-t']!} `);
        const caption = calibrationTable(derived).caption;
        expect(caption).toContain(`of ${values['bins']!} equal-width bins`);
        expect(caption).toContain(`margin Δ₁ = ${values['margin']!} and σ(Δ₁/T) = ${values['probability']!}.`);
      }),
      { numRuns: 25 },
    );
  });
  it('names only state keys in its symbols', () => {
    const keys = Object.keys(calibrationSchema);
    for (const symbol of Object.values(calibrationEquations.symbols)) for (const key of symbol.keys) expect(keys).toContain(key);
  });
});
