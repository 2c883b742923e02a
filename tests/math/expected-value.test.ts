import { describe, expect, it } from 'vitest';
import { expectedValue } from '../../src/math/expected-value.ts';

describe('expectedValue(p, values)', () => {
  it('is Σ p_i f_i', () => {
    expect(expectedValue([0.25, 0.75], [1, 3])).toBe(2.5);
    expect(expectedValue([1, 0], [2, 1e308])).toBe(2);
  });
  it('rejects bad input', () => {
    expect(() => expectedValue([0.5, 0.5], [1])).toThrow(/p and values must have the same length/);
    expect(() => expectedValue([0.5, 0.5], [1, Number.NaN])).toThrow(/values\[1\]/);
    expect(() => expectedValue([0.6, 0.6], [1, 2])).toThrow(/p must be a probability vector/);
  });
});
