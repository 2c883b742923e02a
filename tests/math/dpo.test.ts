import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DPO_VARIANTS, dpoGradientWeight, dpoLoss, dpoMarginCurve, dpoPairLoss, dpoPairLossGradient, type DpoVariant } from '../../src/math/dpo.ts';
import { expectAllClose } from './expect-close.ts';

const BETA = 0.1; // the seed notebook's DPO example
const LW = [1.2, 0.8, 0.4, 1.5];
const LL = [-0.2, 0.1, 0.5, 0.0];

describe('dpoLoss(logRatiosChosen, logRatiosRejected, beta, options)', () => {
  it('reproduces the seed batch (seed notebook; numpy)', () => {
    const r = dpoLoss(LW, LL, BETA);
    expectAllClose(r.margins, [0.14, 0.07, -0.01, 0.15], 12);
    expectAllClose(r.losses, [0.625595, 0.65876, 0.69816, 0.620957]);
    expect(r.mean).toBeCloseTo(0.650868, 6);
    expectAllClose(r.weights, [0.465057, 0.482507, 0.5025, 0.46257]);
    expectAllClose(r.rewardsChosen, [0.12, 0.08, 0.04, 0.15], 12);
    expectAllClose(r.rewardsRejected, [-0.02, 0.01, 0.05, 0], 12);
    expect(r.margins.reduce((a, b) => a + b, 0) / 4).toBeCloseTo(0.0875, 12);
    expect(r.accuracy).toBe(0.75);
  });
  it.each([
    ['sigmoid', {}, 0.650868],
    ['hinge', {}, 0.9125],
    ['ipo', {}, 17.4275],
    ['cdpo', { labelSmoothing: 0.1 }, 0.659618],
    ['robust', { labelSmoothing: 0.1 }, 0.63993],
  ] as const)('variant %s matches the seed mean computed with numpy', (variant, extra, expected) => {
    expect(dpoLoss(LW, LL, BETA, { variant, ...extra }).mean).toBeCloseTo(expected, 6);
  });
  it('treats sigmoid with label smoothing as cDPO (TRL convention)', () => {
    expect(dpoLoss(LW, LL, BETA, { labelSmoothing: 0.1 }).mean).toBe(dpoLoss(LW, LL, BETA, { variant: 'cdpo', labelSmoothing: 0.1 }).mean);
    expect(dpoLoss(LW, LL, BETA, { variant: 'cdpo' }).mean).toBe(dpoLoss(LW, LL, BETA).mean);
  });
  it('has the same weights σ(−βΔ) for every variant', () => {
    const base = dpoLoss(LW, LL, BETA).weights;
    for (const variant of DPO_VARIANTS) expect(Array.from(dpoLoss(LW, LL, BETA, { variant }).weights)).toEqual(Array.from(base));
  });
  it('counts ties as wrong', () => {
    expect(dpoLoss([1, 1], [1, 0], 1).accuracy).toBe(0.5);
  });
  it('gives the DPO gradient −β σ(−βΔ) per pair', () => {
    const r = dpoLoss(LW, LL, BETA);
    expectAllClose(r.gradients, Array.from(r.weights, (w) => -BETA * w), 15);
  });
  it('keeps sigmoid-family losses finite for tiny β and huge log-ratios', () => {
    const big = fc.double({ noNaN: true, min: -1e300, max: 1e300 });
    fc.assert(
      fc.property(big, big, fc.constantFrom<DpoVariant>('sigmoid', 'cdpo', 'robust', 'hinge'), (w, l, variant) => {
        const r = dpoLoss([w], [l], 1e-12, { variant, labelSmoothing: variant === 'hinge' ? 0 : 0.1 });
        return Number.isFinite(r.mean) && Number.isFinite(r.losses[0]) && Number.isFinite(r.weights[0]) && Number.isFinite(r.gradients[0]);
      }),
    );
  });
  it('does not overflow Δ when both log-ratios are near the float64 limit', () => {
    const r = dpoLoss([-1.5e308], [1.5e308], 1e-12);
    expect(r.margins[0]).toBeCloseTo(-3e296, -290);
    expect(Number.isFinite(r.mean)).toBe(true);
  });
  it('keeps IPO finite for tiny β and moderate log-ratios', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -1e100, max: 1e100 }), fc.double({ noNaN: true, min: -1e100, max: 1e100 }), (w, l) =>
        Number.isFinite(dpoLoss([w], [l], 1e-12, { variant: 'ipo' }).mean),
      ),
    );
  });
  it('rejects bad input with the argument name', () => {
    expect(() => dpoLoss(LW, LL, -1)).toThrow(new RangeError('beta must be a finite number > 0 (received -1)'));
    expect(() => dpoLoss(LW, LL, 0)).toThrow(/beta/);
    expect(() => dpoLoss(LW, LL, Number.NaN)).toThrow(/beta/);
    expect(() => dpoLoss(LW, [1], 0.1)).toThrow(/logRatiosChosen and logRatiosRejected must have the same length \(received 4 and 1\)/);
    expect(() => dpoLoss([], [], 0.1)).toThrow(/logRatiosChosen must be a non-empty array/);
    expect(() => dpoLoss([Infinity], [0], 0.1)).toThrow(/logRatiosChosen\[0\]/);
    expect(() => dpoLoss(LW, LL, 0.1, { variant: 'kto' as DpoVariant })).toThrow(
      /variant must be one of 'sigmoid', 'hinge', 'ipo', 'cdpo', 'robust' \(received "kto"\)/,
    );
    expect(() => dpoLoss(LW, LL, 0.1, { variant: 'robust', labelSmoothing: 0.5 })).toThrow(/labelSmoothing must be a finite number in \[0, 0.5\)/);
    expect(() => dpoLoss(LW, LL, 0.1, { variant: 'cdpo', labelSmoothing: 0.6 })).toThrow(/labelSmoothing must be a finite number in \[0, 0.5\]/);
    expect(() => dpoLoss(LW, LL, 0.1, { labelSmoothing: -0.1 })).toThrow(/labelSmoothing/);
  });
});

