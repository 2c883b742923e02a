/**
 * Argument checks shared by the math package.
 *
 * Every public function of `src/math` validates its input with these helpers, so bad input fails the same way
 * everywhere: a `RangeError` whose message names the argument, states what was expected and shows what was
 * received, e.g. `beta must be a finite number > 0 (received -1)`.
 *
 * These helpers are internal (not re-exported by `index.ts`); they are exported from this module only so the
 * other modules of the package can share them.
 *
 * @module
 */

/** Tolerance for "sums to 1" checks on probability vectors: $\left|\sum_i p_i - 1\right| \le 10^{-9}$. */
export const PROBABILITY_SUM_TOLERANCE = 1e-9;

/**
 * Renders a received value for an error message: numbers as JavaScript prints them (`-1`, `NaN`, `Infinity`),
 * strings quoted, anything else by its type.
 *
 * @example
 * describeValue(-1); // '-1'
 * describeValue('a'); // '"a"'
 * describeValue(undefined); // 'undefined'
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'null';
  if (typeof value === 'boolean' || typeof value === 'bigint' || value === undefined) return String(value);
  if (typeof value === 'object' && 'length' in value) return `array of length ${String((value as { length: unknown }).length)}`;
  return typeof value;
}

/**
 * Throws `RangeError("<name> must be <expected> (received <value>)")`.
 *
 * @example
 * fail('beta', 'a finite number > 0', -1); // throws RangeError: beta must be a finite number > 0 (received -1)
 */
export function fail(name: string, expected: string, received: unknown): never {
  throw new RangeError(`${name} must be ${expected} (received ${describeValue(received)})`);
}

/**
 * Checks that `value` is a finite number ($x \in \mathbb{R}$, not `NaN`, not $\pm\infty$) and returns it.
 *
 * @example
 * assertFinite('x', 2); // 2
 * assertFinite('x', NaN); // throws RangeError: x must be a finite number (received NaN)
 */
export function assertFinite(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(name, 'a finite number', value);
  return value;
}

/**
 * Checks that `value` is a number that is not `NaN` ($\pm\infty$ allowed) and returns it. Used by the scalar
 * primitives whose limits at $\pm\infty$ are well defined.
 *
 * @example
 * assertNotNaN('z', -Infinity); // -Infinity
 * assertNotNaN('z', NaN); // throws RangeError: z must be a number, not NaN (received NaN)
 */
export function assertNotNaN(name: string, value: unknown): number {
  if (typeof value !== 'number' || Number.isNaN(value)) fail(name, 'a number, not NaN', value);
  return value;
}

/**
 * Checks that `value` is a finite number $> 0$ and returns it.
 *
 * @example
 * assertPositive('beta', 0.1); // 0.1
 * assertPositive('beta', -1); // throws RangeError: beta must be a finite number > 0 (received -1)
 */
export function assertPositive(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || !(value > 0)) fail(name, 'a finite number > 0', value);
  return value;
}

/**
 * Checks that `value` is a finite number in the interval described by `lower`/`upper` and the two inclusion
 * flags (both inclusive by default), and returns it.
 *
 * @example
 * assertInInterval('labelSmoothing', 0.1, 0, 0.5); // 0.1
 * assertInInterval('epsilon', 0.5, 0, 0.5, { upperInclusive: false }); // throws RangeError: epsilon must be a finite number in [0, 0.5) (received 0.5)
 */
export function assertInInterval(
  name: string,
  value: unknown,
  lower: number,
  upper: number,
  { lowerInclusive = true, upperInclusive = true }: { lowerInclusive?: boolean; upperInclusive?: boolean } = {},
): number {
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (lowerInclusive ? value >= lower : value > lower) &&
    (upperInclusive ? value <= upper : value < upper);
  if (!ok) {
    const interval = `${lowerInclusive ? '[' : '('}${String(lower)}, ${String(upper)}${upperInclusive ? ']' : ')'}`;
    fail(name, `a finite number in ${interval}`, value);
  }
  return value as number;
}

/**
 * Checks that `value` is an integer $\ge$ `min` (and $\le$ `max` when given; default range: all safe integers)
 * and returns it.
 *
 * @example
 * assertInteger('bins', 10, 1); // 10
 * assertInteger('bins', 2.5, 1); // throws RangeError: bins must be an integer >= 1 (received 2.5)
 */
export function assertInteger(name: string, value: unknown, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    const parts: string[] = [];
    if (min > Number.MIN_SAFE_INTEGER) parts.push(`>= ${String(min)}`);
    if (max < Number.MAX_SAFE_INTEGER) parts.push(`<= ${String(max)}`);
    fail(name, parts.length > 0 ? `an integer ${parts.join(' and ')}` : 'an integer', value);
  }
  return value;
}

