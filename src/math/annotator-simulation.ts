/**
 * Simulated annotators for content/chapter-3/annotator-agreement.mdx: a reference annotator A labels items yes (1)
 * or no (0) at a base rate, and every further annotator copies A's label and flips it with a flip rate,
 * independently. With two annotators this is exactly the seed notebook's "reviewer agreement" demo, drawn from the
 * same numpy stream, and {@link flipModelAgreement} gives the values the sample's statistics scatter around.
 *
 * @module
 */
import { cohenKappa } from './agreement.ts';
import type { NumpyRandomState } from './random.ts';
import { assertInInterval, assertInteger, fail } from './validate.ts';

/** Options of {@link simulateAnnotators}. */
export interface AnnotatorSimulationOptions {
  /** Number of items $n$, an integer $\ge 1$. */
  n: number;
  /** Probability $b$ that annotator A says yes, in $[0, 1]$. */
  baseRate: number;
  /** Probability $f$ that each further annotator flips A's label, in $[0, 1]$. */
  flipRate: number;
  /** Number of annotators $m \ge 2$ (A and $m - 1$ copies). */
  annotators: number;
}

/**
 * Draws the labels of $m$ annotators on $n$ items, consuming `rng` exactly as numpy does for
 * `a = np.random.choice([0, 1], size=n, p=[1 - b, b])`, then for each further annotator
 * `flip = np.random.rand(n) < f; labels = np.where(flip, 1 - a, a)`. Row 0 is annotator A.
 *
 * Edge cases: `n` an integer $\ge 1$, `annotators` an integer in $[2, 100]$, rates in $[0, 1]$; otherwise
 * `RangeError` naming the option.
 *
 * @example
 * const labels = simulateAnnotators(numpyRandom(42), { n: 300, baseRate: 0.3, flipRate: 0.12, annotators: 2 });
 * rawAgreement(labels[0], labels[1]); // 0.84 (the seed notebook's agreement=0.840)
 */
export function simulateAnnotators(rng: NumpyRandomState, { n, baseRate, flipRate, annotators }: AnnotatorSimulationOptions): Float64Array<ArrayBuffer>[] {
  assertInteger('n', n, 1);
  assertInInterval('baseRate', baseRate, 0, 1);
  assertInInterval('flipRate', flipRate, 0, 1);
  assertInteger('annotators', annotators, 2, 100);
  const reference = rng.choice([0, 1], n, [1 - baseRate, baseRate]);
  const labels = [reference];
  for (let j = 1; j < annotators; j++) {
    const flip = rng.rand(n);
    labels.push(reference.map((a, i) => ((flip[i] as number) < flipRate ? 1 - a : a)));
  }
  return labels;
}

/** Population values of {@link flipModelAgreement}. */
export interface FlipModelAgreement {
  /** Expected raw agreement of A and B, $p_o = 1 - f$. */
  agreement: number;
  /** Rate at which B says yes, $q = b(1-f) + (1-b)f$. */
  yesRateB: number;
  /** Chance agreement $p_e = b q + (1 - b)(1 - q)$. */
  chance: number;
  /** $\kappa = (p_o - p_e)/(1 - p_e)$, or 1 when $p_e = 1$ (the convention of agreement.ts). */
  kappa: number;
}

/**
 * Raw agreement, chance agreement and Cohen's κ of annotator A (yes with probability $b$) and annotator B (A's
 * label flipped with probability $f$), in the population:
 * $$ p_o = 1 - f, \quad q = b(1-f) + (1-b)f, \quad p_e = bq + (1-b)(1-q), \quad \kappa = \frac{p_o - p_e}{1 - p_e}. $$
 * $p_o$ does not depend on $b$; $p_e$ does, which is the κ paradox (Feinstein and Cicchetti 1990).
 *
 * Edge cases: rates in $[0, 1]$, else `RangeError` naming the argument; $p_e = 1$ (only when $b \in \{0, 1\}$ and
 * $f = 0$) gives κ = 1.
 *
 * @example
 * flipModelAgreement(0.3, 0.12); // { agreement: 0.88, yesRateB: ≈ 0.348, chance: ≈ 0.5608, kappa: ≈ 0.726776 }
 * flipModelAgreement(0.02, 0.12).kappa; // ≈ 0.198889
 */
export function flipModelAgreement(baseRate: number, flipRate: number): FlipModelAgreement {
  assertInInterval('baseRate', baseRate, 0, 1);
  assertInInterval('flipRate', flipRate, 0, 1);
  const agreement = 1 - flipRate;
  const q = baseRate * (1 - flipRate) + (1 - baseRate) * flipRate;
  const chance = baseRate * q + (1 - baseRate) * (1 - q);
  const kappa = chance === 1 ? 1 : (agreement - chance) / (1 - chance);
  return { agreement, yesRateB: q, chance, kappa };
}

/**
 * Chance agreement $p_e = p_A p_B + (1 - p_A)(1 - p_B)$ of two raters' binary (0/1) labels, from their yes-rates
 * $p_A$, $p_B$: the agreement two independent raters with these label rates would reach.
 *
 * Edge cases: labels must be 0 or 1, both arrays non-empty and of equal length; otherwise `RangeError` naming
 * the argument.
 *
 * @example
 * chanceAgreement([1, 1, 0, 0], [1, 0, 0, 0]); // 0.5 (= 0.5 · 0.25 + 0.5 · 0.75)
 */
export function chanceAgreement(labelsA: ArrayLike<number>, labelsB: ArrayLike<number>): number {
  cohenKappa(labelsA, labelsB); // validates both arrays (integers, non-empty, equal length)
  const n = labelsA.length;
  let yesA = 0;
  let yesB = 0;
  for (let i = 0; i < n; i++) {
    const a = labelsA[i] as number;
    const b = labelsB[i] as number;
    if (a !== 0 && a !== 1) fail(`labelsA[${String(i)}]`, '0 or 1', a);
    if (b !== 0 && b !== 1) fail(`labelsB[${String(i)}]`, '0 or 1', b);
    yesA += a;
    yesB += b;
  }
  const pA = yesA / n;
  const pB = yesB / n;
  return pA * pB + (1 - pA) * (1 - pB);
}
