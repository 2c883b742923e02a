/**
 * Numerically stable primitives (the forms PyTorch uses, e.g. `F.logsigmoid`): the logistic function, its logarithm, softplus,
 * log-sum-exp, softmax and log-softmax.
 *
 * Convention for the scalar functions: `NaN` is rejected with a `RangeError`; $\pm\infty$ is accepted and mapped to
 * the limit of the function (e.g. $\sigma(+\infty) = 1$, $\log\sigma(-\infty) = -\infty$).
 *
 * @module
 */
import { assertNotNaN, assertPositive, fail, toExtendedVector } from './validate.ts';

/**
 * The logistic sigmoid
 * $$ \sigma(z) = \frac{1}{1 + e^{-z}}, $$
 * evaluated as $1/(1+e^{-z})$ for $z \ge 0$ and $e^{z}/(1+e^{z})$ for $z < 0$ so that `exp` never overflows.
 *
 * Edge cases: $\sigma(+\infty) = 1$, $\sigma(-\infty) = 0$; `NaN` throws `RangeError` naming `z`.
 *
 * @example
 * sigmoid(0); // 0.5
 * sigmoid(1.8); // 0.8581489350995123 (Bradley–Terry seed pair 1, content/chapter-2/bradley-terry.mdx)
 */
export function sigmoid(z: number): number {
  assertNotNaN('z', z);
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * The log-sigmoid in PyTorch's stable form
 * $$ \log \sigma(z) = \min(z, 0) - \operatorname{log1p}\!\left(e^{-|z|}\right). $$
 * Never computed as $\log(1/(1+e^{-z}))$, which gives $-\infty$ for $z \lesssim -745$ and loses all precision for
 * $z \gtrsim 37$.
 *
 * Edge cases: $\log\sigma(+\infty) = 0$, $\log\sigma(-\infty) = -\infty$ (the true limit); finite for every finite
 * `z`; `NaN` throws `RangeError` naming `z`.
 *
 * @example
 * logSigmoid(-800); // -800
 * logSigmoid(30); // -9.357622968839737e-14
 * logSigmoid(0); // -0.6931471805599453
 */
export function logSigmoid(z: number): number {
  assertNotNaN('z', z);
  return Math.min(z, 0) - Math.log1p(Math.exp(-Math.abs(z)));
}

/**
 * Softplus, the smooth ReLU:
 * $$ \operatorname{softplus}(z) = \log(1 + e^{z}) = \max(z, 0) + \operatorname{log1p}\!\left(e^{-|z|}\right), $$
 * so that $-\log\sigma(z) = \operatorname{softplus}(-z)$.
 *
 * Edge cases: $\operatorname{softplus}(+\infty) = +\infty$, $\operatorname{softplus}(-\infty) = 0$; finite for
 * every finite `z`; `NaN` throws `RangeError` naming `z`.
 *
 * @example
 * softplus(0); // 0.6931471805599453
 * softplus(-1.8); // 0.15297761052607411 (= −log σ(1.8))
 */
export function softplus(z: number): number {
  assertNotNaN('z', z);
  return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
}

/**
 * Log-sum-exp with the max shift:
 * $$ \operatorname{LSE}(v) = \log \sum_i e^{v_i} = m + \log \sum_i e^{v_i - m}, \qquad m = \max_i v_i. $$
 *
 * Edge cases: entries may be $\pm\infty$. If $m = -\infty$ (every entry $-\infty$, i.e. no mass) the result is
 * $-\infty$; if some entry is $+\infty$ the result is $+\infty$. Empty input or `NaN` entries throw `RangeError`
 * naming `values`. Finite for finite input unless the true value overflows float64 (only possible near
 * $\max v \approx 1.8\times 10^{308}$).
 *
 * @example
 * logSumExp([0, 0]); // 0.6931471805599453 (= log 2)
 * logSumExp([1000, 1000]); // 1000.6931471805599
 * logSumExp([-Infinity, 0]); // 0
 */
export function logSumExp(values: ArrayLike<number>): number {
  const v = toExtendedVector('values', values);
  return logSumExpUnchecked(v);
}

/**
 * Log-sum-exp of an already validated vector (internal fast path of {@link logSumExp}).
 *
 * @example
 * logSumExpUnchecked(new Float64Array([0, 0])); // 0.6931471805599453
 */
export function logSumExpUnchecked(v: ArrayLike<number>): number {
  let m = -Infinity;
  for (let i = 0; i < v.length; i++) if ((v[i] as number) > m) m = v[i] as number;
  if (m === -Infinity || m === Infinity) return m;
  let s = 0;
  for (let i = 0; i < v.length; i++) s += Math.exp((v[i] as number) - m);
  return m + Math.log(s);
}

/**
 * Shifted, temperature-scaled logits $(v_i - m)/T$ with $m = \max_i v_i$ (all $\le 0$, the maximum exactly 0);
 * when some logits are $+\infty$, those get 0 and every other entry $-\infty$ (the $T\to$ limit of a tie among
 * infinite logits). Internal helper of {@link softmax} and {@link logSoftmax}.
 *
 * @example
 * shiftedLogits(new Float64Array([1, 3]), 2); // Float64Array [-1, 0]
 */
export function shiftedLogits(v: Float64Array, temperature: number): Float64Array<ArrayBuffer> {
  let m = -Infinity;
  for (let i = 0; i < v.length; i++) if ((v[i] as number) > m) m = v[i] as number;
  if (m === -Infinity) fail('logits', 'a vector with at least one entry > -Infinity', v);
  const out = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const x = v[i] as number;
    if (m === Infinity) out[i] = x === Infinity ? 0 : -Infinity;
    else out[i] = x === m ? 0 : (x - m) / temperature;
  }
  return out;
}

