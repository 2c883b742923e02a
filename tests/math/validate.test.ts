import { describe, expect, it } from 'vitest';
import {
  assertFinite,
  assertInInterval,
  assertInteger,
  assertNonEmpty,
  assertNotNaN,
  assertPositive,
  assertSameLength,
  describeValue,
  toBinaryVector,
  toExtendedVector,
  toFiniteVector,
  toProbabilityVector,
} from '../../src/math/validate.ts';

describe('describeValue(value)', () => {
  it('renders numbers, strings, arrays and other types', () => {
    expect(describeValue(-1)).toBe('-1');
    expect(describeValue(Number.NaN)).toBe('NaN');
    expect(describeValue('a')).toBe('"a"');
    expect(describeValue([1, 2])).toBe('array of length 2');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue({})).toBe('object');
  });
});

describe('assertPositive(name, value)', () => {
  it('returns a finite positive number', () => expect(assertPositive('beta', 0.1)).toBe(0.1));
  it('names the argument and the received value', () => {
    expect(() => assertPositive('beta', -1)).toThrow(new RangeError('beta must be a finite number > 0 (received -1)'));
    expect(() => assertPositive('beta', 0)).toThrow(RangeError);
    expect(() => assertPositive('beta', Infinity)).toThrow(/beta must be a finite number > 0 \(received Infinity\)/);
    expect(() => assertPositive('beta', Number.NaN)).toThrow(/received NaN/);
  });
});

describe('assertFinite(name, value) and assertNotNaN(name, value)', () => {
  it('accepts finite numbers; assertNotNaN also accepts ±Infinity', () => {
    expect(assertFinite('x', -3)).toBe(-3);
    expect(assertNotNaN('z', -Infinity)).toBe(-Infinity);
  });
  it('rejects the rest with a RangeError naming the argument', () => {
    expect(() => assertFinite('x', Infinity)).toThrow(new RangeError('x must be a finite number (received Infinity)'));
    expect(() => assertFinite('x', '1')).toThrow(/x must be a finite number \(received "1"\)/);
    expect(() => assertNotNaN('z', Number.NaN)).toThrow(/z must be a number, not NaN/);
  });
});

describe('assertInInterval(name, value, lower, upper, flags)', () => {
  it('respects inclusive and exclusive bounds', () => {
    expect(assertInInterval('e', 0.5, 0, 0.5)).toBe(0.5);
    expect(() => assertInInterval('e', 0.5, 0, 0.5, { upperInclusive: false })).toThrow(
      new RangeError('e must be a finite number in [0, 0.5) (received 0.5)'),
    );
    expect(() => assertInInterval('e', 0, 0, 1, { lowerInclusive: false })).toThrow(/in \(0, 1\]/);
  });
});

describe('assertInteger(name, value, min, max)', () => {
  it('accepts integers in range and rejects the rest', () => {
    expect(assertInteger('bins', 10, 1)).toBe(10);
    expect(() => assertInteger('bins', 2.5, 1)).toThrow(new RangeError('bins must be an integer >= 1 (received 2.5)'));
    expect(() => assertInteger('seed', 2 ** 32, 0, 2 ** 32 - 1)).toThrow(/seed must be an integer >= 0 and <= 4294967295/);
  });
});

describe('assertNonEmpty(name, values) and assertSameLength(...)', () => {
  it('checks shape', () => {
    expect(assertNonEmpty('values', [1])).toBe(1);
    expect(() => assertNonEmpty('values', [])).toThrow(/values must be a non-empty array/);
    expect(() => assertNonEmpty('values', 3)).toThrow(/values must be an array of numbers \(received 3\)/);
    expect(() => assertSameLength('a', [1], 'b', [1, 2])).toThrow(new RangeError('a and b must have the same length (received 1 and 2)'));
  });
});

describe('toFiniteVector(name, values) and toExtendedVector(name, values)', () => {
  it('copies into a Float64Array', () => {
    const src = [1, 2];
    const v = toFiniteVector('r', src);
    expect(v).toBeInstanceOf(Float64Array);
    expect(Array.from(v)).toEqual([1, 2]);
    v[0] = 9;
    expect(src[0]).toBe(1);
  });
  it('names the offending entry', () => {
    expect(() => toFiniteVector('rewards', [1, Number.NaN])).toThrow(new RangeError('rewards[1] must be a finite number (received NaN)'));
    expect(Array.from(toExtendedVector('logits', [0, -Infinity]))).toEqual([0, -Infinity]);
    expect(() => toExtendedVector('logits', [Number.NaN])).toThrow(/logits\[0\]/);
  });
});

describe('toProbabilityVector(name, values)', () => {
  it('accepts vectors summing to 1 within 1e-9', () => {
    expect(Array.from(toProbabilityVector('p', [0.25, 0.75]))).toEqual([0.25, 0.75]);
    expect(() => toProbabilityVector('p', [0.5, 0.5 + 5e-10])).not.toThrow();
  });
  it('rejects bad sums and negative or > 1 entries', () => {
    expect(() => toProbabilityVector('p', [0.5, 0.4])).toThrow(/p must be a probability vector summing to 1 within 1e-9 \(received sum 0.9\)/);
    expect(() => toProbabilityVector('p', [0.5, 0.5 + 2e-9])).toThrow(RangeError);
    expect(() => toProbabilityVector('p', [1.5, -0.5])).toThrow(/p\[0\] must be a probability in \[0, 1\]/);
    expect(() => toProbabilityVector('p', [-0.1, 1.1])).toThrow(/p\[0\]/);
  });
});

describe('toBinaryVector(name, values)', () => {
  it('maps 0/1 and false/true to 0 and 1', () => {
    expect([...toBinaryVector('y', [1, false, true, 0])]).toEqual([1, 0, 1, 0]);
  });

  it.each([
    [[1, 0.5], /y\[1\] must be 0, 1, true or false/],
    [null, /y must be an array of 0\/1 values/],
    [[Number.NaN], /y\[0\]/],
  ])('rejects %j with a RangeError naming the entry', (values, message) => {
    expect(() => toBinaryVector('y', values as unknown as number[])).toThrow(RangeError);
    expect(() => toBinaryVector('y', values as unknown as number[])).toThrow(message);
  });
});
