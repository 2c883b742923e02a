/**
 * A small dense linear solver shared by the Newton fits of the trainers (`tabular-bradley-terry-map.ts`,
 * `linear-bradley-terry-map.ts`). Internal: not re-exported from the barrel.
 *
 * @module
 */

/**
 * Solves the symmetric positive definite system $A v = b$ by Cholesky factorisation $A = L L^\top$, then forward
 * and back substitution. Meant for the $K \times K$ or $D \times D$ Newton systems of the trainers (a handful of
 * unknowns); the callers guarantee positive definiteness (a prior adds $\lambda I$ with $\lambda > 0$).
 *
 * @example
 * solveSpd([[4, 2], [2, 3]], [2, 1]); // [0.5, 0] (4·0.5 + 2·0 = 2, 2·0.5 + 3·0 = 1)
 */
export function solveSpd(a: readonly (readonly number[])[], b: readonly number[]): number[] {
  const k = b.length;
  const l = a.map((row) => row.map(() => 0));
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i]![j]!;
      for (let m = 0; m < j; m++) s -= l[i]![m]! * l[j]![m]!;
      l[i]![j] = i === j ? Math.sqrt(s) : s / l[j]![j]!;
    }
  }
  const z = new Array<number>(k).fill(0);
  for (let i = 0; i < k; i++) {
    let s = b[i]!;
    for (let m = 0; m < i; m++) s -= l[i]![m]! * z[m]!;
    z[i] = s / l[i]![i]!;
  }
  const v = new Array<number>(k).fill(0);
  for (let i = k - 1; i >= 0; i--) {
    let s = z[i]!;
    for (let m = i + 1; m < k; m++) s -= l[m]![i]! * v[m]!;
    v[i] = s / l[i]![i]!;
  }
  return v;
}
