import { describe, expect, it } from 'vitest';
import { NumpyRandomState, numpyRandom } from '../../src/math/random.ts';

// Every expected value below was printed by numpy 2.4.6 (legacy np.random / RandomState) in float64.

describe('numpyRandom(seed)', () => {
  it('reproduces np.random.seed(42); np.random.rand() ×4 (numpy 2.4.6, legacy RandomState)', () => {
    const rng = numpyRandom(42);
    expect(rng.rand()).toBe(0.3745401188473625);
    expect(rng.rand()).toBe(0.9507143064099162);
    expect(rng.rand()).toBe(0.7319939418114051);
    expect(rng.rand()).toBe(0.5986584841970366);
  });
  it('seeds an integer with init_genrand (state[0] = seed), like np.random.seed(int)', () => {
    expect(numpyRandom(0).random()).toBe(0.5488135039273248);
    expect(numpyRandom(4294967295).random()).toBe(0.0976320289940138);
  });
  it('seeds an array with init_by_array, like np.random.seed([...])', () => {
    expect(numpyRandom([1, 2, 3]).random()).toBe(0.6098612722867289);
    expect(numpyRandom([0]).random()).toBe(0.8444218515250481);
    expect(numpyRandom([0]).random()).not.toBe(numpyRandom(0).random());
  });
  it('is a fresh stream per call (no hidden global state)', () => {
    const a = numpyRandom(42);
    a.rand(10);
    expect(numpyRandom(42).random()).toBe(0.3745401188473625);
  });
  it('rejects invalid seeds', () => {
    expect(() => numpyRandom(-1)).toThrow(/seed must be an integer >= 0 and <= 4294967295 \(received -1\)/);
    expect(() => numpyRandom(2 ** 32)).toThrow(/seed/);
    expect(() => numpyRandom(1.5)).toThrow(/seed/);
    expect(() => numpyRandom([])).toThrow(/seed must be a non-empty array/);
    expect(() => numpyRandom([1, -2])).toThrow(/seed\[1\]/);
  });
});

describe('NumpyRandomState.nextUint32()', () => {
  it('matches np.random.randint(0, 2**32, dtype=np.uint64) after seed 42', () => {
    const rng = new NumpyRandomState(42);
    expect([rng.nextUint32(), rng.nextUint32(), rng.nextUint32()]).toEqual([1608637542, 3421126067, 4083286876]);
  });
});

describe('NumpyRandomState.rand(n) / randomSample(n)', () => {
  it('crosses state regenerations (624 words) exactly', () => {
    const x = numpyRandom(42).rand(2000);
    expect(x[311]).toBe(0.07845638134226596);
    expect(x[312]).toBe(0.02535074341545751);
    expect(x[1999]).toBe(0.28218707469320015);
  });
  it('returns a Float64Array of the requested size', () => {
    const x = numpyRandom(42).randomSample(3);
    expect(x).toBeInstanceOf(Float64Array);
    expect(Array.from(x)).toEqual([0.3745401188473625, 0.9507143064099162, 0.7319939418114051]);
    expect(numpyRandom(1).rand(0)).toHaveLength(0);
    expect(() => numpyRandom(1).rand(-1)).toThrow(/size must be an integer >= 0/);
  });
});

describe('NumpyRandomState.randn(n) / standardNormal(n)', () => {
  it('reproduces np.random.seed(42); np.random.randn(5)', () => {
    expect(Array.from(numpyRandom(42).randn(5))).toEqual([
      0.4967141530112327, -0.13826430117118466, 0.6476885381006925, 1.5230298564080254, -0.23415337472333597,
    ]);
  });
  it('stays on numpy’s stream for 1001 draws', () => {
    const g = numpyRandom(42).standardNormal(1001);
    expect(g[999]).toBe(0.5725827813561586);
    expect(g[1000]).toBe(1.3993554365860021);
  });
  it('interleaves with uniforms and clears the cached value on reseed', () => {
    const rng = numpyRandom(7);
    rng.permutation(10);
    rng.choice([5.5, 6.5, 7.5], 4, [0.2, 0.5, 0.3]);
    rng.choice(3);
    expect(rng.randn()).toBe(1.611119629503022);
    expect(rng.randn()).toBe(-0.9894012940973428);
    expect(rng.rand()).toBe(0.6723172732412332);
    const r2 = numpyRandom(42);
    r2.randn();
    r2.seed(42);
    expect(r2.randn()).toBe(0.4967141530112327);
  });
});

