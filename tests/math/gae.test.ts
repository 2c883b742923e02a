import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generalizedAdvantages } from '../../src/math/gae.ts';
import { expectAllClose } from './expect-close.ts';

describe('generalizedAdvantages(rewards, values, { gamma, lambda })', () => {
  it('computes δ_t and the backward recursion Â_t = δ_t + γλ Â_{t+1} (numpy)', () => {
    // numpy: r = [0, 0, 1], V = [0.4, 0.5, 0.7], V_T = 0, γ = 1, λ = 0.95 → δ = [0.1, 0.2, 0.3],
    // Â = [0.56075, 0.485, 0.3] (also Σ_l (γλ)^l δ_{t+l} summed directly)
    const g = generalizedAdvantages([0, 0, 1], [0.4, 0.5, 0.7], { gamma: 1, lambda: 0.95 });
    expectAllClose(g.deltas, [0.1, 0.2, 0.3], 12);
    expectAllClose(g.advantages, [0.56075, 0.485, 0.3], 12);
    expectAllClose(g.returns, [0.96075, 0.985, 1.0], 12);
    // numpy: r = [0.1, -0.2, 0.3, 1.5], V = [0.2, 0.4, -0.1, 0.8], γ = 0.9, λ = 0.8
    // → δ = [0.26, -0.69, 1.12, 0.7], Â = [0.6050816, 0.47928, 1.624, 0.7]
    const h = generalizedAdvantages([0.1, -0.2, 0.3, 1.5], [0.2, 0.4, -0.1, 0.8], { gamma: 0.9, lambda: 0.8 });
    expectAllClose(h.deltas, [0.26, -0.69, 1.12, 0.7], 12);
    expectAllClose(h.advantages, [0.6050816, 0.47928, 1.624, 0.7], 12);
  });
  it('defaults to γ = 1, λ = 0.95', () => {
    expectAllClose(generalizedAdvantages([0, 0, 1], [0.4, 0.5, 0.7]).advantages, [0.56075, 0.485, 0.3], 12);
  });
  it('gives δ_t at λ = 0 and the return-to-go minus V_t at λ = 1', () => {
    const r = [0.3, -0.1, 0.7, 0.2];
    const v = [0.5, 0.1, 0.4, -0.3];
    const zero = generalizedAdvantages(r, v, { gamma: 0.9, lambda: 0 });
    expectAllClose(zero.advantages, zero.deltas, 14);
    const one = generalizedAdvantages(r, v, { gamma: 0.9, lambda: 1 });
    const expected = r.map((_, t) => r.slice(t).reduce((s, x, l) => s + 0.9 ** l * x, 0) - (v[t] as number));
    expectAllClose(one.advantages, expected, 12);
  });
  it('equals the direct sum Σ_l (γλ)^l δ_{t+l} for any episode', () => {
    const x = fc.double({ min: -5, max: 5, noNaN: true });
    const unit = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(x, x), { minLength: 1, maxLength: 10 }), unit, unit, (steps, gamma, lambda) => {
        const r = steps.map(([a]) => a);
        const v = steps.map(([, b]) => b);
        const g = generalizedAdvantages(r, v, { gamma, lambda });
        const delta = r.map((rt, t) => rt + gamma * (v[t + 1] ?? 0) - (v[t] as number));
        delta.forEach((d, t) => expect(g.deltas[t]).toBeCloseTo(d, 10));
        const direct = delta.map((_, t) => delta.slice(t).reduce((s, d, l) => s + (gamma * lambda) ** l * d, 0));
        direct.forEach((a, t) => expect(g.advantages[t]).toBeCloseTo(a, 8));
      }),
    );
  });
  it('rejects bad input, naming the argument', () => {
    expect(() => generalizedAdvantages([], [])).toThrow(/rewards/);
    expect(() => generalizedAdvantages([1], [1, 2])).toThrow(/rewards and values must have the same length/);
    expect(() => generalizedAdvantages([1], [Number.NaN])).toThrow(/values\[0\]/);
    expect(() => generalizedAdvantages([1], [1], { gamma: 1.5 })).toThrow(/gamma/);
    expect(() => generalizedAdvantages([1], [1], { lambda: -0.1 })).toThrow(/lambda/);
  });
});
