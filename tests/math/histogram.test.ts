// Expected values from numpy.histogram(values, bins, range) (which puts the right edge in the last bin, as ours
// puts everything at or above hi there), computed independently.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { histogram } from '../../src/math/histogram.ts';

describe('histogram(values, lo, hi, bins)', () => {
  it('counts in equal-width bins (numpy.histogram)', () => {
    expect(histogram([-0.2, 0, 0.3, 0.5, 0.99], -1, 1, 4)).toEqual([0, 1, 2, 2]);
  });

  it('puts values below lo in the first bin and values at or above hi in the last', () => {
    expect(histogram([-9, 1, 9], -1, 1, 4)).toEqual([1, 0, 0, 2]);
  });

  it('always counts every value once (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 }), fc.integer({ min: 1, max: 40 }), (v, bins) => {
        const counts = histogram(v, -4, 4, bins);
        expect(counts).toHaveLength(bins);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(v.length);
      }),
    );
  });

  it('rejects bad arguments with a RangeError naming the argument', () => {
    expect(() => histogram([], 0, 1, 2)).toThrow(/^values/);
    expect(() => histogram([0], 1, 1, 2)).toThrow(/^hi/);
    expect(() => histogram([0], NaN, 1, 2)).toThrow(/^lo/);
    expect(() => histogram([0], 0, 1, 0)).toThrow(/^bins/);
  });
});
