import { describe, expect, it } from 'vitest';
import { solveSpd } from '../../../src/math/trainers/solve-spd.ts';

describe('solveSpd(a, b)', () => {
  it('solves small symmetric positive definite systems (numpy.linalg.solve)', () => {
    expect(solveSpd([[4, 2], [2, 3]], [2, 1])).toEqual([0.5, 0]);
    // numpy.linalg.solve([[4, 1, 2], [1, 5, 3], [2, 3, 6]], [1, 2, 3]) → [-6.9e-18, 0.14285714285714282, 0.4285714285714286] (0, 1/7, 3/7)
    const v = solveSpd([[4, 1, 2], [1, 5, 3], [2, 3, 6]], [1, 2, 3]);
    [0, 1 / 7, 3 / 7].forEach((x, i) => expect(v[i]).toBeCloseTo(x, 14));
  });
});
