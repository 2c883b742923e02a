import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mixturePolicy } from '../../src/math/mixture-policy.ts';
import { positiveDistribution } from './probability-arbitraries.ts';

/** numpy: t = p ** 2 / (p ** 2).sum() for p = [0.15, 0.3, 0.35, 0, 0, 0.1, 0, 0.1]; 0.9 * t + 0.1 * np.ones(8) / 8. */
const TEMPERED = [0.08823529411764706, 0.35294117647058826, 0.4803921568627451, 0, 0, 0.0392156862745098, 0, 0.0392156862745098];
const NUMPY_MIX = [0.09191176, 0.33014706, 0.44485294, 0.0125, 0.0125, 0.04779412, 0.0125, 0.04779412];

describe('mixturePolicy(p, q, weight)', () => {
  it('is (1 − α)p + αq (numpy)', () => {
    const out = mixturePolicy(TEMPERED, new Array(8).fill(1 / 8), 0.1);
    Array.from(out).forEach((v, i) => expect(v).toBeCloseTo(NUMPY_MIX[i]!, 8));
    expect(Array.from(mixturePolicy([1, 0], [0.5, 0.5], 0.2))).toEqual([expect.closeTo(0.9, 15), expect.closeTo(0.1, 15)]);
  });

  it('returns p at α = 0 and q at α = 1 exactly, and always a distribution', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }).chain((n) => fc.tuple(positiveDistribution(n), positiveDistribution(n), fc.double({ min: 0, max: 1, noNaN: true }))),
        ([p, q, alpha]) => {
          expect(Array.from(mixturePolicy(p, q, 0))).toEqual(p);
          expect(Array.from(mixturePolicy(p, q, 1))).toEqual(q);
          expect(mixturePolicy(p, q, alpha).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        },
      ),
    );
  });

  it('rejects bad arguments, naming them', () => {
    expect(() => mixturePolicy([0.5, 0.4], [0.5, 0.5], 0.1)).toThrow(/^p must be/);
    expect(() => mixturePolicy([0.5, 0.5], [2, -1], 0.1)).toThrow(/^q\[0\] must be/);
    expect(() => mixturePolicy([1], [0.5, 0.5], 0.1)).toThrow(/p and q must have the same length/);
    expect(() => mixturePolicy([0.5, 0.5], [0.5, 0.5], 1.5)).toThrow(/^weight must be a finite number in \[0, 1\]/);
  });
});