describe('dpoPairLoss(delta, beta, options)', () => {
  it('matches the formulas of each variant (numpy)', () => {
    expect(dpoPairLoss(1.4, 0.1)).toBeCloseTo(0.625595, 6);
    expect(dpoPairLoss(1.4, 0.1, { variant: 'hinge' })).toBeCloseTo(0.86, 14);
    expect(dpoPairLoss(20, 0.1, { variant: 'hinge' })).toBe(0);
    expect(dpoPairLoss(1.4, 0.1, { variant: 'ipo' })).toBeCloseTo(12.96, 12);
    expect(dpoPairLoss(0, 1, { variant: 'robust', labelSmoothing: 0.25 })).toBeCloseTo(Math.LN2, 15); // (−.75 log ½ + .25 log ½)/.5
  });
  it('rejects a non-finite delta', () => {
    expect(() => dpoPairLoss(Number.NaN, 0.1)).toThrow(/delta\[0\] must be a finite number/);
  });
});

describe('dpoPairLossGradient(delta, beta, options)', () => {
  const cases: [DpoVariant, number][] = [
    ['sigmoid', 0],
    ['cdpo', 0.2],
    ['robust', 0.2],
    ['ipo', 0],
    ['hinge', 0],
  ];
  it.each(cases)('matches a central finite difference of dpoPairLoss for %s', (variant, labelSmoothing) => {
    for (const delta of [-3, -0.5, 0.7, 2.5, 4]) {
      for (const beta of [0.1, 0.5, 2]) {
        if (variant === 'hinge' && Math.abs(beta * delta - 1) < 1e-3) continue;
        const h = 1e-6;
        const numeric = (dpoPairLoss(delta + h, beta, { variant, labelSmoothing }) - dpoPairLoss(delta - h, beta, { variant, labelSmoothing })) / (2 * h);
        expect(dpoPairLossGradient(delta, beta, { variant, labelSmoothing })).toBeCloseTo(numeric, 6);
      }
    }
  });
  it('is −β σ(−βΔ) for plain DPO (Rafailov et al. 2023, §4)', () => {
    expect(dpoPairLossGradient(1.4, 0.1)).toBeCloseTo(-0.1 * 0.465057, 7);
  });
});

describe('dpoGradientWeight(delta, beta, options)', () => {
  const cases: [DpoVariant, number][] = [
    ['sigmoid', 0],
    ['cdpo', 0.2],
    ['robust', 0.2],
    ['ipo', 0],
    ['hinge', 0],
  ];
  it.each(cases)('is minus a central finite difference of dpoPairLoss in u = βΔ for %s', (variant, labelSmoothing) => {
    for (const u of [-3, -0.5, 0.3, 0.7, 2.5, 4]) {
      for (const beta of [0.1, 0.5, 2]) {
        if (variant === 'hinge' && Math.abs(u - 1) < 1e-3) continue;
        const h = 1e-6;
        const loss = (v: number) => dpoPairLoss(v / beta, beta, { variant, labelSmoothing });
        const numeric = -(loss(u + h) - loss(u - h)) / (2 * h);
        // IPO's weight is O(1/β²): compare relative to its size.
        const scale = Math.max(1, Math.abs(numeric));
        expect(dpoGradientWeight(u / beta, beta, { variant, labelSmoothing }) / scale).toBeCloseTo(numeric / scale, 5);
      }
    }
  });
  it.each(cases)('equals −(1/β) dpoPairLossGradient for %s', (variant, labelSmoothing) => {
    for (const delta of [-2, 0.4, 1.4, 6]) {
      const beta = 0.5;
      expect(dpoGradientWeight(delta, beta, { variant, labelSmoothing })).toBeCloseTo(-dpoPairLossGradient(delta, beta, { variant, labelSmoothing }) / beta, 12);
    }
  });
  it('rejects bad arguments like dpoPairLoss', () => {
    expect(() => dpoGradientWeight(Number.NaN, 0.1)).toThrow(/delta\[0\] must be a finite number/);
    expect(() => dpoGradientWeight(1, 0)).toThrow(/beta/);
    expect(() => dpoGradientWeight(1, 1, { variant: 'robust', labelSmoothing: 0.5 })).toThrow(/labelSmoothing/);
  });
});

