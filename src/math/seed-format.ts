/**
 * Number formatting that reproduces what the seed notebook prints (the notebook this course grew from): Python's
 * `f"{x:.nf}"`, numpy's `np.round(x, n)` and numpy's default array printing. The parity page uses these so its
 * text matches the notebook's recorded output (src/course/seed-notebook-output.txt) character for character.
 *
 * @module
 */
import { assertInteger, assertNotNaN, toExtendedVector } from './validate.ts';

/** Exact decomposition of a finite double: $|x| = m \cdot 2^{e}$ with integer $m$, and the sign bit. */
function decompose(x: number): { negative: boolean; mantissa: bigint; exponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const negative = hi >>> 31 === 1;
  const biased = (hi >>> 20) & 0x7ff;
  const fracHi = hi & 0xfffff;
  let mantissa = (BigInt(fracHi) << 32n) | BigInt(lo);
  let exponent: number;
  if (biased === 0) exponent = -1074;
  else {
    mantissa |= 1n << 52n;
    exponent = biased - 1075;
  }
  return { negative, mantissa, exponent };
}

/**
 * Python's fixed-point formatting `f"{x:.{digits}f}"`: the exact binary value of `x` rounded to `digits`
 * decimals, ties to even (JavaScript's `toFixed` rounds exact ties away from zero, e.g. `(0.125).toFixed(2)` is
 * `'0.13'` where Python prints `'0.12'`):
 * $$ \text{round}_{\text{half-even}}\!\left(x \cdot 10^{d}\right) / 10^{d}. $$
 *
 * Edge cases: the sign of negative values that round to zero is kept (`'-0.000'`, as Python does); `NaN`,
 * `Infinity` and `-Infinity` print as `'nan'`, `'inf'`, `'-inf'`. `digits` must be an integer in $[0, 100]$,
 * else `RangeError` naming `digits`.
 *
 * @example
 * formatFixed(0.84, 3); // '0.840'
 * formatFixed(0.125, 2); // '0.12' (tie to even)
 * formatFixed(0.4997938502, 4); // '0.4998'
 */
export function formatFixed(x: number, digits: number): string {
  assertInteger('digits', digits, 0, 100);
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const { negative, mantissa, exponent } = decompose(x);
  const scale = 10n ** BigInt(digits);
  let q: bigint;
  if (exponent >= 0) q = (mantissa << BigInt(exponent)) * scale;
  else {
    const num = mantissa * scale;
    const den = 1n << BigInt(-exponent);
    q = num / den;
    const twice = 2n * (num - q * den);
    if (twice > den || (twice === den && q % 2n === 1n)) q += 1n;
  }
  let s = q.toString();
  if (digits > 0) {
    s = s.padStart(digits + 1, '0');
    s = `${s.slice(0, s.length - digits)}.${s.slice(s.length - digits)}`;
  }
  return negative ? `-${s}` : s;
}

/** Round half to even, like C's `rint` in the default rounding mode. */
function rint(y: number): number {
  const r = Math.round(y);
  return Math.abs(y % 1) === 0.5 ? 2 * Math.round(y / 2) : r;
}

/**
 * numpy's `np.round(x, decimals)` for float64 and `decimals` $\ge 0$: **not** correctly rounded; numpy computes
 * $$ \operatorname{rint}\!\left(x \cdot 10^{d}\right) / 10^{d} $$
 * with round-half-even `rint`, and so does this function (bit for bit).
 *
 * Edge cases: $\pm\infty$ pass through; `NaN` throws `RangeError` naming `x`; `decimals` must be an integer in
 * $[0, 22]$ (so $10^d$ is exact), else `RangeError`.
 *
 * @example
 * numpyRound(0.8581489350995123, 3); // 0.858
 * numpyRound(2.5, 0); // 2 (half to even)
 */
export function numpyRound(x: number, decimals: number): number {
  assertNotNaN('x', x);
  assertInteger('decimals', decimals, 0, 22);
  let f = 1;
  for (let i = 0; i < decimals; i++) f *= 10;
  return rint(x * f) / f;
}

/** numpy's unique (shortest round-trip) digits of |x|, with at most `precision` fractional digits. */
function positionalParts(x: number, precision: number): { sign: string; int: string; frac: string } {
  const negative = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  let s = String(a);
  if (/e/i.test(s) || (s.split('.')[1] ?? '').length > precision) {
    s = formatFixed(a, precision);
    if (s.includes('.')) s = s.replace(/0+$/, '');
  }
  const [int = '0', frac = ''] = s.split('.');
  return { sign: negative ? '-' : '', int, frac };
}

/**
 * numpy's default `print` of a 1-D float64 array (`str(np.array(...))`, `floatmode='maxprec'`, `precision=8`), for
 * values numpy prints in positional notation: each element with its shortest round-trip digits (at most 8
 * decimals), integer parts right-aligned (a space where a `-` would go), fractional parts left-aligned and padded
 * with spaces, separated by one space, in brackets:
 * $$ [0.858,\ 0.574] \mapsto \texttt{"[0.858 0.574]"}, \qquad [0.14, -0.01] \mapsto \texttt{"[ 0.14 -0.01]"}. $$
 *
 * Limits: no line wrapping (numpy wraps at 75 characters) and no scientific notation (numpy switches when the
 * largest magnitude is $\ge 10^8$, the smallest non-zero $< 10^{-4}$, or their ratio $> 10^3$; this function keeps
 * positional digits there). Non-finite entries print as `nan`, `inf`, `-inf`. Empty input prints `[]`.
 *
 * @example
 * formatNumpyArray([0.14, 0.07, -0.01, 0.15]); // '[ 0.14  0.07 -0.01  0.15]'
 * formatNumpyArray([0.5, 0.25, 1]); // '[0.5  0.25 1.  ]'
 */
export function formatNumpyArray(values: ArrayLike<number>, precision = 8): string {
  assertInteger('precision', precision, 0, 100);
  if (values.length === 0) return '[]';
  const v = toExtendedVector('values', values);
  const parts = Array.from(v, (x) =>
    Number.isFinite(x) ? positionalParts(x, precision) : { sign: x < 0 ? '-' : '', int: 'inf', frac: '', special: true },
  );
  let padLeft = 0;
  let padRight = 0;
  for (const p of parts) {
    padLeft = Math.max(padLeft, p.sign.length + p.int.length);
    padRight = Math.max(padRight, p.frac.length);
  }
  const cells = parts.map((p) => {
    const left = (p.sign + p.int).padStart(padLeft, ' ');
    if ('special' in p) return left.padEnd(padLeft + 1 + padRight, ' ');
    return `${left}.${p.frac.padEnd(padRight, ' ')}`;
  });
  return `[${cells.join(' ')}]`;
}
