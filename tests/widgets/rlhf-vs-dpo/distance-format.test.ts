import { describe, expect, it } from 'vitest';
import { formatDistance, powerOfTen } from '../../../src/widgets/rlhf-vs-dpo/distance-format.ts';

describe('powerOfTen(exponent)', () => {
  it.each([
    [0, '10⁰'],
    [-6, '10⁻⁶'],
    [-12, '10⁻¹²'],
    [3, '10³'],
  ])('writes 10^%s as %s', (exponent, text) => {
    expect(powerOfTen(exponent)).toBe(text);
  });
});

describe('formatDistance(value)', () => {
  it.each([
    [0.2404396, '0.240'],
    [0.0610257, '0.061'],
    [0.01, '0.010'],
    [0.0031867975, '3.2 × 10⁻³'],
    [0.001, '1.0 × 10⁻³'],
    [5.641578e-7, '5.6 × 10⁻⁷'],
    [0.00017130496, '1.7 × 10⁻⁴'],
    [0, '0'],
    [Number.NaN, '—'],
  ])('writes %s as %s', (value, text) => {
    expect(formatDistance(value)).toBe(text);
  });
});
