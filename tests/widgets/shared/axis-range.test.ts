import { describe, expect, it } from 'vitest';
import { axisRange, sampleRange } from '../../../src/widgets/shared/axis-range.ts';

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
