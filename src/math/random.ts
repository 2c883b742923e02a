/**
 * A seedable generator that reproduces numpy's **legacy** `np.random` stream (`RandomState`, MT19937) exactly,
 * so the course can re-run the seed notebook's random demos (src/math/seed-demos.ts) and every widget's
 * randomness is reproducible from a seed.
 *
 * Reproduced algorithms (numpy `mtrand.pyx` / `distributions.c`, legacy paths):
 * - seeding: an integer seed uses MT19937's `init_genrand` (numpy's `mt19937_seed`); an array seed uses
 *   `init_by_array`, as `np.random.seed(int)` and `np.random.seed([...])` do;
 * - `random_sample`: 53-bit doubles $\big(\lfloor a/2^5 \rfloor\, 2^{26} + \lfloor b/2^6 \rfloor\big) / 2^{53}$ from two
 *   32-bit words $a, b$;
 * - `randint`: masked rejection sampling on 32-bit words (64-bit words, high word first, for ranges $\ge 2^{32}$);
 * - `standard_normal`: the legacy polar (Marsaglia) method, caching the second value;
 * - `permutation`: Fisher–Yates with the legacy masked `random_interval`;
 * - `choice`: with `p`, inverse CDF (`cdf = cumsum(p); cdf /= cdf[-1]`, `searchsorted(side='right')`); without `p`,
 *   `randint`; without replacement, `permutation` (no `p`) or numpy's repeated-draw loop (with `p`).
 *
 * Not bit-exact in one respect: `standardNormal` uses `Math.log`/`Math.sqrt`; `sqrt` is correctly rounded, but
 * `Math.log` may differ from the C library's `log` in the last bit for rare inputs.
 *
 * @module
 */
import { assertInteger, assertNonEmpty, fail, PROBABILITY_SUM_TOLERANCE, toFiniteVector } from './validate.ts';

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;
const TWO_32 = 4294967296;

/** Options for {@link NumpyRandomState.choice} (numpy's `replace` and `p`). */
export interface ChoiceOptions {
  /** Sample with replacement (numpy default `true`). */
  replace?: boolean;
  /** Probabilities of the population entries (non-negative, summing to 1 within $10^{-9}$). */
  p?: ArrayLike<number>;
}

/** Smallest bit mask $2^k - 1 \ge x$, for $0 \le x < 2^{32}$. */
function mask32(x: number): number {
  let m = x >>> 0;
  m |= m >>> 1;
  m |= m >>> 2;
  m |= m >>> 4;
  m |= m >>> 8;
  m |= m >>> 16;
  return m >>> 0;
}

/** Number of entries of the sorted `cdf` that are $\le u$ (numpy `searchsorted(side='right')`). */
function searchSortedRight(cdf: Float64Array, u: number): number {
  let lo = 0;
  let hi = cdf.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cdf[mid] as number) <= u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * numpy's legacy `RandomState` over MT19937. Create one with {@link numpyRandom}. All methods advance the stream
 * exactly as the numpy call of the same name does (`rand`, `random_sample`, `randn`, `standard_normal`, `randint`,
 * `permutation`, `choice`, `seed`); see the module notes for the algorithms.
 *
 * @example
 * const rng = new NumpyRandomState(42);
 * rng.rand(); // 0.3745401188473625
 * rng.randint(0, 10); // 7 (np.random.seed(42); np.random.rand(); np.random.randint(0, 10))
 */
export class NumpyRandomState {
  readonly #mt = new Uint32Array(N);
  #index = N;
  #hasGauss = false;
  #gauss = 0;

  /**
   * Creates a generator seeded like `np.random.seed(seed)`.
   *
   * @example
   * new NumpyRandomState(42).random(); // 0.3745401188473625
   */
  constructor(seed: number | ArrayLike<number>) {
    this.seed(seed);
  }

