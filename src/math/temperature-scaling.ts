/**
 * Temperature scaling of a reward model's preference probabilities (Guo et al. 2017, "On Calibration of Modern Neural Networks").
 *
 * @module
 */
import { logSigmoid, sigmoid } from './stable.ts';
import { assertPositive, assertSameLength, fail, toBinaryVector, toFiniteVector } from './validate.ts';

/**
 * Temperature-scaled Bradley–Terry probabilities of reward margins $\Delta_i = r_w - r_l$:
 * $$ P_i = \sigma(\Delta_i / T), \qquad T > 0. $$
 * $T > 1$ softens, $T < 1$ sharpens; the sign of $\Delta_i$ (which answer is preferred) never changes, so accuracy
 * is unchanged.
 *
 * Edge cases: margins finite and non-empty, `temperature` finite $> 0$; otherwise `RangeError` naming the argument.
 *
 * @example
 * temperatureScaledProbabilities([1.8, 0.3, 0.6, -0.3], 2); // ≈ Float64Array [0.710950, 0.537430, 0.574443, 0.462570] (numpy: 1/(1+np.exp(-m/2)))
 */
export function temperatureScaledProbabilities(margins: ArrayLike<number>, temperature: number): Float64Array<ArrayBuffer> {
  const d = toFiniteVector('margins', margins);
  assertPositive('temperature', temperature);
  const out = new Float64Array(d.length);
  for (let i = 0; i < d.length; i++) out[i] = sigmoid((d[i] as number) / temperature);
  return out;
}

/**
 * Mean negative log-likelihood of binary outcomes under temperature-scaled probabilities:
 * $$ \mathrm{NLL}(T) = -\frac{1}{n}\sum_i \big[y_i \log\sigma(\Delta_i/T) + (1-y_i)\log\sigma(-\Delta_i/T)\big]. $$
 * $y_i = 1$ means the answer the margin favours (the "chosen" one) really was preferred.
 *
 * Edge cases: finite margins, `outcomes` 0/1 (or booleans) of the same non-zero length, `temperature` finite
 * $> 0$; otherwise `RangeError` naming the argument. Finite for finite input.
 *
 * @example
 * temperatureNll([0], [1], 1); // 0.6931471805599453
 */
export function temperatureNll(margins: ArrayLike<number>, outcomes: ArrayLike<number | boolean>, temperature: number): number {
  const d = toFiniteVector('margins', margins);
  const y = toBinaryVector('outcomes', outcomes);
  assertSameLength('margins', d, 'outcomes', y);
  assertPositive('temperature', temperature);
  return nll(d, y, temperature);
}

function nll(d: Float64Array, y: Float64Array, t: number): number {
  let s = 0;
  for (let i = 0; i < d.length; i++) {
    const z = (d[i] as number) / t;
    s -= (y[i] as number) === 1 ? logSigmoid(z) : logSigmoid(-z);
  }
  return s / d.length;
}

/**
 * Fits the temperature by minimizing {@link temperatureNll} over $\log T \in [\log T_{\min}, \log T_{\max}]$ with a
 * golden-section search (the NLL is unimodal in $\log T$ for these one-parameter models in practice):
 * $$ \hat T = \arg\min_{T \in [T_{\min}, T_{\max}]} \mathrm{NLL}(T). $$
 *
 * Edge cases: if every pair is ordered correctly the NLL keeps decreasing as $T \to 0$ and the search returns
 * $T_{\min}$; the bounds (default $[0.01, 100]$) must satisfy $0 < T_{\min} < T_{\max}$, finite. Argument checks as in
 * {@link temperatureNll}.
 *
 * @example
 * fitTemperature([2, 2, 2, 2], [1, 1, 1, 0]); // ≈ 1.820478 (= 2 / log 3: σ(2/T) = 3/4, the observed rate)
 */
export function fitTemperature(
  margins: ArrayLike<number>,
  outcomes: ArrayLike<number | boolean>,
  { min = 0.01, max = 100 }: { min?: number; max?: number } = {},
): number {
  const d = toFiniteVector('margins', margins);
  const y = toBinaryVector('outcomes', outcomes);
  assertSameLength('margins', d, 'outcomes', y);
  assertPositive('min', min);
  assertPositive('max', max);
  if (!(max > min)) fail('max', `a finite number > min (${String(min)})`, max);
  let a = Math.log(min);
  let b = Math.log(max);
  const g = (Math.sqrt(5) - 1) / 2;
  let c = b - g * (b - a);
  let e = a + g * (b - a);
  let fc = nll(d, y, Math.exp(c));
  let fe = nll(d, y, Math.exp(e));
  for (let k = 0; k < 200 && b - a > 1e-12; k++) {
    if (fc <= fe) {
      b = e;
      e = c;
      fe = fc;
      c = b - g * (b - a);
      fc = nll(d, y, Math.exp(c));
    } else {
      a = c;
      c = e;
      fc = fe;
      e = a + g * (b - a);
      fe = nll(d, y, Math.exp(e));
    }
  }
  return Math.exp((a + b) / 2);
}
