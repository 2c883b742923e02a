import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohenKappa, fleissKappaFromLabels, rawAgreement } from '../../src/math/agreement.ts';
import { chanceAgreement, flipModelAgreement, simulateAnnotators } from '../../src/math/annotator-simulation.ts';
import { numpyRandom } from '../../src/math/random.ts';
import { seedAgreementDemo } from '../../src/math/seed-demos.ts';

const DEFAULTS = { n: 300, baseRate: 0.3, flipRate: 0.12 };

describe('simulateAnnotators(rng, options)', () => {
  it('draws the seed notebook’s labels for two annotators (expected-output.txt: agreement=0.840, Cohen kappa=0.633)', () => {
    const [a, b] = simulateAnnotators(numpyRandom(42), { ...DEFAULTS, annotators: 2 });
    const demo = seedAgreementDemo(numpyRandom(42));
    expect(Array.from(a!)).toEqual(Array.from(demo.labelsA));
    expect(Array.from(b!)).toEqual(Array.from(demo.labelsB));
    expect(rawAgreement(a!, b!)).toBe(0.84);
    // numpy: np.random.seed(42); a = choice([0,1], 300, p=[.7,.3]); b = where(rand(300) < .12, 1 − a, a)
    expect(cohenKappa(a!, b!)).toBeCloseTo(0.6328216635218521, 14);
    expect(a!.reduce((s, x) => s + x, 0)).toBe(91);
    expect(b!.reduce((s, x) => s + x, 0)).toBe(101);
  });
  it('draws each further annotator from the next rand(n) (numpy: yes-counts 91, 101, 108, 112; 48, 35, 35 flips)', () => {
    const labels = simulateAnnotators(numpyRandom(42), { ...DEFAULTS, annotators: 4 });
    expect(labels.map((row) => row.reduce((s, x) => s + x, 0))).toEqual([91, 101, 108, 112]);
    expect(labels.slice(1).map((row) => row.filter((x, i) => x !== labels[0]![i]).length)).toEqual([48, 35, 35]);
    // numpy Fleiss' κ over the 4 annotators (count table → P̄, P̄_e)
    expect(fleissKappaFromLabels(labels)).toBeCloseTo(0.5934158001084224, 14);
  });
  it('follows the seed and the options (numpy, seed 7, n 50, b 0.5, f 0.3, 3 annotators)', () => {
    const labels = simulateAnnotators(numpyRandom(7), { n: 50, baseRate: 0.5, flipRate: 0.3, annotators: 3 });
    expect(rawAgreement(labels[0]!, labels[1]!)).toBeCloseTo(0.8, 14);
    expect(cohenKappa(labels[0]!, labels[1]!)).toBeCloseTo(0.5948136142625609, 14);
    expect(fleissKappaFromLabels(labels)).toBeCloseTo(0.279487635652019, 14);
  });
  it('keeps the sample’s flips when only the base rate moves (the same uniforms decide them)', () => {
    for (const baseRate of [0.02, 0.1, 0.5, 0.9]) {
      const [a, b] = simulateAnnotators(numpyRandom(42), { ...DEFAULTS, baseRate, annotators: 2 });
      expect(rawAgreement(a!, b!)).toBe(0.84);
    }
  });
  it('rejects bad options, naming them', () => {
    const rng = numpyRandom(1);
    expect(() => simulateAnnotators(rng, { ...DEFAULTS, n: 0, annotators: 2 })).toThrow(/^n must be an integer >= 1/);
    expect(() => simulateAnnotators(rng, { ...DEFAULTS, baseRate: 1.5, annotators: 2 })).toThrow(/^baseRate must/);
    expect(() => simulateAnnotators(rng, { ...DEFAULTS, flipRate: -0.1, annotators: 2 })).toThrow(/^flipRate must/);
    expect(() => simulateAnnotators(rng, { ...DEFAULTS, annotators: 1 })).toThrow(/^annotators must be an integer >= 2/);
  });
});

describe('flipModelAgreement(baseRate, flipRate)', () => {
  it('gives p_o = 1 − f and the chance agreement of the marginals (numpy, hand-expanded formula)', () => {
    const d = flipModelAgreement(0.3, 0.12);
    expect(d.agreement).toBeCloseTo(0.88, 15);
    expect(d.yesRateB).toBeCloseTo(0.348, 15); // 0.3 · 0.88 + 0.7 · 0.12
    expect(d.chance).toBeCloseTo(0.5608, 14);
    expect(d.kappa).toBeCloseTo(0.726775956284153, 14);
    expect(flipModelAgreement(0.02, 0.12).kappa).toBeCloseTo(0.19888912625507332, 13);
    expect(flipModelAgreement(0.5, 0.12).kappa).toBeCloseTo(0.76, 14);
    expect(flipModelAgreement(0.1, 0.3).kappa).toBeCloseTo(0.19354838709677408, 14);
  });
  it('defines κ = 1 when p_e = 1 (constant labels, no flips)', () => {
    expect(flipModelAgreement(0, 0)).toEqual({ agreement: 1, yesRateB: 0, chance: 1, kappa: 1 });
  });
  it('is symmetric in the base rate b ↔ 1 − b and falls as the base rate gets skewed (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.49, noNaN: true }), fc.double({ min: 0.01, max: 0.45, noNaN: true }), (b, f) => {
        expect(flipModelAgreement(b, f).kappa).toBeCloseTo(flipModelAgreement(1 - b, f).kappa, 10);
        expect(flipModelAgreement(b, f).kappa).toBeLessThanOrEqual(flipModelAgreement(0.5, f).kappa + 1e-12);
      }),
    );
  });
  it('rejects rates outside [0, 1]', () => {
    expect(() => flipModelAgreement(-0.1, 0.1)).toThrow(/^baseRate must/);
    expect(() => flipModelAgreement(0.1, 2)).toThrow(/^flipRate must/);
  });
});

describe('chanceAgreement(labelsA, labelsB)', () => {
  it('is p_A p_B + (1 − p_A)(1 − p_B) (numpy on the seed sample: 0.5642444444)', () => {
    expect(chanceAgreement([1, 1, 0, 0], [1, 0, 0, 0])).toBe(0.5);
    const [a, b] = simulateAnnotators(numpyRandom(42), { ...DEFAULTS, annotators: 2 });
    expect(chanceAgreement(a!, b!)).toBeCloseTo(0.5642444444444444, 14);
  });
  it('rejects labels other than 0 and 1', () => {
    expect(() => chanceAgreement([0, 2], [0, 1])).toThrow(/labelsA\[1\] must be 0 or 1/);
    expect(() => chanceAgreement([0, 1], [0])).toThrow(/same length/);
  });
});
