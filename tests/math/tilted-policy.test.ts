import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { klDivergence } from '../../src/math/kl-divergence.ts';
import { tiltedPolicy } from '../../src/math/tilted-policy.ts';
import { expectAllClose } from './expect-close.ts';
import { positiveDistribution } from './probability-arbitraries.ts';

// numpy: p = [0.1, 0.2, 0, 0.3, 0.4]; d = [2, -1, 5, 0.5, 0]; w = p * np.exp(eps * d); w / w.sum().
const P = [0.1, 0.2, 0, 0.3, 0.4];
const D = [2, -1, 5, 0.5, 0];
const NUMPY_07 = [0.30477454, 0.0746432, 0, 0.31995635, 0.30062591];
const NUMPY_M13 = [0.00572259, 0.56542037, 0, 0.12066699, 0.30819005];

describe('tiltedPolicy(policy, direction, step)', () => {
  it('multiplies π by e^{εd} and renormalizes (numpy)', () => {
    expectAllClose(tiltedPolicy(P, D, 0.7), NUMPY_07, 8);
    expectAllClose(tiltedPolicy(P, D, -1.3), NUMPY_M13, 8);
    expectAllClose(tiltedPolicy([0.5, 0.5], [Math.log(3), 0], 1), [0.75, 0.25], 15);
  });

  it('stays finite for a large step, where e^{εd} = e^{125} (numpy: 1, 5.357e−33, 0, 1.553e−16, 7.715e−22)', () => {
    const out = tiltedPolicy(P, D, 25);
    expect(out[0]).toBeCloseTo(1, 15);
    expect(out[1]! / 5.35727392e-33).toBeCloseTo(1, 7);
    expect(out[2]).toBe(0);
    expect(out[3]! / 1.5526665e-16).toBeCloseTo(1, 7);
  });

  it('returns π at ε = 0, keeps zeros at 0 and ignores a constant added to the direction', () => {
    expectAllClose(tiltedPolicy(P, D, 0), P, 15);
    expectAllClose(tiltedPolicy(P, D.map((v) => v + 7), 0.7), NUMPY_07, 8);
    for (const eps of [-30, -1, 2, 30]) expect(tiltedPolicy(P, D, eps)[2]).toBe(0);
  });

  it('moves away from π monotonically in KL as |ε| grows along any direction (property)', () => {
    const arbitrary = fc.integer({ min: 2, max: 6 }).chain((k) =>
      fc.tuple(positiveDistribution(k), fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: k, maxLength: k })),
    );
    fc.assert(
      fc.property(arbitrary, fc.double({ min: 0.05, max: 2, noNaN: true }), ([p, d], eps) => {
        const near = klDivergence(tiltedPolicy(p, d, eps), p);
        const far = klDivergence(tiltedPolicy(p, d, 2 * eps), p);
        expect(far).toBeGreaterThanOrEqual(near - 1e-12);
        const out = tiltedPolicy(p, d, eps);
        expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      }),
    );
  });

  it('rejects a non-distribution, a direction of another length or with NaN, and a non-finite step', () => {
    expect(() => tiltedPolicy([0.5, 0.4], [0, 0], 1)).toThrow(/^policy must be a probability vector/);
    expect(() => tiltedPolicy([0.5, 0.5], [0], 1)).toThrow(/direction/);
    expect(() => tiltedPolicy([0.5, 0.5], [0, Number.NaN], 1)).toThrow(/^direction\[1\] must be a finite number/);
    expect(() => tiltedPolicy([0.5, 0.5], [0, 1], Number.POSITIVE_INFINITY)).toThrow(/^step must be a finite number/);
  });
});
