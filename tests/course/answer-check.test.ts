import { describe, expect, it } from 'vitest';
import { checkAnswer, parseAnswer, verdictMessage } from '../../src/course/answer-check';

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
});
