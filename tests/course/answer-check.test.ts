import { describe, expect, it } from 'vitest';
import {
  MAX_ANSWER_DECIMALS,
  checkAnswer,
  parseAnswer,
  precisionSentence,
  toleranceForDecimals,
  verdictMessage,
} from '../../src/course/answer-check';

describe('parseAnswer(text)', () => {
  it.each([
    ['0.73', 0.73],
    [' .5 ', 0.5],
    ['-1.2e-3', -0.0012],
    ['−2', -2],
    ['0,25', 0.25],
    ['3/4', 0.75],
    ['72%', 0.72],
    ['1 000', 1000],
  ])('reads %j as %d', (text, expected) => {
    expect(parseAnswer(text)).toBeCloseTo(expected, 12);
  });

  it.each(['', 'abc', '1/0', '1e999', '<script>', '0x10', '1..2', '--1', 'Infinity', 'NaN'])(
    'rejects %j',
    (text) => {
      expect(parseAnswer(text)).toBeUndefined();
    },
  );
});

describe('checkAnswer(text, expected, tolerance)', () => {
  // σ(1) = 0.7310585786 (numpy: log σ(1) = −0.313262).
  it('accepts an answer within the tolerance and rejects one outside it', () => {
    expect(checkAnswer('0.731', 0.7310586, 0.001)).toBe('correct');
    expect(checkAnswer('0.733', 0.7310586, 0.001)).toBe('incorrect');
  });

  it('reports text that is not a number as unreadable', () => {
    expect(checkAnswer('sigma of one', 0.731, 0.001)).toBe('unreadable');
    expect(verdictMessage('unreadable')).toMatch(/Type a number/);
  });

  // log 4 = 1.3862943611 (exercise bt-1 of content/chapter-2/bradley-terry.mdx asks for it to 2 decimals).
  it('accepts 1.39 for log 4 asked to 2 decimals, and rejects the truncated 1.38 and the next value 1.40', () => {
    const tolerance = toleranceForDecimals(2);
    expect(checkAnswer('1.39', Math.log(4), tolerance)).toBe('correct');
    expect(checkAnswer('1.386', Math.log(4), tolerance)).toBe('correct');
    expect(checkAnswer('1.38', Math.log(4), tolerance)).toBe('incorrect');
    expect(checkAnswer('1.40', Math.log(4), tolerance)).toBe('incorrect');
  });

  it('accepts both roundings of a value exactly half-way between them (0.125 to 2 decimals)', () => {
    // 0.13 − 0.125 evaluates to 0.0050000000000000044 in float64, a hair above the tolerance 0.005.
    expect(0.13 - 0.125).toBeGreaterThan(0.005);
    expect(checkAnswer('0.13', 0.125, toleranceForDecimals(2))).toBe('correct');
    expect(checkAnswer('0.12', 0.125, toleranceForDecimals(2))).toBe('correct');
    expect(checkAnswer('0.135', 0.125, toleranceForDecimals(2))).toBe('incorrect');
  });

  it('accepts the correctly rounded answer at every allowed precision', () => {
    const expected = -0.6255951823371514; // −log σ(0.14), content/chapter-5/dpo-loss.mdx pair 1, negated
    for (let decimals = 0; decimals <= MAX_ANSWER_DECIMALS; decimals++) {
      const tolerance = toleranceForDecimals(decimals);
      expect(checkAnswer(expected.toFixed(decimals), expected, tolerance)).toBe('correct');
      expect(checkAnswer((expected + 1.01 * 10 ** -decimals).toFixed(decimals + 2), expected, tolerance)).toBe('incorrect');
    }
  });
});

describe('toleranceForDecimals(decimals)', () => {
  it('is half a unit in the last asked place', () => {
    expect(toleranceForDecimals(0)).toBe(0.5);
    expect(toleranceForDecimals(2)).toBeCloseTo(0.005, 15);
    expect(toleranceForDecimals(4)).toBeCloseTo(0.00005, 15);
  });

  it.each([-1, 1.5, 9, Number.NaN, '2'])('rejects %j with a RangeError naming decimals', (decimals) => {
    expect(() => toleranceForDecimals(decimals as number)).toThrow(RangeError);
    expect(() => toleranceForDecimals(decimals as number)).toThrow(/decimals/);
  });
});

describe('precisionSentence(decimals)', () => {
  it('states the precision in words', () => {
    expect(precisionSentence(0)).toBe('Give your answer as a whole number.');
    expect(precisionSentence(1)).toBe('Give your answer to 1 decimal place.');
    expect(precisionSentence(3)).toBe('Give your answer to 3 decimal places.');
  });

  it('rejects a precision the checker does not support', () => {
    expect(() => precisionSentence(12)).toThrow(RangeError);
  });
});
