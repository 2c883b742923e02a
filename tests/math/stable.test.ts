import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logSigmoid, logSoftmax, logSumExp, sigmoid, softmax, softplus } from '../../src/math/stable.ts';
import { expectAllClose } from './expect-close.ts';

const huge = fc.double({ noNaN: true, min: -1e300, max: 1e300 });

describe('sigmoid(z)', () => {
  it('matches 1/(1+e^{-z})', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(1.8)).toBeCloseTo(0.858149, 6); // numpy: 1/(1+np.exp(-x))
    expect(sigmoid(-0.3)).toBeCloseTo(0.425557, 6); // numpy: 1/(1+np.exp(-x))
  });
  it('saturates without overflow or NaN', () => {
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoid(800)).toBe(1);
    expect(sigmoid(-740) / Math.exp(-740)).toBeCloseTo(1, 12); // the naive 1/(1+e^{740}) underflows to 0
    expect(sigmoid(Infinity)).toBe(1);
    expect(sigmoid(-Infinity)).toBe(0);
  });
  it('satisfies σ(z) + σ(−z) = 1', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, min: -50, max: 50 }), (z) => Math.abs(sigmoid(z) + sigmoid(-z) - 1) < 1e-15));
  });
  it('rejects NaN', () => expect(() => sigmoid(Number.NaN)).toThrow(/z must be a number, not NaN/));
});

describe('logSigmoid(z)', () => {
  it('matches spot values computed with numpy (−np.logaddexp(0, −z))', () => {
    expect(logSigmoid(-800)).toBe(-800);
    expect(logSigmoid(30)).toBeCloseTo(-9.357623e-14, 19);
    expect(logSigmoid(30) / -9.357623e-14).toBeCloseTo(1, 6); // relative precision kept at z = 30
    expect(logSigmoid(0)).toBeCloseTo(-0.693147, 6);
    expect(logSigmoid(1)).toBeCloseTo(-0.313262, 6);
    expect(logSigmoid(-1)).toBeCloseTo(-1.313262, 6);
  });
  it('has the right limits', () => {
    expect(logSigmoid(Infinity) === 0).toBe(true);
    expect(logSigmoid(-Infinity)).toBe(-Infinity);
  });
  it('is finite and ≤ 0 for |z| ≤ 1e300', () => {
    fc.assert(fc.property(huge, (z) => Number.isFinite(logSigmoid(z)) && logSigmoid(z) <= 0));
  });
  it('equals −softplus(−z)', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, min: -1e3, max: 1e3 }), (z) => logSigmoid(z) === -softplus(-z)));
  });
});

describe('softplus(z)', () => {
  it('matches log(1 + e^z)', () => {
    expect(softplus(0)).toBeCloseTo(Math.LN2, 15);
    expect(softplus(2)).toBeCloseTo(Math.log1p(Math.exp(2)), 15);
    expect(softplus(800)).toBe(800);
    expect(softplus(-800)).toBe(0);
    expect(softplus(-Infinity)).toBe(0);
    expect(softplus(Infinity)).toBe(Infinity);
  });
  it('is finite and ≥ max(z, 0) for |z| ≤ 1e300', () => {
    fc.assert(fc.property(huge, (z) => Number.isFinite(softplus(z)) && softplus(z) >= Math.max(z, 0)));
  });
  it('rejects NaN', () => expect(() => softplus(Number.NaN)).toThrow(RangeError));
});

