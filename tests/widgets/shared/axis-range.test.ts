import { describe, expect, it } from 'vitest';
import { axisRange, fittedRange, niceStep, sampleRange } from '../../../src/widgets/shared/axis-range.ts';

describe('axisRange(values, halfWidth, padding)', () => {
  it('is at least ±halfWidth', () => {
    expect(axisRange([0.14, -0.01], 3, 1)).toEqual({ min: -3, max: 3 });
  });
  it('widens to the values plus padding, with integer ends, ignoring non-finite values', () => {
    expect(axisRange([9.2, -7.5, Number.NaN], 3, 1)).toEqual({ min: -9, max: 11 });
  });
});

describe('sampleRange(range, count)', () => {
  it('spaces samples evenly and ends exactly on both ends', () => {
    expect(Array.from(sampleRange({ min: -1, max: 1 }, 5))).toEqual([-1, -0.5, 0, 0.5, 1]);
    const grid = sampleRange({ min: -6, max: 6 }, 241);
    expect(grid.length).toBe(241);
    expect(grid[240]).toBe(6);
  });
});

describe('niceStep(x)', () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect([0.0208, 0.2, 0.21, 3, 7, 10].map(niceStep)).toEqual([0.05, 0.2, 0.5, 5, 10, 10]);
  });
});

describe('fittedRange(values, options)', () => {
  it('fits close values with padding and nice ends (seed DPO margins, 0 included)', () => {
    // extent [−0.01, 0.15], padded by 0.15 · 0.16 = 0.024 → [−0.034, 0.174], step niceStep(0.0208) = 0.05
    expect(fittedRange([0.14, 0.07, -0.01, 0.15], { include: [0] })).toEqual({ min: -0.05, max: 0.2 });
  });
  it('widens a spread narrower than minSpan around its centre', () => {
    // [4.95, 5.05] padded by 0.015 → [4.935, 5.065], step 0.02
    expect(fittedRange([5, 5], { minSpan: 0.1 })).toEqual({ min: 4.92, max: 5.08 });
  });
  it('ignores non-finite values and falls back to include, then to the minimum span around 0', () => {
    expect(fittedRange([Number.NaN, Number.POSITIVE_INFINITY], { include: [2] })).toEqual(fittedRange([2]));
    expect(fittedRange([])).toEqual({ min: -0.08, max: 0.08 });
  });
  it('always contains every value and every included point', () => {
    for (const values of [[-7.5, 9.2], [1e-4, 2e-4], [-300, -299.9], [0.3]]) {
      const range = fittedRange(values, { include: [0] });
      for (const v of [...values, 0]) {
        expect(range.min).toBeLessThan(v);
        expect(range.max).toBeGreaterThan(v);
      }
    }
  });
});