describe('NumpyRandomState.randint(low, high, size)', () => {
  it('reproduces numpy’s masked rejection sampling for 32- and 64-bit ranges', () => {
    const rng = numpyRandom(42);
    expect(Array.from(rng.randint(0, 10, 10))).toEqual([6, 3, 7, 4, 6, 9, 2, 6, 7, 4]);
    expect(Array.from(rng.randint(0, 1000000007, 3))).toEqual([434285667, 613608295, 893664919]);
    expect(Array.from(rng.randint(0, 2 ** 40, 3))).toEqual([558434158229, 227504030465, 377237468651]);
  });
  it('supports randint(high) and negative bounds', () => {
    const rng = numpyRandom(2024);
    rng.choice(100, 8, { replace: false });
    expect(Array.from(rng.randint(5, undefined, 4))).toEqual([3, 4, 4, 0]);
    expect(rng.randint(-3, 3)).toBe(-3);
  });
  it('rejects empty ranges', () => {
    expect(() => numpyRandom(1).randint(3, 3)).toThrow(/high must be an integer > low \(3\)/);
    expect(() => numpyRandom(1).randint(0.5, 3)).toThrow(/low must be an integer/);
  });
});

describe('NumpyRandomState.permutation(n)', () => {
  it('reproduces np.random.seed(7); np.random.permutation(10)', () => {
    expect(Array.from(numpyRandom(7).permutation(10))).toEqual([8, 5, 0, 2, 1, 9, 7, 3, 6, 4]);
  });
  it('permutes an array', () => {
    expect(Array.from(numpyRandom(7).permutation([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]))).toEqual([18, 15, 10, 12, 11, 19, 17, 13, 16, 14]);
  });
});

describe('NumpyRandomState.choice(a, size, p | { replace, p })', () => {
  it('uses the inverse CDF with searchsorted(side="right") when p is given', () => {
    expect(Array.from(numpyRandom(123).choice(4, 6, [0.1, 0.2, 0.3, 0.4]))).toEqual([3, 1, 1, 2, 3, 2]);
    const rng = numpyRandom(42);
    expect(rng.choice(5)).toBe(3);
    expect(rng.choice(5, undefined, [0.1, 0.2, 0.3, 0.2, 0.2])).toBe(4);
  });
  it('maps indices to the values of an array population', () => {
    const rng = numpyRandom(7);
    rng.permutation(10);
    expect(Array.from(rng.choice([5.5, 6.5, 7.5], 4, { p: [0.2, 0.5, 0.3] }))).toEqual([5.5, 6.5, 6.5, 6.5]);
  });
  it('uses randint without p and permutation / numpy’s loop without replacement', () => {
    const rng = numpyRandom(42);
    expect(Array.from(rng.choice(10, 5))).toEqual([6, 3, 7, 4, 6]);
    expect(Array.from(rng.choice(10, 5, { replace: false }))).toEqual([0, 1, 5, 3, 4]);
    expect(Array.from(rng.choice(5, 3, { replace: false, p: [0.1, 0.2, 0.3, 0.2, 0.2] }))).toEqual([0, 3, 4]);
    expect(Array.from(numpyRandom(2024).choice(100, 8, { replace: false }))).toEqual([35, 19, 26, 17, 77, 24, 70, 58]);
  });
  it('reproduces the seed notebook’s first reviewer-agreement draw', () => {
    const rng = numpyRandom(42);
    const labels = rng.choice([0, 1], 300, [0.7, 0.3]);
    expect(labels.reduce((a, b) => a + b, 0)).toBe(91); // numpy: labels_a.sum() == 91
  });
  it('rejects bad arguments', () => {
    const rng = numpyRandom(1);
    expect(() => rng.choice(3, 2, [0.5, 0.5])).toThrow(/p must be an array of length 3/);
    expect(() => rng.choice(2, 2, [0.5, 0.4])).toThrow(/p must be a probability vector summing to 1 within 1e-9/);
    expect(() => rng.choice(2, 2, [1.5, -0.5])).toThrow(/p\[0\] must be a probability/);
    expect(() => rng.choice(2, 3, { replace: false })).toThrow(/size must be at most the population size 2/);
    expect(() => rng.choice(3, 2, { replace: false, p: [1, 0, 0] })).toThrow(/p must be a vector with at least size = 2 positive entries/);
    expect(() => rng.choice(0)).toThrow(/a must be an integer >= 1/);
    expect(() => rng.choice([])).toThrow(/a must be a non-empty array/);
  });
});
