/**
 * Least-squares fits of Gao, Schulman & Hilton's (2022) functional forms for the gold reward against the square
 * root of the KL, $d = \sqrt{\mathrm{KL}(\pi\,\|\,\pi_{\mathrm{ref}})}$.
 *
 * Gao et al. write the coefficients $\alpha$ and $\beta$; here (and in content/chapter-4/overoptimization.mdx)
 * they are $a$ and $b$, because $\beta$ is the KL coefficient everywhere else in the course.
 *
 * @module
 */
import { assertSameLength, fail, toFiniteVector } from './validate.ts';

/** A fitted form $R(d) = d\,(a - b\,g(d))$ with $g(d) = d$ (best-of-$n$) or $g(d) = \log d$ (RL). */
export interface GaoFit {
  /** The coefficient $a$ (Gao et al.'s $\alpha$): the slope at $d = 0$ of the best-of-$n$ form; in the RL form the slope at $d = 1$ is $a - b$ (at $d \to 0$ it is unbounded when $b > 0$). */
  a: number;
  /** The coefficient $b$ (Gao et al.'s $\beta$): how fast the gold reward bends down. */
  b: number;
  /** The residual sum of squares $\sum_i (R_i - \hat R(d_i))^2$. */
  rss: number;
  /** The root mean square residual $\sqrt{\mathrm{rss}/m}$. */
  rmse: number;
}

/** The two forms: `bon` is $d(a - bd)$, `rl` is $d(a - b \log d)$. */
export type GaoForm = 'bon' | 'rl';

function bend(form: GaoForm, d: number): number {
  // d log d → 0 as d → 0, so the point d = 0 carries no information about b in the RL form.
  if (form === 'bon') return d;
  return d === 0 ? 0 : Math.log(d);
}

/**
 * Fits $R(d) = a\,d - b\,d\,g(d)$ (no intercept: both forms are 0 at $d = 0$) to points $(d_i, R_i)$ by ordinary
 * least squares. With the columns $u_i = d_i$ and $v_i = -d_i\, g(d_i)$ the normal equations are
 * $$ \begin{pmatrix} \sum u^2 & \sum uv \\ \sum uv & \sum v^2 \end{pmatrix} \begin{pmatrix} a \\ b \end{pmatrix}
 *    = \begin{pmatrix} \sum uR \\ \sum vR \end{pmatrix}, $$
 * solved by Cramer's rule. `form` is `'bon'` ($g(d) = d$) or `'rl'` ($g(d) = \log d$).
 *
 * Edge cases: `distances` finite and $\ge 0$, `rewards` finite of the same length, `form` one of the two, and
 * the two columns must not be proportional (at least two distinct $d > 0$, and for `'rl'` not only $d = 1$ and
 * $d = 0$); otherwise `RangeError` naming the argument.
 *
 * @example
 * fitGaoForm('bon', [1, 2, 3], [0.75, 1, 0.75]).a; // 1 (the points lie on d(1 − 0.25 d): b = 0.25, rss = 0)
 */
export function fitGaoForm(form: GaoForm, distances: ArrayLike<number>, rewards: ArrayLike<number>): GaoFit {
  if (form !== 'bon' && form !== 'rl') fail('form', "'bon' or 'rl'", form);
  const d = toFiniteVector('distances', distances);
  const r = toFiniteVector('rewards', rewards);
  assertSameLength('distances', d, 'rewards', r);
  let suu = 0;
  let suv = 0;
  let svv = 0;
  let sur = 0;
  let svr = 0;
  for (let i = 0; i < d.length; i++) {
    const di = d[i] as number;
    if (di < 0) fail(`distances[${String(i)}]`, 'a finite number >= 0', di);
    const u = di;
    const v = -di * bend(form, di);
    const ri = r[i] as number;
    suu += u * u;
    suv += u * v;
    svv += v * v;
    sur += u * ri;
    svr += v * ri;
  }
  const det = suu * svv - suv * suv;
  if (!(det > 1e-12 * Math.max(suu * svv, Number.MIN_VALUE))) {
    fail('distances', 'values that make the two columns of the fit independent (at least two distinct d > 0)', distances);
  }
  const a = (sur * svv - svr * suv) / det;
  const b = (suu * svr - suv * sur) / det;
  let rss = 0;
  for (let i = 0; i < d.length; i++) {
    const di = d[i] as number;
    const e = (r[i] as number) - (a * di - b * di * bend(form, di));
    rss += e * e;
  }
  return { a, b, rss, rmse: Math.sqrt(rss / d.length) };
}

/**
 * Where a fitted form peaks: $d^* = a/(2b)$ for best-of-$n$ and $d^* = e^{a/b - 1}$ for RL; `null` when
 * $b \le 0$ (the fitted curve never turns down).
 *
 * Edge cases: `form` one of the two, `a` and `b` finite; otherwise `RangeError` naming the argument. A peak too
 * far out to represent (RL with $a/b > 710$) is `Infinity`.
 *
 * @example
 * gaoPeak('bon', 1, 0.25); // 2
 * gaoPeak('rl', 1, 0.5); // 2.718281828459045 (= e)
 */
export function gaoPeak(form: GaoForm, a: number, b: number): number | null {
  if (form !== 'bon' && form !== 'rl') fail('form', "'bon' or 'rl'", form);
  if (!Number.isFinite(a)) fail('a', 'a finite number', a);
  if (!Number.isFinite(b)) fail('b', 'a finite number', b);
  if (b <= 0) return null;
  return form === 'bon' ? a / (2 * b) : Math.exp(a / b - 1);
}
