import { describe, expect, it } from 'vitest';
import { bestOfNPolicy } from '../../src/math/best-of-n.ts';
import { bestOfNKl } from '../../src/math/overoptimization.ts';
import { klDivergence } from '../../src/math/kl-divergence.ts';

const close = (actual: ArrayLike<number>, expected: number[]) => {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, i) => expect(actual[i]).toBeCloseTo(e, 12));
};

describe('bestOfNPolicy(referenceProbs, rewards, n)', () => {
  // Independent values: python3 enumerates all K^n draws with itertools.product, keeps the highest reward and
  // splits a tie evenly among the tied draws (numpy 2.4).
  it('matches brute-force enumeration of all draws (no ties)', () => {
    close(bestOfNPolicy([0.2, 0.5, 0.3], [1, -0.5, 2], 3), [0.218, 0.125, 0.657]);
  });
  it('matches brute-force enumeration with a tie at the top', () => {
    close(bestOfNPolicy([0.1, 0.2, 0.3, 0.4], [1, 1, 0, 2], 3), [0.063, 0.126, 0.027, 0.784]);
  });
  it('matches brute-force enumeration with a three-way tie at the bottom', () => {
    close(bestOfNPolicy([0.1, 0.2, 0.3, 0.4], [5, 1, 1, 1], 2), [0.19, 0.18, 0.27, 0.36]);
  });
  it('is π_ref for n = 1 and gives 0 where π_ref = 0', () => {
    close(bestOfNPolicy([0.3, 0.7], [2, 1], 1), [0.3, 0.7]);
    close(bestOfNPolicy([0, 0.5, 0.5], [9, 1, 0], 5), [0, 1 - 0.5 ** 5, 0.5 ** 5]);
  });
  it('on 20000 equally likely distinct rewards has a KL just below log n − (n−1)/n (numpy: 0.6362943592, 1.8350886955)', () => {
    const ref = new Array<number>(20000).fill(1 / 20000);
    const rewards = ref.map((_, i) => i);
    const kl4 = klDivergence(bestOfNPolicy(ref, rewards, 4), ref);
    const kl16 = klDivergence(bestOfNPolicy(ref, rewards, 16), ref);
    expect(kl4).toBeCloseTo(0.6362943592447109, 9);
    expect(kl16).toBeCloseTo(1.8350886954537557, 9);
    expect(kl4).toBeLessThan(bestOfNKl(4));
    expect(kl16).toBeLessThan(bestOfNKl(16));
  });
  it('rejects malformed arguments naming them', () => {
    expect(() => bestOfNPolicy([0.5, 0.5], [0, 1], 0)).toThrow(/n must be an integer >= 1/);
    expect(() => bestOfNPolicy([0.5, 0.5], [0, 1], 1.5)).toThrow(RangeError);
    expect(() => bestOfNPolicy([0.5, 0.6], [0, 1], 2)).toThrow(/referenceProbs/);
    expect(() => bestOfNPolicy([0.5, 0.5], [0, Number.NaN], 2)).toThrow(/rewards/);
    expect(() => bestOfNPolicy([0.5, 0.5], [0], 2)).toThrow(RangeError);
  });
});
