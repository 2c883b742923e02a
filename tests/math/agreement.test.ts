import { describe, expect, it } from 'vitest';
import { cohenKappa, cohenKappaFromTable, fleissKappa, fleissKappaFromLabels, rawAgreement } from '../../src/math/agreement.ts';

/** Expands a 2×2 confusion table into two label arrays. */
function labelsFromTable(table: number[][]): [number[], number[]] {
  const a: number[] = [];
  const b: number[] = [];
  table.forEach((row, i) =>
    row.forEach((count, j) => {
      for (let k = 0; k < count; k++) {
        a.push(i);
        b.push(j);
      }
    }),
  );
  return [a, b];
}

// Fleiss (1971) example as reproduced on Wikipedia ("Fleiss' kappa"): 10 subjects, 14 raters, 5 categories.
const FLEISS_TABLE = [
  [0, 0, 0, 0, 14],
  [0, 2, 6, 4, 2],
  [0, 0, 3, 5, 6],
  [0, 3, 9, 2, 0],
  [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0],
  [3, 2, 6, 3, 0],
  [2, 5, 3, 2, 2],
  [6, 5, 2, 1, 0],
  [0, 2, 2, 3, 7],
];

describe('rawAgreement(labelsA, labelsB)', () => {
  it('is the fraction of equal labels', () => {
    expect(rawAgreement([0, 1, 1, 0], [0, 1, 0, 0])).toBe(0.75);
    expect(rawAgreement([3, -1], [3, -1])).toBe(1);
  });
  it('rejects non-integer labels and unequal lengths', () => {
    expect(() => rawAgreement([0.5], [0])).toThrow(/labelsA\[0\] must be an integer/);
    expect(() => rawAgreement([0, 1], [0])).toThrow(/labelsA and labelsB must have the same length/);
    expect(() => rawAgreement([], [])).toThrow(/labelsA must be a non-empty array/);
  });
});

describe('cohenKappaFromTable(table)', () => {
  it('reproduces the κ paradox tables (Feinstein and Cicchetti 1990, all with p_o = 0.9; numpy)', () => {
    expect(cohenKappaFromTable([[45, 5], [5, 45]])).toBeCloseTo(0.8, 12);
    expect(cohenKappaFromTable([[85, 5], [5, 5]])).toBeCloseTo(0.444444, 6);
    expect(cohenKappaFromTable([[90, 5], [5, 0]])).toBeCloseTo(-0.052632, 6);
  });
  it('returns 1 when p_e = 1', () => expect(cohenKappaFromTable([[7, 0], [0, 0]])).toBe(1));
  it('rejects bad tables', () => {
    expect(() => cohenKappaFromTable([[1, 2, 3], [1, 2, 3]])).toThrow(/table\[0\] must be a row of length 2/);
    expect(() => cohenKappaFromTable([[1, -1], [0, 1]])).toThrow(/table\[0\]\[1\] must be an integer >= 0/);
    expect(() => cohenKappaFromTable([[0, 0], [0, 0]])).toThrow(/table must be a table with a positive total count/);
  });
});

describe('cohenKappa(labelsA, labelsB)', () => {
  it('agrees with the table form on the paradox tables', () => {
    for (const table of [
      [[45, 5], [5, 45]],
      [[85, 5], [5, 5]],
      [[90, 5], [5, 0]],
    ]) {
      const [a, b] = labelsFromTable(table);
      expect(rawAgreement(a, b)).toBeCloseTo(0.9, 15);
      expect(cohenKappa(a, b)).toBe(cohenKappaFromTable(table));
    }
  });
  it('handles more than two categories and arbitrary integer codes', () => {
    // p_o = 4/6, marginals A: {-1: 2, 5: 2, 9: 2}, B: {-1: 3, 5: 2, 9: 1}; p_e = (6 + 4 + 2)/36 = 1/3 → κ = (2/3 − 1/3)/(2/3) = 0.5
    expect(cohenKappa([-1, -1, 5, 5, 9, 9], [-1, -1, 5, -1, 9, 5])).toBeCloseTo(0.5, 15);
  });
  it('is 1 for perfect agreement and ≤ 0 for agreement at chance', () => {
    expect(cohenKappa([0, 1, 2], [0, 1, 2])).toBe(1);
    expect(cohenKappa([0, 0, 1, 1], [0, 1, 0, 1])).toBe(0);
  });
  it('defines κ = 1 when both raters are constant (p_e = 1)', () => {
    expect(cohenKappa([1, 1, 1], [1, 1, 1])).toBe(1);
  });
  it('is −1 for systematic disagreement on balanced labels', () => {
    expect(cohenKappa([0, 1, 0, 1], [1, 0, 1, 0])).toBe(-1);
  });
});

describe('fleissKappa(table)', () => {
  it('reproduces Fleiss (1971) κ = 0.209931 (the 10 × 14 example above; numpy)', () => {
    expect(fleissKappa(FLEISS_TABLE)).toBeCloseTo(0.209931, 6);
  });
  it('reduces to 1 for unanimous items in several categories', () => {
    expect(fleissKappa([[3, 0], [0, 3], [3, 0]])).toBe(1);
  });
  it('defines κ = 1 when every rating is in one category', () => {
    expect(fleissKappa([[4, 0], [4, 0]])).toBe(1);
  });
  it('rejects malformed tables', () => {
    expect(() => fleissKappa([[1, 1], [2, 1]])).toThrow(/table\[1\] must be a row whose counts sum to 2/);
    expect(() => fleissKappa([[1, 1], [2]])).toThrow(/table\[1\] must be a row of length 2/);
    expect(() => fleissKappa([[1, 0]])).toThrow(/table\[0\] must be a row whose counts sum to at least 2 raters/);
    expect(() => fleissKappa([[1.5, 0.5]])).toThrow(/table\[0\]\[0\] must be an integer >= 0/);
    expect(() => fleissKappa([])).toThrow(/table must be a non-empty array/);
  });
});

describe('fleissKappaFromLabels(raters)', () => {
  it('is Scott’s π for two raters (numpy: pooled marginals, P̄ = 0.75, P̄_e = 0.53125 → 0.466667)', () => {
    expect(fleissKappaFromLabels([[0, 0, 1, 1], [0, 0, 1, 0]])).toBeCloseTo(0.4666666666666667, 14);
  });
  it('matches fleissKappa on the count table it builds (Fleiss 1971 table expanded to 14 raters)', () => {
    const raters: number[][] = Array.from({ length: 14 }, () => []);
    FLEISS_TABLE.forEach((counts) => {
      let r = 0;
      counts.forEach((count, category) => {
        for (let c = 0; c < count; c++) (raters[r++] as number[]).push(category);
      });
    });
    expect(fleissKappaFromLabels(raters)).toBeCloseTo(0.20993070442195522, 14);
  });
  it('rejects one rater, unequal lengths and non-integer labels', () => {
    expect(() => fleissKappaFromLabels([[0, 1]])).toThrow(/raters must be an array of at least 2 raters/);
    expect(() => fleissKappaFromLabels([[0, 1], [0]])).toThrow(/same length/);
    expect(() => fleissKappaFromLabels([[0, 1], [0, 0.5]])).toThrow(/raters\[1\]\[1\] must be an integer/);
  });
});
