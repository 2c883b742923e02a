import { describe, expect, it } from 'vitest';
import { linspace } from '../../src/math/linspace.ts';

describe('linspace(start, stop, num)', () => {
  it('reproduces np.linspace(0, 2, 50) bit for bit (values printed by numpy)', () => {
    const g = linspace(0, 2, 50);
    expect(g).toHaveLength(50);
    expect(g[1]).toBe(0.04081632653061224);
    expect(g[15]).toBe(0.6122448979591836);
    expect(g[16]).toBe(0.6530612244897959);
    expect(g[49]).toBe(2);
  });
  it('handles small and degenerate sizes', () => {
    expect(Array.from(linspace(0, 2, 5))).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(Array.from(linspace(3, 7, 1))).toEqual([3]);
    expect(linspace(0, 1, 0)).toHaveLength(0);
    expect(Array.from(linspace(1, 1, 3))).toEqual([1, 1, 1]);
  });
  it('rejects bad input', () => {
    expect(() => linspace(0, 1, -1)).toThrow(/num must be an integer >= 0/);
    expect(() => linspace(Number.NaN, 1, 2)).toThrow(/start must be a finite number/);
  });
});
