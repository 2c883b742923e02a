import { describe, expect, it } from 'vitest';
import { gaussianEstimatorMoments, gaussianShiftKl, klEstimatorBatches } from '../../src/math/index.ts';

/**
 * numpy 2.4 on the same stream (src/math/random.ts reproduces numpy's legacy MT19937 `standard_normal`):
 * `np.random.seed(seed); x = np.random.standard_normal((B, n)); l = mu*x - mu*mu/2`, then per estimator the batch
 * means `k.mean(axis=1)`: their mean, `std(ddof=1)`, the single-sample min and share below 0, and the first and
 * last batch means. Because the generators agree, these Monte Carlo numbers are an independent check.
 */
const NUMPY = [
  {
    args: { seed: 0, mu: 1, samples: 1, batches: 1000 },
    k1: [0.5452567074901954, 0.9875270456945128, -2.259355114021582, 0.273, -1.264052345967664, 0.8581140754798567],
    k2: [0.6357696666876014, 0.8579611638495931, 8.576899059137078e-7, 0, 0.7989141666731775, 0.3681798832683246],
    k3: [0.489042919955009, 0.6555854740120894, 8.573155824904196e-7, 0, 1.2756843544545362, 0.2820749625506189],
  },
  {
    args: { seed: 42, mu: 1, samples: 16, batches: 200 },
    k1: [0.4787103804464038, 0.2345152185464423, -3.4262377064363267, 0.3115625, 0.5254412290150579, 0.4739993568919558],
    k2: [0.6032517635091998, 0.20256077338881617, 9.23117896533359e-9, 0, 0.5800522720572675, 0.9023916039705333],
    k3: [0.49742646114623873, 0.24038874060098026, 9.230760880191364e-9, 0, 0.41140198620325164, 0.7436830111029387],
  },
  {
    args: { seed: 7, mu: 0.1, samples: 4, batches: 50 },
    k1: [0.00779646684743769, 0.04894558170800487, -0.22099469866262614, 0.47, -0.03662311949836539, 0.0097104596645653],
    k2: [0.004935064356724618, 0.002977092888667451, 1.4757338801531546e-6, 0, 0.003857036243167391, 0.006234869314042023],
    k3: [0.004906541077174887, 0.002940324136093626, 1.4748891474429624e-6, 0, 0.004045073496329696, 0.005974077889093713],
  },
] as const;

describe('klEstimatorBatches', () => {
  it.each(NUMPY.map((row) => [JSON.stringify(row.args), row] as const))('matches numpy on the same stream for %s', (_name, row) => {
    const run = klEstimatorBatches(row.args);
    for (const kind of ['k1', 'k2', 'k3'] as const) {
      const [mean, sd, min, negativeShare, first, last] = row[kind];
      const got = run[kind];
      expect(got.mean).toBeCloseTo(mean, 12);
      expect(got.sd).toBeCloseTo(sd, 12);
      expect(got.min).toBeCloseTo(min, 12);
      expect(got.negativeShare).toBe(negativeShare);
      expect(got.batchMeans[0]).toBeCloseTo(first, 12);
      expect(got.batchMeans[row.args.batches - 1]).toBeCloseTo(last, 12);
    }
  });

  it('k1 and k3 are unbiased and k2 is biased by μ⁴/8, statistically on a fixed seed (200 000 samples at μ = 1)', () => {
    const batches = 2000;
    const run = klEstimatorBatches({ mu: 1, samples: 100, batches, seed: 2020 });
    const kl = gaussianShiftKl(1);
    for (const kind of ['k1', 'k2', 'k3'] as const) {
      const exact = gaussianEstimatorMoments(kind, 1);
      const standardError = exact.sd / Math.sqrt(100 * batches);
      // 4 standard errors: a failure by chance has probability below 1e-4 for this one fixed seed.
      expect(Math.abs(run[kind].mean - exact.mean)).toBeLessThan(4 * standardError);
      // the spread of batch means is the single-sample sd over √n, within 10 % for 2000 batches
      expect(run[kind].sd / (exact.sd / 10)).toBeGreaterThan(0.9);
      expect(run[kind].sd / (exact.sd / 10)).toBeLessThan(1.1);
    }
    // k2's bias μ⁴/8 = 0.125 is 40 standard errors, so the run tells it apart from the KL
    expect(run.k2.mean - kl).toBeGreaterThan(0.1);
  });

  it('single-sample k1 goes negative while k2 and k3 never do', () => {
    const run = klEstimatorBatches({ mu: 0.5, samples: 1, batches: 5000, seed: 1 });
    expect(run.k1.min).toBeLessThan(0);
    expect(run.k1.negativeShare).toBeGreaterThan(0.2);
    expect(run.k3.min).toBeGreaterThanOrEqual(0);
    expect(run.k2.min).toBeGreaterThanOrEqual(0);
  });

  it('gives zero for every estimator when μ = 0, and sd 0 for one batch', () => {
    const run = klEstimatorBatches({ mu: 0, samples: 3, batches: 1, seed: 5 });
    expect(Math.abs(run.k1.mean)).toBe(0);
    expect(run.k2.mean).toBe(0);
    expect(run.k3.mean).toBe(0);
    expect(run.k1.sd).toBe(0);
  });

  it('rejects bad arguments with a RangeError naming them', () => {
    expect(() => klEstimatorBatches({ mu: Number.NaN, samples: 1, batches: 1, seed: 0 })).toThrow(/mu/);
    expect(() => klEstimatorBatches({ mu: 1, samples: 0, batches: 1, seed: 0 })).toThrow(/samples/);
    expect(() => klEstimatorBatches({ mu: 1, samples: 1, batches: 1.5, seed: 0 })).toThrow(/batches/);
    expect(() => klEstimatorBatches({ mu: 1, samples: 1, batches: 1, seed: -1 })).toThrow(/seed/);
    expect(() => klEstimatorBatches({ mu: 1, samples: 10_000, batches: 10_000, seed: 0 })).toThrow(/samples × batches/);
  });
});
