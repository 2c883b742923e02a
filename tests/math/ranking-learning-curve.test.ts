import { describe, expect, it } from 'vitest';
import { rankingLearningCurve } from '../../src/math/ranking-learning-curve.ts';
import { createWorld } from '../../src/math/world/create-world.ts';

const world = (flipRate: number) =>
  createWorld({ seed: 42, prompts: 100, annotators: [{ name: 'a', noise: 1, flipRate, lengthBias: 0 }] });

describe('rankingLearningCurve(world, { sizes })', () => {
  it('matches an independent Python replication', () => {
    // Python (numpy 2.4, scipy 1.17): the world from np.random.seed(42); the pairs from np.random.seed([42, 1]),
    // per pair randint(P), randint(K), randint(K−1), rand(), rand(); the fit by scipy BFGS on
    // Σ logaddexp(0, −θ·d) + 0.05‖θ‖²; the accuracy as 2·multivariate_normal([0,0], [[1,c],[c,1]]).cdf([0,0]).
    const expected: [number, number[]][] = [
      [0, [0.8246215549076427, 0.9027150348818065, 0.9875553413745144]],
      [0.2, [0.6244936032229254, 0.8723307684253728, 0.9760225942337544]],
      [0.5, [0.27078932707376135, 0.3119742791637319, 0.573170940216415]],
    ];
    for (const [eps, values] of expected) {
      const curve = rankingLearningCurve(world(eps), { sizes: [20, 100, 500] });
      values.forEach((v, i) => expect(curve[i], `ε = ${String(eps)}, size ${String(i)}`).toBeCloseTo(v, 6));
    }
  });
  it('fits prefixes of one dataset, so the order and repeats of sizes do not matter', () => {
    const w = world(0.1);
    const a = rankingLearningCurve(w, { sizes: [500, 20, 100, 20] });
    const b = rankingLearningCurve(w, { sizes: [20, 100, 500] });
    expect([a[1], a[2], a[0], a[3]]).toEqual([b[0], b[1], b[2], b[0]]);
  });
  it('rejects bad sizes and annotators', () => {
    expect(() => rankingLearningCurve(world(0), { sizes: [] })).toThrow(/^sizes must be/);
    expect(() => rankingLearningCurve(world(0), { sizes: [0] })).toThrow(/^sizes\[0\] must be/);
    expect(() => rankingLearningCurve(world(0), { sizes: [10], annotator: 1 })).toThrow(/^annotator must be/);
  });
});
