import { describe, expect, it } from 'vitest';
import { fitTemperature, temperatureNll, temperatureScaledProbabilities } from '../../src/math/temperature-scaling.ts';
import { expectAllClose } from './expect-close.ts';

describe('temperatureScaledProbabilities(margins, temperature)', () => {
  it('reproduces the seed margins at T = 2 (numpy: 1/(1+np.exp(-m/2)))', () => {
    expectAllClose(temperatureScaledProbabilities([1.8, 0.3, 0.6, -0.3], 2), [0.71095, 0.53743, 0.574443, 0.46257]);
  });
  it('never changes which answer is preferred', () => {
    for (const t of [0.1, 1, 10]) {
      const p = temperatureScaledProbabilities([1.8, 0.3, -0.6], t);
      expect(Array.from(p, (x) => x > 0.5)).toEqual([true, true, false]);
    }
  });
  it('rejects a non-positive temperature', () => {
    expect(() => temperatureScaledProbabilities([1], 0)).toThrow(/temperature must be a finite number > 0/);
  });
});

describe('temperatureNll(margins, outcomes, temperature)', () => {
  it('is the mean Bernoulli NLL of σ(Δ/T)', () => {
    expect(temperatureNll([0], [1], 1)).toBeCloseTo(Math.LN2, 15);
    expect(temperatureNll([2, -2], [1, 1], 2)).toBeCloseTo((-Math.log(1 / (1 + Math.exp(-1))) - Math.log(1 / (1 + Math.exp(1)))) / 2, 14);
    expect(temperatureNll([2], [0], 1)).toBeCloseTo(-Math.log(1 / (1 + Math.exp(2))), 14);
  });
  it('rejects non-binary outcomes', () => expect(() => temperatureNll([1], [0.5], 1)).toThrow(/outcomes\[0\] must be 0, 1, true or false/));
});

describe('fitTemperature(margins, outcomes, bounds)', () => {
  it('finds the NLL minimizer (checked against neighbours)', () => {
    const d = [2, 2, 2, 2];
    const y = [1, 1, 1, 0];
    const t = fitTemperature(d, y);
    expect(t).toBeGreaterThan(1);
    const f = temperatureNll(d, y, t);
    expect(f).toBeLessThanOrEqual(temperatureNll(d, y, t * 1.01));
    expect(f).toBeLessThanOrEqual(temperatureNll(d, y, t / 1.01));
    // Closed form: 3 of 4 outcomes agree with the margin's sign, so the optimum has σ(2/T) = 3/4, i.e. T = 2/log 3.
    expect(t).toBeCloseTo(2 / Math.log(3), 6);
  });
  it('hits the lower bound when every pair is ordered correctly', () => {
    expect(fitTemperature([1, 2], [1, 1], { min: 0.05, max: 10 })).toBeCloseTo(0.05, 6);
  });
  it('rejects inverted bounds', () => expect(() => fitTemperature([1], [1], { min: 2, max: 1 })).toThrow(/max must be a finite number > min/));
});
