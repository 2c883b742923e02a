import { describe, expect, it } from 'vitest';
import { fitGaoForm, gaoPeak } from '../../src/math/gao-fit.ts';

// A gold curve that rises, flattens and falls; independent values from numpy 2.4:
// np.linalg.lstsq(np.column_stack([d, -d*d]), R) and np.linalg.lstsq(np.column_stack([d, -d*log d]), R) with d log d = 0 at d = 0.
const d = [0, 0.5, 1, 1.5, 2, 2.5, 3];
const gold = [0, 0.4, 0.71, 0.9, 0.98, 0.97, 0.85];

describe("fitGaoForm('bon', distances, rewards)", () => {
  it('matches numpy lstsq on d(a − b d)', () => {
    const fit = fitGaoForm('bon', d, gold);
    expect(fit.a).toBeCloseTo(0.9139955357142855, 12);
    expect(fit.b).toBeCloseTo(0.21040178571428564, 12);
    expect(fit.rss).toBeCloseTo(0.00010959821428571473, 12);
    expect(fit.rmse).toBeCloseTo(Math.sqrt(0.00010959821428571473 / 7), 12);
  });
  it('recovers exact coefficients from points on the curve', () => {
    const fit = fitGaoForm('bon', [1, 2, 3], [0.75, 1, 0.75]);
    expect(fit.a).toBeCloseTo(1, 12);
    expect(fit.b).toBeCloseTo(0.25, 12);
  });
});

describe("fitGaoForm('rl', distances, rewards)", () => {
  it('matches numpy lstsq on d(a − b log d)', () => {
    const fit = fitGaoForm('rl', d, gold);
    expect(fit.a).toBeCloseTo(0.7275149415991927, 12);
    expect(fit.b).toBeCloseTo(0.3846069929256606, 12);
    expect(fit.rss).toBeCloseTo(0.02018285455289071, 12);
  });
  it('rejects data that cannot separate a from b', () => {
    expect(() => fitGaoForm('rl', [0, 1, 1], [0, 1, 1])).toThrow(/distances/);
    expect(() => fitGaoForm('bon', [2, 2], [1, 1])).toThrow(/distances/);
  });
  it('rejects malformed arguments naming them', () => {
    expect(() => fitGaoForm('rl', [1, -1], [0, 0])).toThrow(/distances\[1\] must be a finite number >= 0/);
    expect(() => fitGaoForm('rl', [1, 2], [0])).toThrow(RangeError);
    expect(() => fitGaoForm('rl', [1, 2], [0, Number.NaN])).toThrow(/rewards/);
    expect(() => fitGaoForm('x' as 'rl', [1, 2], [0, 1])).toThrow(/form/);
  });
});

describe('gaoPeak(form, a, b)', () => {
  it('is a/(2b) for best-of-n and e^{a/b − 1} for RL', () => {
    expect(gaoPeak('bon', 0.9139955357142855, 0.21040178571428564)).toBeCloseTo(0.9139955357142855 / (2 * 0.21040178571428564), 14);
    expect(gaoPeak('rl', 1, 0.5)).toBeCloseTo(Math.E, 14);
  });
  it('is null when b ≤ 0 and rejects non-finite coefficients', () => {
    expect(gaoPeak('bon', 1, 0)).toBeNull();
    expect(gaoPeak('rl', 1, -1)).toBeNull();
    expect(() => gaoPeak('bon', Number.NaN, 1)).toThrow(/a must be/);
  });
});
