/**
 * Evenly spaced grids, computed like numpy's `linspace`.
 *
 * @module
 */
import { assertFinite, assertInteger } from './validate.ts';

/**
 * `num` evenly spaced points from `start` to `stop` inclusive, computed exactly as numpy's
 * `np.linspace(start, stop, num)` does (so grids match the seed notebook bit for bit):
 * $$ x_i = i \cdot \frac{\mathit{stop} - \mathit{start}}{\mathit{num} - 1} + \mathit{start}, \quad i = 0, \dots, \mathit{num}-1, \qquad x_{\mathit{num}-1} = \mathit{stop}. $$
 *
 * Edge cases: `num = 1` gives `[start]`, `num = 0` an empty array; `start`, `stop` finite and `num` an integer
 * $\ge 0$, otherwise `RangeError` naming the argument.
 *
 * @example
 * linspace(0, 2, 5); // Float64Array [0, 0.5, 1, 1.5, 2]
 * linspace(0, 2, 50)[15]; // 0.6122448979591836
 */
export function linspace(start: number, stop: number, num: number): Float64Array<ArrayBuffer> {
  assertFinite('start', start);
  assertFinite('stop', stop);
  assertInteger('num', num, 0);
  const out = new Float64Array(num);
  if (num === 0) return out;
  if (num === 1) {
    out[0] = start;
    return out;
  }
  const div = num - 1;
  const delta = stop - start;
  const step = delta / div;
  for (let i = 0; i < num; i++) out[i] = step === 0 ? ((i / div) * delta) + start : i * step + start;
  out[num - 1] = stop;
  return out;
}
