import { describe, expect, it } from 'vitest';
import { betaPathCurve, bestOfNCurve } from '../../src/math/overoptimization-curve.ts';

// A five-response example whose proxy overrates response 3 (proxy 2.0, gold −0.5). Independent values from
// numpy 2.4: pi = ref * exp(p / beta), normalised; KL = sum(pi * log(pi / ref)); E[p] = pi @ p; E[g] = pi @ g;
// best-of-n as pi[order] = F**n - (F - ref[order])**n, checked against enumerating all 5**3 draws for n = 3.
const ref = [0.1, 0.2, 0.3, 0.15, 0.25];
const proxy = [0.3, -1.2, 0.8, 2.0, 1.1];
const gold = [1.0, 0.2, 0.9, -0.5, 1.3];

describe('betaPathCurve(referenceProbs, proxy, gold, betas)', () => {
  const curve = betaPathCurve(ref, proxy, gold, [2, 0.5, 0.1]);
  it.each([
    [0, 2, 0.09767792930188776, 1.025590858354646, 0.5944771917750118],
    [1, 0.5, 0.8148067495500175, 1.6553366052078928, 0.029790661533059537],
    [2, 0.1, 1.894903367963779, 1.999800135835068, -0.4996126098444402],
  ])('point %i (β = %f) matches numpy', (i, beta, kl, p, g) => {
    const point = curve[i]!;
    expect(point.knob).toBe(beta);
    expect(point.kl).toBeCloseTo(kl, 12);
    expect(point.d).toBeCloseTo(Math.sqrt(kl), 12);
    expect(point.proxy).toBeCloseTo(p, 12);
    expect(point.gold).toBeCloseTo(g, 12);
  });
  it('reports a KL of exactly 0 when β is so large that π_β is π_ref to rounding', () => {
    expect(betaPathCurve(ref, proxy, gold, [1e300])[0]!.kl).toBe(0);
  });
  it('rejects malformed arguments naming them', () => {
    expect(() => betaPathCurve(ref, proxy, gold, [1, 0])).toThrow(/betas\[1\]/);
    expect(() => betaPathCurve(ref, proxy, [1, 2], [1])).toThrow(RangeError);
    expect(() => betaPathCurve(ref, [0, 0, 0, 0, Number.NaN], gold, [1])).toThrow(/proxy/);
    expect(() => betaPathCurve([0.5, 0.6], [0, 1], [0, 1], [1])).toThrow(/referenceProbs/);
  });
});

describe('bestOfNCurve(referenceProbs, proxy, gold, ns)', () => {
  const curve = bestOfNCurve(ref, proxy, gold, [1, 3, 10]);
  it('is π_ref at n = 1 (KL 0, the reference means 0.605 and 0.66)', () => {
    expect(curve[0]!.kl).toBe(0);
    expect(curve[0]!.proxy).toBeCloseTo(0.605, 14);
    expect(curve[0]!.gold).toBeCloseTo(0.66, 14);
  });
  it.each([
    [1, 3, 0.40522486598966734, 1.3569875000000002, 0.5153250000000003, 0.43194562200144315],
    [2, 10, 1.2723557843260436, 1.8209959447633501, -0.14804421065669895, 1.402585092994046],
  ])('point %i (n = %i) matches numpy, with the exact KL below log n − (n−1)/n', (i, n, kl, p, g, bound) => {
    const point = curve[i]!;
    expect(point.knob).toBe(n);
    expect(point.kl).toBeCloseTo(kl, 12);
    expect(point.proxy).toBeCloseTo(p, 12);
    expect(point.gold).toBeCloseTo(g, 12);
    expect(point.klBound).toBeCloseTo(bound, 12);
    expect(point.kl).toBeLessThan(point.klBound);
  });
  it('rejects a non-integer n naming it', () => {
    expect(() => bestOfNCurve(ref, proxy, gold, [2, 2.5])).toThrow(/ns\[1\]/);
  });
});
