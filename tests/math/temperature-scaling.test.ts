import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numpyRandom } from '../../src/math/random.ts';
import { sigmoid } from '../../src/math/stable.ts';
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
  it('recovers a known temperature on synthetic data (scipy: 2.6187042135143437 for true T = 2.5)', () => {
    // python3: rs = np.random.RandomState(7); d = 3 * [rs.standard_normal() for 5000]; u = [rs.random_sample() for 5000];
    // y = u < 1/(1 + exp(−d/2.5)); scipy.optimize.minimize_scalar of the mean NLL over log T on [log 0.01, log 100]
    // (method='bounded', xatol=1e-12) → T̂ = 2.6187042135143437, NLL 0.5797139067891165; y has 2493 ones.
    const rng = numpyRandom(7);
    const n = 5000;
    const margins = Array.from({ length: n }, () => 3 * rng.standardNormal());
    const outcomes = margins.map((d): number => (rng.random() < sigmoid(d / 2.5) ? 1 : 0));
    expect(outcomes.reduce((s, y) => s + y, 0)).toBe(2493);
    const t = fitTemperature(margins, outcomes);
    expect(t).toBeCloseTo(2.6187042135143437, 6);
    expect(temperatureNll(margins, outcomes, t)).toBeCloseTo(0.5797139067891165, 12);
    expect(Math.abs(t / 2.5 - 1)).toBeLessThan(0.1); // within sampling error of the true temperature
  });
  it('returns the minimizer of the NLL whenever some pair is misordered (the NLL is convex in 1/T)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }).map((v) => v / 10), fc.boolean()), { minLength: 4, maxLength: 40 }),
        (rows) => {
          const d = rows.map((r) => r[0]);
          const y = rows.map((r) => (r[1] ? 1 : 0));
          const misordered = rows.some(([m, up]) => (up ? m < -0.05 : m > 0.05));
          const ordered = rows.some(([m, up]) => (up ? m > 0.05 : m < -0.05));
          fc.pre(misordered && ordered);
          const t = fitTemperature(d, y, { min: 0.05, max: 20 });
          const f = temperatureNll(d, y, t);
          // Every other temperature inside the bounds (the minimizer may sit on a bound, where T̂ · 1.05 leaves them).
          for (const other of [0.05, 0.5, 1, 2, 20, Math.min(20, t * 1.05), Math.max(0.05, t / 1.05)]) expect(f).toBeLessThanOrEqual(temperatureNll(d, y, other) + 1e-9); // near-flat NLLs tie to ~1e-10
        },
      ),
      { numRuns: 200 },
    );
  });
  it('rejects inverted bounds', () => expect(() => fitTemperature([1], [1], { min: 2, max: 1 })).toThrow(/max must be a finite number > min/));
});