/**
 * Checks that `values` is array-like and, unless `allowEmpty`, non-empty; returns its length.
 *
 * @example
 * assertNonEmpty('values', [1, 2]); // 2
 * assertNonEmpty('values', []); // throws RangeError: values must be a non-empty array (received array of length 0)
 */
export function assertNonEmpty(name: string, values: unknown, allowEmpty = false): number {
  if (values === null || typeof values !== 'object' || typeof (values as { length?: unknown }).length !== 'number') {
    fail(name, 'an array of numbers', values);
  }
  const length = (values as ArrayLike<unknown>).length;
  if (!allowEmpty && length === 0) fail(name, 'a non-empty array', values);
  return length;
}

/**
 * Copies `values` into a new `Float64Array` after checking it is a non-empty array of finite numbers
 * (every $x_i \in \mathbb{R}$). The error names the offending entry, e.g. `rewards[2]`.
 *
 * @example
 * toFiniteVector('rewards', [1, 2]); // Float64Array [1, 2]
 * toFiniteVector('rewards', [1, NaN]); // throws RangeError: rewards[1] must be a finite number (received NaN)
 */
export function toFiniteVector(name: string, values: ArrayLike<number>, { allowEmpty = false } = {}): Float64Array<ArrayBuffer> {
  const n = assertNonEmpty(name, values, allowEmpty);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = assertFinite(`${name}[${String(i)}]`, values[i]);
  return out;
}

/**
 * Like {@link toFiniteVector} but entries may be $\pm\infty$ (not `NaN`). Used for logits, where $-\infty$ means
 * "no mass".
 *
 * @example
 * toExtendedVector('logits', [0, -Infinity]); // Float64Array [0, -Infinity]
 */
export function toExtendedVector(name: string, values: ArrayLike<number>): Float64Array<ArrayBuffer> {
  const n = assertNonEmpty(name, values);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = assertNotNaN(`${name}[${String(i)}]`, values[i]);
  return out;
}

/**
 * Checks that two arrays have the same length ($|a| = |b|$) and returns it.
 *
 * @example
 * assertSameLength('a', [1, 2], 'b', [3, 4]); // 2
 * assertSameLength('a', [1], 'b', [3, 4]); // throws RangeError: a and b must have the same length (received 1 and 2)
 */
export function assertSameLength(nameA: string, a: ArrayLike<unknown>, nameB: string, b: ArrayLike<unknown>): number {
  if (a.length !== b.length) {
    throw new RangeError(`${nameA} and ${nameB} must have the same length (received ${String(a.length)} and ${String(b.length)})`);
  }
  return a.length;
}

/**
 * Copies a probability vector into a `Float64Array` after checking every entry is a finite number in $[0, 1]$ and
 * $\left|\sum_i p_i - 1\right| \le 10^{-9}$. The vector is returned as given (not renormalized).
 *
 * @example
 * toProbabilityVector('p', [0.25, 0.75]); // Float64Array [0.25, 0.75]
 * toProbabilityVector('p', [0.5, 0.4]); // throws RangeError: p must be a probability vector summing to 1 within 1e-9 (received sum 0.9)
 */
export function toProbabilityVector(name: string, values: ArrayLike<number>): Float64Array<ArrayBuffer> {
  const p = toFiniteVector(name, values);
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    const v = p[i] as number;
    if (v < 0 || v > 1) fail(`${name}[${String(i)}]`, 'a probability in [0, 1]', v);
    sum += v;
  }
  if (!(Math.abs(sum - 1) <= PROBABILITY_SUM_TOLERANCE)) {
    throw new RangeError(`${name} must be a probability vector summing to 1 within 1e-9 (received sum ${String(sum)})`);
  }
  return p;
}

/**
 * Copies binary outcomes (each `0`, `1`, `false` or `true`) into a `Float64Array` of 0s and 1s.
 *
 * @example
 * toBinaryVector('outcomes', [1, false, true]); // Float64Array [1, 0, 1]
 * toBinaryVector('outcomes', [1, 0.5]); // throws RangeError: outcomes[1] must be 0, 1, true or false (received 0.5)
 */
export function toBinaryVector(name: string, values: ArrayLike<number | boolean>): Float64Array<ArrayBuffer> {
  if (values === null || typeof values !== 'object' || typeof values.length !== 'number') fail(name, 'an array of 0/1 values', values);
  const y = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === true || v === 1) y[i] = 1;
    else if (v === false || v === 0) y[i] = 0;
    else fail(`${name}[${String(i)}]`, '0, 1, true or false', v);
  }
  return y;
}
