import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calibrationBinIndex, expectedCalibrationError } from '../../src/math/calibration.ts';

const CONF = [0.95, 0.85, 0.75, 0.65, 0.55, 0.92, 0.81, 0.58]; // worked case; ECE and MCE recomputed with numpy
const CORRECT = [1, 0, 1, 1, 0, 1, 1, 1];

describe('calibrationBinIndex(c, bins)', () => {
  it('puts every edge m/M in the bin it closes, for M ≤ 50 (a naive ceil(c·M) misplaces 22 of them)', () => {
    for (let M = 1; M <= 50; M++) for (let m = 1; m <= M; m++) expect(calibrationBinIndex(m / M, M), `${String(m)}/${String(M)}`).toBe(m - 1);
  });
  it('places values just above an edge in the next bin and 0 in the first', () => {
    expect(calibrationBinIndex(0.1 * 7, 10)).toBe(7); // 0.7000000000000001 > 0.7
    expect(calibrationBinIndex(0.7, 10)).toBe(6);
    expect(calibrationBinIndex(0, 10)).toBe(0);
    expect(calibrationBinIndex(1, 10)).toBe(9);
  });
  it('returns the bin whose interval contains c', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: 0, max: 1 }), fc.integer({ min: 1, max: 40 }), (c, M) => {
        const i = calibrationBinIndex(c, M);
        return i >= 0 && i < M && c <= (i + 1) / M && (i === 0 || c > i / M);
      }),
    );
  });
});

describe('expectedCalibrationError(confidences, correct, bins)', () => {
  it('reproduces the worked case with M = 10 (numpy: ECE 0.19, MCE 0.35)', () => {
    const r = expectedCalibrationError(CONF, CORRECT);
    expect(r.ece).toBeCloseTo(0.19, 12);
    expect(r.mce).toBeCloseTo(0.35, 12);
    expect(r.bins).toHaveLength(10);
    const b = r.bins[8];
    expect(b).toMatchObject({ count: 2, accuracy: 0.5 });
    expect(b?.confidence).toBeCloseTo(0.83, 12);
    expect(b?.lower).toBeCloseTo(0.8, 15);
    expect(b?.upper).toBeCloseTo(0.9, 15);
    expect(r.bins[0]).toEqual({ lower: 0, upper: 0.1, count: 0, accuracy: 0, confidence: 0, gap: 0 });
  });
  it('reproduces the worked case with M = 5 (numpy: ECE 0.1575)', () => {
    expect(expectedCalibrationError(CONF, CORRECT, 5).ece).toBeCloseTo(0.1575, 12);
  });
  it('accepts booleans and is 0 for a perfectly calibrated bin', () => {
    expect(expectedCalibrationError([0.5, 0.5], [true, false]).ece).toBe(0);
  });
  it('bin counts add up and ECE ≤ MCE', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ noNaN: true, min: 0, max: 1 }), fc.boolean()), { minLength: 1, maxLength: 50 }),
        fc.integer({ min: 1, max: 20 }),
        (rows, M) => {
          const r = expectedCalibrationError(rows.map((x) => x[0]), rows.map((x) => x[1]), M);
          return r.bins.reduce((s, b) => s + b.count, 0) === rows.length && r.ece <= r.mce + 1e-12 && r.ece >= 0;
        },
      ),
    );
  });
  it('rejects bad input', () => {
    expect(() => expectedCalibrationError([1.2], [1])).toThrow(/confidences\[0\] must be a probability in \[0, 1\]/);
    expect(() => expectedCalibrationError([0.5], [2])).toThrow(/correct\[0\] must be 0, 1, true or false/);
    expect(() => expectedCalibrationError([0.5], [1], 0)).toThrow(/bins must be an integer >= 1/);
    expect(() => expectedCalibrationError([0.5, 0.6], [1])).toThrow(/confidences and correct must have the same length/);
    expect(() => expectedCalibrationError([], [])).toThrow(/confidences must be a non-empty array/);
  });
});