describe('dpoLoss(…).gradientWeights', () => {
  // Expected values computed independently with python3/numpy (float64) from the closed forms of −∂ℓ/∂u:
  //   w = np.array([1.2, 0.8, 0.4, 1.5]); l = np.array([-0.2, 0.1, 0.5, 0.0]); d = w - l; u = beta * d
  //   sigmoid: 1/(1+np.exp(u)); hinge: np.where(u < 1, 1., 0.); ipo: -2*(d - 1/(2*beta))/beta
  //   cdpo: (1-e)*sig(-u) - e*sig(u); robust: ((1-e)*sig(-u) + e*sig(u))/(1-2*e)
  it.each([
    ['sigmoid', 0.1, 0, [0.46505705, 0.48250714, 0.50249998, 0.46257015]],
    ['sigmoid', 1, 0, [0.19781611, 0.33181223, 0.52497919, 0.18242552]],
    ['hinge', 1, 0, [0, 1, 1, 0]],
    ['hinge', 0.1, 0, [1, 1, 1, 1]],
    ['ipo', 0.1, 0, [72, 86, 102, 70]],
    ['ipo', 0.5, 0, [-1.6, 1.2, 4.4, -2]],
    ['cdpo', 1, 0.2, [-0.00218389, 0.13181223, 0.32497919, -0.01757448]],
    ['cdpo', 0.1, 0.1, [0.36505705, 0.38250714, 0.40249998, 0.36257015]],
    ['robust', 1, 0.2, [0.53114944, 0.66514556, 0.85831252, 0.51575886]],
    ['robust', 0.1, 0.1, [0.59005705, 0.60750714, 0.62749998, 0.58757015]],
  ] as const)('%s at β = %s, ε = %s is %j (numpy)', (variant, beta, labelSmoothing, expected) => {
    expectAllClose(dpoLoss(LW, LL, beta, { variant, labelSmoothing }).gradientWeights, expected, 7);
  });
  it('is the plain DPO weight σ(−βΔ) for the sigmoid loss without smoothing', () => {
    const r = dpoLoss(LW, LL, BETA);
    expect(Array.from(r.gradientWeights)).toEqual(Array.from(r.weights));
  });
});

describe('dpoMarginCurve(margins, beta, options)', () => {
  it.each(DPO_VARIANTS)('gives %s’s dpoPairLoss and dpoGradientWeight at Δ = u/β', (variant) => {
    const margins = [-2, -0.01, 0, 0.5, 1.4, 3];
    const options = { variant, labelSmoothing: variant === 'cdpo' || variant === 'robust' ? 0.2 : 0 };
    for (const beta of [0.1, 1]) {
      const curve = dpoMarginCurve(margins, beta, options);
      margins.forEach((u, i) => {
        expect(curve.losses[i]).toBeCloseTo(dpoPairLoss(u / beta, beta, options), 9);
        expect(curve.gradientWeights[i]).toBeCloseTo(dpoGradientWeight(u / beta, beta, options), 9);
      });
    }
  });
  it('gives cDPO’s loss and weight at u = 1.4, ε = 0.2 (python3: −0.8 log σ(1.4) − 0.2 log σ(−1.4), σ(−1.4) − 0.2)', () => {
    const c = dpoMarginCurve([1.4], 1, { variant: 'cdpo', labelSmoothing: 0.2 });
    expect(c.losses[0]).toBeCloseTo(0.500417409918451, 12);
    expect(c.gradientWeights[0]).toBeCloseTo(-0.002183888558581759, 12);
  });
  it('rejects bad arguments with their name', () => {
    expect(() => dpoMarginCurve([Number.NaN], 1)).toThrow(/margins\[0\]/);
    expect(() => dpoMarginCurve([], 1)).toThrow(/margins/);
    expect(() => dpoMarginCurve([0], -1)).toThrow(/beta/);
    expect(() => dpoMarginCurve([0], 1, { variant: 'kto' as DpoVariant })).toThrow(/variant/);
  });
});
