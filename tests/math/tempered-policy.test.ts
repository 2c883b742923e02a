import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { temperedPolicy } from '../../src/math/tempered-policy.ts';
import { positiveDistribution } from './probability-arbitraries.ts';

/** numpy: p = [0.15, 0.3, 0.35, 0, 0, 0.1, 0, 0.1]; w = p ** (1 / T); w / w.sum(). */
const REFERENCE = [0.15, 0.3, 0.35, 0, 0, 0.1, 0, 0.1];
const NUMPY_T_HALF = [0.08823529411764706, 0.35294117647058826, 0.4803921568627451, 0, 0, 0.0392156862745098, 0, 0.0392156862745098];
const NUMPY_T_THREE = [0.18749645, 0.23623072, 0.24868636, 0, 0, 0.16379323, 0, 0.16379323];

describe('temperedPolicy(policy, temperature)', () => {
  it('raises π to the power 1/T and renormalizes (numpy)', () => {
    Array.from(temperedPolicy(REFERENCE, 0.5)).forEach((v, i) => expect(v).toBeCloseTo(NUMPY_T_HALF[i]!, 12));
    Array.from(temperedPolicy(REFERENCE, 3)).forEach((v, i) => expect(v).toBeCloseTo(NUMPY_T_THREE[i]!, 7));
    expect(Array.from(temperedPolicy([0.2, 0.8], 0.5))).toEqual([0.04 / 0.68, 0.64 / 0.68].map((v) => expect.closeTo(v, 15)));
  });

  it('keeps zeros at exactly 0 for every T: temperature adds no support', () => {
    for (const t of [0.01, 0.3, 1, 7, 1000]) {
      const out = temperedPolicy(REFERENCE, t);
      expect([out[3], out[4], out[6]]).toEqual([0, 0, 0]);
      expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });

  it('is the identity at T = 1, tends to the argmax as T → 0 and to uniform on the support as T → ∞', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 8 }).chain(positiveDistribution), (p) => {
        temperedPolicy(p, 1).forEach((v, i) => expect(v).toBeCloseTo(p[i]!, 12));
        const flat = temperedPolicy(p, 1e6);
        flat.forEach((v) => expect(v).toBeCloseTo(1 / p.length, 4));
      }),
    );
    const sharp = temperedPolicy(REFERENCE, 0.01);
    expect(sharp[2]).toBeCloseTo(1, 6); // 0.35 is the largest entry
  });

  it('rejects a non-distribution or a temperature that is not > 0', () => {
    expect(() => temperedPolicy([0.5, 0.4], 1)).toThrow(/^policy must be a probability vector/);
    expect(() => temperedPolicy([0.5, 0.5], 0)).toThrow(/^temperature must be a finite number > 0/);
    expect(() => temperedPolicy([0.5, 0.5], Number.NaN)).toThrow(/^temperature must be/);
  });
});
