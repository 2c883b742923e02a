import { expect } from 'vitest';

/**
 * Asserts `actual` and `expected` have the same length and agree entry by entry to `digits` decimals
 * (|a − e| < 10^−digits / 2, vitest's `toBeCloseTo` rule), naming the failing index.
 */
export function expectAllClose(actual: ArrayLike<number>, expected: ArrayLike<number>, digits = 6): void {
  expect(actual.length, 'length').toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    expect(actual[i], `index ${String(i)}`).toBeCloseTo(expected[i] as number, digits);
  }
}
