import { describe, expect, it } from 'vitest';
import {
  curveFlipRates,
  curveJob,
  DATASETS,
  goldLabelAgreement,
  jobSteps,
  loopJob,
  pointAccuracy,
  ROUNDS,
  runJob,
  runSimulation,
  simulationJobs,
  simulationWorld,
  SIZES,
} from '../../../src/widgets/noisy-preferences/simulation.ts';
import { noisyPreferencesDefaults } from '../../../src/widgets/noisy-preferences/state.ts';

describe('simulationJobs(state)', () => {
  it('plans the point at (ε, n), the clean point, then every curve, in the curves view', () => {
    const jobs = simulationJobs(noisyPreferencesDefaults);
    const perCurve = SIZES.length * DATASETS; // one job per size and dataset
    // n = 200 is one of the sizes, so its points are jobs of the curves, planned once and first.
    expect(jobs).toHaveLength(6 * perCurve); // ε = 0.2 is one of the six curves
    expect(jobs[0]).toMatchObject({ kind: 'curve', epsilon: 0.2, sizes: [200] });
    expect(jobs[DATASETS]).toMatchObject({ kind: 'curve', epsilon: 0, sizes: [200] });
    expect(jobs[2 * DATASETS]).toMatchObject({ kind: 'curve', epsilon: 0, sizes: [SIZES[0]], dataset: 0 });
    expect(simulationJobs({ ...noisyPreferencesDefaults, n: 777 })).toHaveLength(2 * DATASETS + 6 * perCurve);
    expect(simulationJobs({ ...noisyPreferencesDefaults, n: 777, epsilon: 0.25 })).toHaveLength(2 * DATASETS + 7 * perCurve);
    expect(simulationJobs({ ...noisyPreferencesDefaults, n: 777, epsilon: 0 })).toHaveLength(DATASETS + 6 * perCurve);
    expect(new Set(jobs.map((job) => job.key)).size).toBe(jobs.length);
  });
  it('plans the runs at ε and the noise-free runs in the rounds view', () => {
    expect(simulationJobs({ ...noisyPreferencesDefaults, view: 'rounds' }).map((job) => job.kind === 'loop' && job.epsilon)).toEqual([0.2, 0.2, 0.2, 0.2, 0, 0, 0, 0]);
    expect(simulationJobs({ ...noisyPreferencesDefaults, view: 'rounds', epsilon: 0 })).toHaveLength(4);
  });
  it('keeps the n of the curves out of the keys of the curves, so moving n reuses them', () => {
    // At n = 200 every job is a curve job (200 is one of the sizes); at n = 777 the same jobs follow the two points.
    const a = simulationJobs(noisyPreferencesDefaults).map((job) => job.key);
    const b = simulationJobs({ ...noisyPreferencesDefaults, n: 777 }).slice(2 * DATASETS).map((job) => job.key);
    expect(new Set(b)).toEqual(new Set(a));
  });
});

describe('curveFlipRates(epsilon)', () => {
  it('adds the reader’s ε to the six fixed flip rates, in order', () => {
    expect(curveFlipRates(0.2)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
    expect(curveFlipRates(0.25)).toEqual([0, 0.1, 0.2, 0.25, 0.3, 0.4, 0.5]);
  });
});

describe('runJob(job) and pointAccuracy(seed, epsilon, n)', () => {
  it('give the mean accuracy of an independent Python replication at the defaults', () => {
    // Python (numpy 2.4, scipy 1.17), as in tests/math/ranking-learning-curve.test.ts, datasets from
    // np.random.seed([8·42 + d, 1]) for d = 0 … 7, n = 200: mean accuracy 0.9316232501652617 at ε = 0.2,
    // 0.9574036899346561 at ε = 0
    expect(pointAccuracy(42, 0.2, 200)).toBeCloseTo(0.9316232501652617, 6);
    expect(pointAccuracy(42, 0, 200)).toBeCloseTo(0.9574036899346561, 6);
  });
  it('returns one accuracy per size for a curve job and six rounds of metrics for a loop job', () => {
    expect(runJob(curveJob(42, 0.1, 0, SIZES))).toHaveLength(SIZES.length);
    const results = runSimulation({ ...noisyPreferencesDefaults, view: 'rounds' });
    for (const value of results.values()) expect(value).toHaveLength(6);
  });
});

describe('jobSteps(job)', () => {
  it('cuts a loop job into its set-up and one step per round, and a curve job of one size into one fit', () => {
    const job = loopJob(42, 0.2, 20, 0.5, 1);
    const steps = jobSteps(job);
    let calls = 1;
    let step = steps.next();
    while (step.done !== true) {
      step = steps.next();
      calls++;
    }
    expect(calls).toBe(ROUNDS + 1);
    expect(step.value).toEqual(runJob(job));
    expect(jobSteps(curveJob(42, 0.2, 0, [200])).next().done).toBe(true);
  });
  it('gives a point of a learning curve from a job of its size alone (dataset d at size n is a prefix of dataset d)', () => {
    const curve = runJob(curveJob(42, 0.3, 2, SIZES)) as Float64Array;
    SIZES.forEach((n, i) => expect((runJob(curveJob(42, 0.3, 2, [n])) as Float64Array)[0]).toBeCloseTo(curve[i]!, 9));
  });
});

describe('simulationWorld(seed, epsilon)', () => {
  it('is 100 prompts × 4 responses with one annotator of noise 1, flip rate ε and no length bias', () => {
    const world = simulationWorld(7, 0.3);
    expect(world.prompts).toHaveLength(100);
    expect(world.prompts[0]!.responses).toHaveLength(4);
    expect(world.annotators).toEqual([{ name: 'annotator', noise: 1, flipRate: 0.3, lengthBias: 0 }]);
  });
});

describe('goldLabelAgreement(seed, epsilon)', () => {
  it('is ε + (1 − 2ε)·(the agreement at ε = 0), and ½ at ε = ½', () => {
    const clean = goldLabelAgreement(42, 0);
    expect(goldLabelAgreement(42, 0.2)).toBeCloseTo(0.2 + 0.6 * clean, 12);
    expect(goldLabelAgreement(42, 0.5)).toBeCloseTo(0.5, 12);
    expect(clean).toBeGreaterThan(0.5);
    expect(clean).toBeLessThan(1);
  });
});
