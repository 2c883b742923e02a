import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateAnnotators } from '../../src/math/annotator-simulation.ts';
import { majorityAccuracy, majorityVoteAccuracy } from '../../src/math/majority-vote.ts';
import { numpyRandom } from '../../src/math/random.ts';

describe('majorityVoteAccuracy(voters, truth)', () => {
  it('counts the majority’s hits and half of each tie', () => {
    expect(majorityVoteAccuracy([[1, 0, 1], [1, 1, 0], [0, 0, 1]], [1, 0, 0])).toBeCloseTo(2 / 3, 15);
    expect(majorityVoteAccuracy([[1, 0], [0, 0]], [1, 0])).toBe(0.75);
  });
  it('scores the seed-42 crowds against annotator A (numpy, ties ½: 0.84, 0.861667, 0.96, 0.955)', () => {
    const expected = [0.84, 0.8616666666666667, 0.96, 0.955];
    expected.forEach((value, i) => {
      const labels = simulateAnnotators(numpyRandom(42), { n: 300, baseRate: 0.3, flipRate: 0.12, annotators: i + 2 });
      expect(majorityVoteAccuracy(labels.slice(1), labels[0]!)).toBeCloseTo(value, 14);
    });
  });
  it('rejects labels other than 0/1 and mismatched lengths, naming them', () => {
    expect(() => majorityVoteAccuracy([[0, 2]], [0, 1])).toThrow(/voters\[0\]\[1\] must be 0 or 1/);
    expect(() => majorityVoteAccuracy([[0, 1]], [0, 3])).toThrow(/truth\[1\] must be 0 or 1/);
    expect(() => majorityVoteAccuracy([[0]], [0, 1])).toThrow(/same length/);
    expect(() => majorityVoteAccuracy([], [0])).toThrow(/voters must be a non-empty array/);
  });
});

describe('majorityAccuracy(voters, flipRate)', () => {
  it('matches the binomial tail (scipy.stats.binom, tie ½)', () => {
    expect(majorityAccuracy(1, 0.12)).toBeCloseTo(0.88, 15);
    expect(majorityAccuracy(2, 0.12)).toBeCloseTo(0.88, 15);
    expect(majorityAccuracy(3, 0.12)).toBeCloseTo(0.960256, 14);
    expect(majorityAccuracy(6, 0.12)).toBeCloseTo(0.9856811008, 14);
    expect(majorityAccuracy(7, 0.3)).toBeCloseTo(0.873964, 14);
    expect(majorityAccuracy(4, 0.45)).toBeCloseTo(0.57475, 14);
  });
  it('gives an even crowd the accuracy of one voter fewer, and is ½ at f = ½ (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 1, noNaN: true }), (k, f) => {
        expect(majorityAccuracy(2 * k, f)).toBeCloseTo(majorityAccuracy(2 * k - 1, f), 12);
        expect(majorityAccuracy(k, 0.5)).toBeCloseTo(0.5, 12);
      }),
    );
  });
  it('rejects bad arguments, naming them', () => {
    expect(() => majorityAccuracy(0, 0.1)).toThrow(/^voters must be an integer >= 1/);
    expect(() => majorityAccuracy(3, 1.2)).toThrow(/^flipRate must/);
  });
});
