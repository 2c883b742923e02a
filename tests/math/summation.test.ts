import { describe, expect, it } from 'vitest';
import { mean, sum } from '../../src/math/summation.ts';

describe('sum(values)', () => {
  it('is compensated (Neumaier)', () => {
    expect(sum([0.1, 0.2, 0.3])).toBe(0.6); // naive: 0.6000000000000001
    expect(sum([1e100, 1, -1e100])).toBe(1); // naive: 0
    expect(sum([1.5e308, 1.5e308, -1.5e308])).toBe(1.5e308); // naive: Infinity, then NaN in the compensation
    expect(sum([1.5e308, 1.5e308])).toBe(Infinity); // the true sum overflows
    expect(sum([])).toBe(0);
  });
  it('rejects non-finite entries', () => {
    expect(() => sum([1, Infinity])).toThrow(/values\[1\] must be a finite number/);
  });
});

describe('mean(values)', () => {
  it('averages', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
  });
  it('does not overflow when the sum would', () => {
    expect(mean([1.5e308, 1.5e308])).toBe(1.5e308);
    expect(mean([-1.7e308, -1.7e308, -1.7e308])).toBeCloseTo(-1.7e308, -300);
  });
  it('rejects empty input', () => {
    expect(() => mean([])).toThrow(new RangeError('values must be a non-empty array (received array of length 0)'));
  });
});
