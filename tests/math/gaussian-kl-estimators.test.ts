import { describe, expect, it } from 'vitest';
import { gaussianEstimatorMoments, gaussianShiftKl } from '../../src/math/index.ts';

/**
 * Mean and standard deviation of each single-sample estimator for π_θ = N(0,1), π_ref = N(μ,1), by numerical
 * integration over x ~ N(0,1) with scipy 1.17 (`integrate.quad` of k(x)·φ(x) and (k(x) − m)²·φ(x) on [−40, 40],
 * epsrel 1e-13), independent of the closed forms under test.
 */
const SCIPY: Record<number, Record<'k1' | 'k2' | 'k3', [number, number]>> = {
  1: { k1: [0.5, 1], k2: [0.625, 0.8660254037844385], k3: [0.5, 0.8475150904019617] },
  0.1: { k1: [0.005, 0.1], k2: [0.0050125, 0.007088723439378925], k3: [0.005, 0.007082872592956739] },
  0.5: { k1: [0.125, 0.5], k2: [0.1328125, 0.1875], k3: [0.125, 0.18445979694161405] },
  2: { k1: [2, 2], k2: [4, 4.898979485566356], k3: [2, 7.042595404617836] },
  0.01: { k1: [5e-5, 0.01], k2: [5.000125e-5, 7.07124458635094e-5], k3: [5e-5, 7.071185664959712e-5] },
};

describe('gaussianShiftKl', () => {
  it('is μ²/2 (scipy quad of φ(x)(log φ(x) − log φ(x − μ)) gives 0.5 at μ = 1)', () => {
    expect(gaussianShiftKl(1)).toBe(0.5);
    expect(gaussianShiftKl(-0.1)).toBeCloseTo(0.005, 15);
    expect(() => gaussianShiftKl(Number.NaN)).toThrow(/mu/);
  });
});

describe('gaussianEstimatorMoments', () => {
  it.each(Object.keys(SCIPY).map(Number))('matches scipy numerical integration at μ = %s', (mu) => {
    for (const kind of ['k1', 'k2', 'k3'] as const) {
      const [mean, sd] = SCIPY[mu]![kind];
      const got = gaussianEstimatorMoments(kind, mu);
      expect(got.mean / mean).toBeCloseTo(1, 9);
      expect(got.sd / sd).toBeCloseTo(1, 8);
    }
  });
  it('gives the reference ratios of Schulman (2020) at μ = 1: bias/KL of k2 = 0.25; sd/KL 2, 1.7321, 1.6950', () => {
    const kl = gaussianShiftKl(1);
    expect((gaussianEstimatorMoments('k2', 1).mean - kl) / kl).toBeCloseTo(0.25, 12);
    expect(gaussianEstimatorMoments('k1', 1).sd / kl).toBeCloseTo(2, 12);
    expect(gaussianEstimatorMoments('k2', 1).sd / kl).toBeCloseTo(1.7321, 4);
    expect(gaussianEstimatorMoments('k3', 1).sd / kl).toBeCloseTo(1.695, 4);
  });
  it('gives the reference ratios at μ = 0.1: sd/KL of k1 = 20, of k3 = 1.4166', () => {
    const kl = gaussianShiftKl(0.1);
    expect(gaussianEstimatorMoments('k1', 0.1).sd / kl).toBeCloseTo(20, 10);
    expect(gaussianEstimatorMoments('k3', 0.1).sd / kl).toBeCloseTo(1.4166, 4);
  });
  it('is symmetric in μ and zero at μ = 0', () => {
    expect(gaussianEstimatorMoments('k3', -0.7)).toEqual(gaussianEstimatorMoments('k3', 0.7));
    expect(gaussianEstimatorMoments('k2', 0)).toEqual({ mean: 0, sd: 0 });
  });
  it('rejects a bad kind or μ with a RangeError naming it', () => {
    expect(() => gaussianEstimatorMoments('k9' as 'k1', 1)).toThrow(/kind/);
    expect(() => gaussianEstimatorMoments('k1', Infinity)).toThrow(/mu/);
  });
});