  /**
   * Re-seeds like `np.random.seed(seed)`: an integer in $[0, 2^{32}-1]$ uses `init_genrand`, a non-empty array of
   * such integers uses `init_by_array`. Clears the cached Gaussian.
   *
   * Edge cases: anything else throws `RangeError` naming `seed`.
   *
   * @example
   * const rng = numpyRandom(0); rng.seed(42); rng.random(); // 0.3745401188473625
   */
  seed(seed: number | ArrayLike<number>): void {
    if (typeof seed === 'number') {
      this.#initGenrand(assertInteger('seed', seed, 0, 0xffffffff));
    } else {
      const n = assertNonEmpty('seed', seed);
      const key: number[] = [];
      for (let i = 0; i < n; i++) key.push(assertInteger(`seed[${String(i)}]`, seed[i], 0, 0xffffffff));
      this.#initByArray(key);
    }
    this.#hasGauss = false;
    this.#gauss = 0;
  }

  #initGenrand(s: number): void {
    const mt = this.#mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = (mt[i - 1] as number) ^ ((mt[i - 1] as number) >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.#index = N;
  }

  #initByArray(key: readonly number[]): void {
    const mt = this.#mt;
    this.#initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = (mt[i - 1] as number) ^ ((mt[i - 1] as number) >>> 30);
      mt[i] = (((mt[i] as number) ^ Math.imul(prev, 1664525)) + (key[j] as number) + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1] as number;
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = (mt[i - 1] as number) ^ ((mt[i - 1] as number) >>> 30);
      mt[i] = (((mt[i] as number) ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1] as number;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
    this.#index = N;
  }

  #generate(): void {
    const mt = this.#mt;
    let k = 0;
    for (; k < N - M; k++) {
      const y = ((mt[k] as number) & UPPER_MASK) | ((mt[k + 1] as number) & LOWER_MASK);
      mt[k] = (mt[k + M] as number) ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; k < N - 1; k++) {
      const y = ((mt[k] as number) & UPPER_MASK) | ((mt[k + 1] as number) & LOWER_MASK);
      mt[k] = (mt[k + (M - N)] as number) ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    const y = ((mt[N - 1] as number) & UPPER_MASK) | ((mt[0] as number) & LOWER_MASK);
    mt[N - 1] = (mt[M - 1] as number) ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    this.#index = 0;
  }

  /**
   * The next raw 32-bit output of MT19937 (tempered), as an integer in $[0, 2^{32})$.
   *
   * @example
   * numpyRandom(42).nextUint32(); // 1608637542
   */
  nextUint32(): number {
    if (this.#index >= N) this.#generate();
    let y = this.#mt[this.#index++] as number;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** Next 64-bit word as numpy's MT19937 forms it: first 32-bit draw high, second low; returned as [hi, lo]. */
  #next64(): [number, number] {
    const hi = this.nextUint32();
    const lo = this.nextUint32();
    return [hi, lo];
  }

  /**
   * One uniform double in $[0, 1)$ with 53 random bits, numpy's `random_sample()` / `rand()`:
   * $$ u = \frac{\lfloor a / 2^{5} \rfloor \cdot 2^{26} + \lfloor b / 2^{6} \rfloor}{2^{53}}. $$
   *
   * @example
   * numpyRandom(42).random(); // 0.3745401188473625 (np.random.seed(42); np.random.rand())
   */
  random(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /**
   * `size` uniform doubles, numpy's `random_sample(size)`.
   *
   * Edge cases: `size` must be an integer $\ge 0$, else `RangeError` naming `size`.
   *
   * @example
   * numpyRandom(42).randomSample(2); // Float64Array [0.3745401188473625, 0.9507143064099162]
   */
  randomSample(size: number): Float64Array<ArrayBuffer> {
    assertInteger('size', size, 0);
    const out = new Float64Array(size);
    for (let i = 0; i < size; i++) out[i] = this.random();
    return out;
  }

  /**
   * numpy's `rand()` (one number) or `rand(n)` (a `Float64Array` of $n$ uniforms in $[0, 1)$).
   *
   * @example
   * numpyRandom(42).rand(); // 0.3745401188473625
   * numpyRandom(42).rand(3); // Float64Array [0.3745401188473625, 0.9507143064099162, 0.7319939418114051]
   */
  rand(): number;
  rand(size: number): Float64Array<ArrayBuffer>;
  rand(size?: number): number | Float64Array<ArrayBuffer> {
    return size === undefined ? this.random() : this.randomSample(size);
  }

  /**
   * One standard normal draw with numpy's legacy polar method: draw $x_1, x_2 = 2u - 1$ until
   * $0 < r^2 = x_1^2 + x_2^2 < 1$, set $f = \sqrt{-2\log(r^2)/r^2}$, return $f x_2$ and cache $f x_1$ for the next call.
   *
   * @example
   * numpyRandom(42).standardNormal(); // 0.4967141530112327 (np.random.seed(42); np.random.randn())
   */
  standardNormal(): number;
  standardNormal(size: number): Float64Array<ArrayBuffer>;
  standardNormal(size?: number): number | Float64Array<ArrayBuffer> {
    if (size === undefined) return this.#gaussian();
    assertInteger('size', size, 0);
    const out = new Float64Array(size);
    for (let i = 0; i < size; i++) out[i] = this.#gaussian();
    return out;
  }

  /**
   * numpy's `randn()` / `randn(n)`: the same stream as {@link NumpyRandomState.standardNormal}.
   *
   * @example
   * numpyRandom(42).randn(2); // Float64Array [0.4967141530112327, -0.13826430117118466]
   */
  randn(): number;
  randn(size: number): Float64Array<ArrayBuffer>;
  randn(size?: number): number | Float64Array<ArrayBuffer> {
    return size === undefined ? this.#gaussian() : this.standardNormal(size);
  }

  #gaussian(): number {
    if (this.#hasGauss) {
      this.#hasGauss = false;
      const g = this.#gauss;
      this.#gauss = 0;
      return g;
    }
    let x1: number;
    let x2: number;
    let r2: number;
    do {
      x1 = 2 * this.random() - 1;
      x2 = 2 * this.random() - 1;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1 || r2 === 0);
    const f = Math.sqrt((-2 * Math.log(r2)) / r2);
    this.#gauss = f * x1;
    this.#hasGauss = true;
    return f * x2;
  }

  /** Uniform integer in $[0, \mathit{rng}]$ by masked rejection (numpy's legacy bounded `randint` path). */
  #boundedMasked(rng: number): number {
    if (rng === 0) return 0;
    if (rng < TWO_32) {
      if (rng === TWO_32 - 1) return this.nextUint32();
      const mask = mask32(rng);
      for (;;) {
        const v = (this.nextUint32() & mask) >>> 0;
        if (v <= rng) return v;
      }
    }
    return this.#boundedMasked64(rng);
  }

  /** Masked rejection on 64-bit words (high word first) for $2^{32} \le \mathit{rng} < 2^{53}$. */
  #boundedMasked64(rng: number): number {
    const maskHi = mask32(Math.floor(rng / TWO_32));
    for (;;) {
      const [hi, lo] = this.#next64();
      const v = ((hi & maskHi) >>> 0) * TWO_32 + lo;
      if (v <= rng) return v;
    }
  }

  /**
   * Uniform integers like numpy's legacy `randint(low, high=None, size=None)`: values in $[\mathit{low}, \mathit{high})$,
   * or $[0, \mathit{low})$ when `high` is omitted. One number without `size`, else a `Float64Array`.
   *
   * Edge cases: bounds must be safe integers with `low < high` and a range below $2^{53}$; `size` an integer
   * $\ge 0$; otherwise `RangeError` naming the argument.
   *
   * @example
   * numpyRandom(42).randint(0, 10, 5); // Float64Array [6, 3, 7, 4, 6]
   */
  randint(low: number, high?: number): number;
  randint(low: number, high: number | undefined, size: number): Float64Array<ArrayBuffer>;
  randint(low: number, high?: number, size?: number): number | Float64Array<ArrayBuffer> {
    let lo = assertInteger('low', low);
    let hi: number;
    if (high === undefined) {
      hi = lo;
      lo = 0;
    } else hi = assertInteger('high', high);
    if (!(lo < hi)) fail('high', `an integer > low (${String(lo)})`, hi);
    const rng = hi - 1 - lo;
    if (!Number.isSafeInteger(rng + 1)) fail('high', 'within 2^53 of low', hi);
    if (size === undefined) return lo + this.#boundedMasked(rng);
    assertInteger('size', size, 0);
    const out = new Float64Array(size);
    for (let i = 0; i < size; i++) out[i] = lo + this.#boundedMasked(rng);
    return out;
  }

  /** Legacy `random_interval(max)`: uniform in $[0, \max]$ by masked rejection (used by shuffles). */
  #interval(max: number): number {
    return this.#boundedMasked(max);
  }

  /**
   * numpy's legacy `permutation(n)` (a shuffled `arange(n)`) or `permutation(array)` (a shuffled copy), by
   * Fisher–Yates from the end with `random_interval`.
   *
   * Edge cases: `n` must be an integer $\ge 0$ or an array of finite numbers; otherwise `RangeError`.
   *
   * @example
   * numpyRandom(7).permutation(10); // Float64Array [8, 5, 0, 2, 1, 9, 7, 3, 6, 4]
   */
  permutation(n: number | ArrayLike<number>): Float64Array<ArrayBuffer> {
    let arr: Float64Array<ArrayBuffer>;
    if (typeof n === 'number') {
      assertInteger('n', n, 0);
      arr = new Float64Array(n);
      for (let i = 0; i < n; i++) arr[i] = i;
    } else arr = toFiniteVector('n', n, { allowEmpty: true });
    for (let i = arr.length - 1; i >= 1; i--) {
      const j = this.#interval(i);
      const t = arr[i] as number;
      arr[i] = arr[j] as number;
      arr[j] = t;
    }
    return arr;
  }

  /**
   * numpy's legacy `choice(a, size=None, replace=True, p=None)`. `a` is a population size $n$ (draws from
   * $\{0, \dots, n-1\}$) or an array of values; the third argument is either `p` or `{ replace, p }`.
   * - with replacement and `p`: inverse CDF, `cdf = cumsum(p); cdf /= cdf[-1]`, index = `searchsorted(cdf, u, side='right')`
   *   for uniforms $u$ from `random_sample(size)`;
   * - with replacement, no `p`: `randint(0, n, size)`;
   * - without replacement, no `p`: `permutation(n)[:size]`;
   * - without replacement, with `p`: numpy's loop (draw `rand(size − found)`, zero out found entries, keep first
   *   occurrences of new indices).
   *
   * Edge cases: population non-empty; `size` integer $\ge 0$ (and $\le n$ without replacement); `p` of length $n$,
   * entries in $[0, 1]$, summing to 1 within $10^{-9}$ (stricter than numpy's $\sqrt{\epsilon} \approx 1.5\cdot10^{-8}$),
   * with at least `size` positive entries without replacement; otherwise `RangeError` naming the argument.
   *
   * @example
   * const rng = numpyRandom(42);
   * rng.choice([0, 1], 5, [0.7, 0.3]); // Float64Array [0, 1, 1, 0, 0]
   */
  choice(a: number | ArrayLike<number>): number;
  choice(a: number | ArrayLike<number>, size: undefined, options?: ArrayLike<number> | ChoiceOptions): number;
  choice(a: number | ArrayLike<number>, size: number, options?: ArrayLike<number> | ChoiceOptions): Float64Array<ArrayBuffer>;
  choice(a: number | ArrayLike<number>, size?: number, options?: ArrayLike<number> | ChoiceOptions): number | Float64Array<ArrayBuffer> {
    let population: Float64Array<ArrayBuffer> | null = null;
    let popSize: number;
    if (typeof a === 'number') popSize = assertInteger('a', a, 1);
    else {
      population = toFiniteVector('a', a);
      popSize = population.length;
    }
    let replace = true;
    let pArg: ArrayLike<number> | undefined;
    if (options !== undefined) {
      if (typeof options === 'object' && options !== null && typeof (options as ArrayLike<number>).length === 'number') {
        pArg = options as ArrayLike<number>;
      } else if (typeof options === 'object' && options !== null) {
        const o = options as ChoiceOptions;
        if (o.replace !== undefined) {
          if (typeof o.replace !== 'boolean') fail('replace', 'a boolean', o.replace);
          replace = o.replace;
        }
        pArg = o.p;
      } else fail('options', 'a probability array or { replace, p }', options);
    }
    let p: Float64Array<ArrayBuffer> | null = null;
    if (pArg !== undefined) {
      p = toFiniteVector('p', pArg);
      if (p.length !== popSize) fail('p', `an array of length ${String(popSize)} (the population size)`, pArg);
      let total = 0;
      for (let i = 0; i < p.length; i++) {
        const v = p[i] as number;
        if (v < 0 || v > 1) fail(`p[${String(i)}]`, 'a probability in [0, 1]', v);
        total += v;
      }
      if (!(Math.abs(total - 1) <= PROBABILITY_SUM_TOLERANCE)) {
        throw new RangeError(`p must be a probability vector summing to 1 within 1e-9 (received sum ${String(total)})`);
      }
    }
    const scalar = size === undefined;
    const count = scalar ? 1 : assertInteger('size', size, 0);
    const idx = new Float64Array(count);
    if (replace) {
      if (p !== null) {
        const cdf = this.#cdf(p);
        for (let i = 0; i < count; i++) idx[i] = searchSortedRight(cdf, this.random());
      } else {
        for (let i = 0; i < count; i++) idx[i] = this.#boundedMasked(popSize - 1);
      }
    } else {
      if (count > popSize) fail('size', `at most the population size ${String(popSize)} when sampling without replacement`, size);
      if (p !== null) {
        let positive = 0;
        for (let i = 0; i < p.length; i++) if ((p[i] as number) > 0) positive++;
        if (positive < count) fail('p', `a vector with at least size = ${String(count)} positive entries when sampling without replacement`, pArg);
        const work = Float64Array.from(p);
        let found = 0;
        while (found < count) {
          const x = this.randomSample(count - found);
          for (let i = 0; i < found; i++) work[idx[i] as number] = 0;
          const cdf = this.#cdf(work);
          const seen = new Set<number>();
          for (let i = 0; i < x.length; i++) {
            const k = searchSortedRight(cdf, x[i] as number);
            if (!seen.has(k)) {
              seen.add(k);
              idx[found++] = k;
            }
          }
        }
      } else {
        const perm = this.permutation(popSize);
        for (let i = 0; i < count; i++) idx[i] = perm[i] as number;
      }
    }
    if (population !== null) for (let i = 0; i < count; i++) idx[i] = population[idx[i] as number] as number;
    return scalar ? (idx[0] as number) : idx;
  }

  /** numpy's `cdf = cumsum(p); cdf /= cdf[-1]` (sequential cumulative sum). */
  #cdf(p: Float64Array): Float64Array<ArrayBuffer> {
    const cdf = new Float64Array(p.length);
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      s += p[i] as number;
      cdf[i] = s;
    }
    const last = cdf[cdf.length - 1] as number;
    for (let i = 0; i < cdf.length; i++) cdf[i] = (cdf[i] as number) / last;
    return cdf;
  }
}

/**
 * Creates a generator that reproduces numpy's legacy global stream after `np.random.seed(seed)`:
 * `seed` is an integer in $[0, 2^{32} - 1]$ (MT19937 `init_genrand`) or a non-empty array of such integers
 * (`init_by_array`). No hidden state: every call of `numpyRandom(42)` starts the same stream.
 *
 * Edge cases: an invalid seed throws `RangeError` naming `seed`.
 *
 * @example
 * const rng = numpyRandom(42);
 * rng.rand(4); // Float64Array [0.3745401188473625, 0.9507143064099162, 0.7319939418114051, 0.5986584841970366]
 */
export function numpyRandom(seed: number | ArrayLike<number>): NumpyRandomState {
  return new NumpyRandomState(seed);
}