describe('logSumExp(values)', () => {
  it('computes log Σ e^{v_i} stably', () => {
    expect(logSumExp([0, 0])).toBeCloseTo(Math.LN2, 15);
    expect(logSumExp([1000, 1000])).toBeCloseTo(1000 + Math.LN2, 12);
    expect(logSumExp([-1000, -1000])).toBeCloseTo(-1000 + Math.LN2, 12);
    expect(logSumExp([1, 2, 3])).toBeCloseTo(Math.log(Math.E + Math.E ** 2 + Math.E ** 3), 14);
  });
  it('handles ±Infinity entries', () => {
    expect(logSumExp([-Infinity, 0])).toBe(0);
    expect(logSumExp([-Infinity, -Infinity])).toBe(-Infinity);
    expect(logSumExp([Infinity, 0])).toBe(Infinity);
    expect(logSumExp([Infinity, -Infinity])).toBe(Infinity);
  });
  it('is ≥ max and ≤ max + log n', () => {
    fc.assert(
      fc.property(fc.array(huge, { minLength: 1, maxLength: 20 }), (v) => {
        const m = Math.max(...v);
        const l = logSumExp(v);
        return l >= m && l <= m + Math.log(v.length) + 1e-12 * Math.abs(m) + 1e-12;
      }),
    );
  });
  it('rejects empty input and NaN', () => {
    expect(() => logSumExp([])).toThrow(/values must be a non-empty array/);
    expect(() => logSumExp([0, Number.NaN])).toThrow(/values\[1\]/);
  });
});

describe('softmax(logits, temperature)', () => {
  it('normalizes exponentials', () => {
    expectAllClose(softmax([0, Math.log(3)]), [0.25, 0.75], 15);
    expectAllClose(softmax([1, 2, 3]), [0.09003057317038046, 0.24472847105479767, 0.6652409557748219], 15);
  });
  it('applies the temperature as v / T', () => {
    expectAllClose(softmax([0, Math.log(3)], 2), [1 / (1 + Math.sqrt(3)), Math.sqrt(3) / (1 + Math.sqrt(3))], 15);
    expectAllClose(softmax([0, 1], 1e-300), [0, 1], 15);
    expectAllClose(softmax([0, 1], 1e300), [0.5, 0.5], 15);
  });
  it('gives −Infinity entries zero mass and splits mass among +Infinity entries', () => {
    expect(Array.from(softmax([0, -Infinity]))).toEqual([1, 0]);
    expect(Array.from(softmax([Infinity, 0, Infinity]))).toEqual([0.5, 0, 0.5]);
  });
  it('sums to 1 and is finite for |x| up to 1e300', () => {
    fc.assert(
      fc.property(fc.array(huge, { minLength: 1, maxLength: 30 }), fc.double({ noNaN: true, min: 1e-3, max: 1e3 }), (v, t) => {
        const p = softmax(v, t);
        let s = 0;
        for (const x of p) {
          if (!Number.isFinite(x) || x < 0) return false;
          s += x;
        }
        return Math.abs(s - 1) < 1e-12;
      }),
    );
  });
  it('rejects bad input', () => {
    expect(() => softmax([])).toThrow(/logits must be a non-empty array/);
    expect(() => softmax([0, 1], 0)).toThrow(new RangeError('temperature must be a finite number > 0 (received 0)'));
    expect(() => softmax([-Infinity, -Infinity])).toThrow(/logits must be a vector with at least one entry > -Infinity/);
    expect(() => softmax([Number.NaN])).toThrow(/logits\[0\]/);
  });
});

describe('logSoftmax(logits, temperature)', () => {
  it('is the log of softmax', () => {
    expectAllClose(logSoftmax([0, 0]), [-Math.LN2, -Math.LN2], 15);
    const v = [1, 2, 3];
    expectAllClose(logSoftmax(v), Array.from(softmax(v), Math.log), 14);
    expectAllClose(logSoftmax(v, 3), Array.from(softmax(v, 3), Math.log), 14);
  });
  it('keeps precision where softmax underflows', () => {
    expect(logSoftmax([0, -1000])[1]).toBeCloseTo(-1000, 12);
    expect(softmax([0, -1000])[1]).toBe(0);
    expect(Array.from(logSoftmax([0, -Infinity]))).toEqual([0, -Infinity]);
  });
  it('is finite and ≤ 0 for finite logits up to 1e300 in magnitude', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, min: -1e300, max: 1e300 }), { minLength: 1, maxLength: 10 }), (v) =>
        Array.from(logSoftmax(v)).every((x) => x <= 0 && (Number.isFinite(x) || x === -Infinity)),
      ),
    );
  });
});