/**
 * Softmax with temperature $T > 0$:
 * $$ \operatorname{softmax}(v; T)_i = \frac{e^{v_i/T}}{\sum_j e^{v_j/T}} = \exp\!\left(\frac{v_i - m}{T} - \log\sum_j e^{(v_j - m)/T}\right), \quad m = \max_j v_j. $$
 * The max is subtracted *before* dividing by $T$, so neither $v/T$ nor `exp` overflows, for any finite input and
 * any $T > 0$ (tiny $T$ tends to the one-hot argmax, as it should).
 *
 * Edge cases: an entry $-\infty$ gets probability 0 (used for "no mass", e.g. $\log 0$); if some entries are
 * $+\infty$ they share the mass equally. At least one entry must be $> -\infty$. Empty input, `NaN` entries or
 * $T \le 0$ throw `RangeError` naming the argument. The result sums to 1 up to rounding.
 *
 * @example
 * softmax([0, Math.log(3)]); // ≈ Float64Array [0.25, 0.75]
 * softmax([1e300, -1e300]); // Float64Array [1, 0]
 * softmax([0, Math.log(3)], 2); // Float64Array [0.3660254037844387, 0.6339745962155614] (= [1, √3]/(1 + √3))
 */
export function softmax(logits: ArrayLike<number>, temperature = 1): Float64Array<ArrayBuffer> {
  assertPositive('temperature', temperature);
  const shifted = shiftedLogits(toExtendedVector('logits', logits), temperature);
  let s = 0;
  for (let i = 0; i < shifted.length; i++) {
    const e = Math.exp(shifted[i] as number);
    shifted[i] = e;
    s += e;
  }
  for (let i = 0; i < shifted.length; i++) shifted[i] = (shifted[i] as number) / s;
  return shifted;
}

/**
 * Log-softmax with temperature $T > 0$:
 * $$ \log\operatorname{softmax}(v; T)_i = \frac{v_i - m}{T} - \log \sum_j e^{(v_j - m)/T}, \qquad m = \max_j v_j. $$
 *
 * Edge cases: entries $-\infty$ give $-\infty$ (the true value, $\log 0$); if some entries are $+\infty$ they get
 * $-\log k$ ($k$ = how many) and the others $-\infty$. Finite for finite input. Empty input, `NaN` entries or
 * $T \le 0$ throw `RangeError` naming the argument.
 *
 * @example
 * logSoftmax([0, 0]); // Float64Array [-0.6931471805599453, -0.6931471805599453]
 * logSoftmax([0, -Infinity]); // Float64Array [0, -Infinity]
 */
export function logSoftmax(logits: ArrayLike<number>, temperature = 1): Float64Array<ArrayBuffer> {
  assertPositive('temperature', temperature);
  const shifted = shiftedLogits(toExtendedVector('logits', logits), temperature);
  let s = 0;
  for (let i = 0; i < shifted.length; i++) s += Math.exp(shifted[i] as number);
  const lse = Math.log(s);
  for (let i = 0; i < shifted.length; i++) shifted[i] = (shifted[i] as number) - lse;
  return shifted;
}
