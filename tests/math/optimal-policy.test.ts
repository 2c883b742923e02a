import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { klDivergence } from '../../src/math/kl-divergence.ts';
import { logPartition, optimalObjective, optimalPolicy } from '../../src/math/optimal-policy.ts';
import { rlhfObjective } from '../../src/math/rlhf-objective.ts';
import { expectAllClose } from './expect-close.ts';
import { policyWorld } from './probability-arbitraries.ts';

describe('optimalPolicy(referenceProbs, rewards, beta)', () => {
  it('is π_ref e^{r/β} / Z (Rafailov et al. 2023, eq. 4)', () => {
    expectAllClose(optimalPolicy([0.5, 0.5], [0, Math.log(3)], 1), [0.25, 0.75], 15);
    const ref = [0.2, 0.3, 0.5];
    const r = [1, -0.5, 0.25];
    const w = ref.map((p, i) => p * Math.exp((r[i] as number) / 0.7));
    const z = w.reduce((a, b) => a + b, 0);
    expectAllClose(optimalPolicy(ref, r, 0.7), w.map((x) => x / z), 15);
  });
  it('tends to argmax r within the support as β → 0 and to π_ref as β → ∞', () => {
    expectAllClose(optimalPolicy([0.5, 0.5, 0], [0, 1, 5], 1e-3), [0, 1, 0], 12);
    expectAllClose(optimalPolicy([0.5, 0.5, 0], [0, 1, 5], 1e-300), [0, 1, 0], 15);
    expectAllClose(optimalPolicy([0.2, 0.3, 0.5], [0, 1, 5], 1e9), [0.2, 0.3, 0.5], 8);
  });
  it('never creates mass where π_ref = 0', () => {
    expect(optimalPolicy([0, 1], [1e6, 0], 1e-6)[0]).toBe(0);
  });
  it('splits a tie at the top in proportion to π_ref as β → 0', () => {
    expectAllClose(optimalPolicy([0.1, 0.3, 0.6], [2, 2, 0], 1e-9), [0.25, 0.75, 0], 12);
  });
  it('maximizes E[r] − β KL: π* beats random perturbations of itself', () => {
    fc.assert(
      fc.property(policyWorld, ({ reference, other, rewards, beta, mix }) => {
        const star = optimalPolicy(reference, rewards, beta);
        const best = rlhfObjective(star, reference, rewards, beta);
        const perturbed = Array.from(star, (p, i) => (1 - mix) * p + mix * (other[i] as number));
        const s = perturbed.reduce((a, b) => a + b, 0);
        return rlhfObjective(perturbed.map((p) => p / s), reference, rewards, beta) <= best + 1e-9;
      }),
    );
  });
  it('attains the maximum β log Z', () => {
    fc.assert(
      fc.property(policyWorld, ({ reference, rewards, beta }) => {
        const star = optimalPolicy(reference, rewards, beta);
        return Math.abs(rlhfObjective(star, reference, rewards, beta) - beta * logPartition(reference, rewards, beta)) < 1e-9;
      }),
    );
  });
  it('satisfies J(π) = −β KL(π‖π*) + β log Z for any π', () => {
    fc.assert(
      fc.property(policyWorld, ({ reference, other, rewards, beta }) => {
        const star = Array.from(optimalPolicy(reference, rewards, beta));
        const s = star.reduce((a, b) => a + b, 0);
        const lhs = rlhfObjective(other, reference, rewards, beta);
        const rhs = -beta * klDivergence(other, star.map((p) => p / s)) + beta * logPartition(reference, rewards, beta);
        return Math.abs(lhs - rhs) < 1e-8 * (1 + Math.abs(lhs));
      }),
    );
  });
  it('stays finite and normalized for extreme β', () => {
    fc.assert(
      fc.property(policyWorld, fc.double({ noNaN: true, min: 1e-300, max: 1e300 }), ({ reference, rewards }, beta) => {
        const p = optimalPolicy(reference, rewards, beta);
        const s = p.reduce((a, b) => a + b, 0);
        return p.every(Number.isFinite) && Math.abs(s - 1) < 1e-12;
      }),
    );
  });
  it('rejects bad input', () => {
    expect(() => optimalPolicy([0.5, 0.5], [1, 2], 0)).toThrow(/beta must be a finite number > 0 \(received 0\)/);
    expect(() => optimalPolicy([0.5, 0.6], [1, 2], 1)).toThrow(/referenceProbs must be a probability vector/);
    expect(() => optimalPolicy([0.5, 0.5], [1], 1)).toThrow(/referenceProbs and rewards must have the same length/);
    expect(() => optimalPolicy([0.5, 0.5], [1, Infinity], 1)).toThrow(/rewards\[1\]/);
  });
});

describe('logPartition(referenceProbs, rewards, beta)', () => {
  it('is log Σ π_ref e^{r/β}', () => {
    expect(logPartition([0.5, 0.5], [0, Math.log(3)], 1)).toBeCloseTo(Math.LN2, 15);
    expect(logPartition([0.2, 0.8], [1, 2], 0.5)).toBeCloseTo(Math.log(0.2 * Math.exp(2) + 0.8 * Math.exp(4)), 14);
  });
  it('does not overflow where e^{r/β} would', () => {
    expect(logPartition([0.5, 0.5], [1000, 1000], 1)).toBeCloseTo(1000, 12);
  });
});

describe('optimalObjective(referenceProbs, rewards, beta)', () => {
  it('equals β log Z and tends to r_max as β → 0 and E_ref[r] as β → ∞', () => {
    expect(optimalObjective([0.2, 0.8], [1, 2], 0.5)).toBeCloseTo(0.5 * logPartition([0.2, 0.8], [1, 2], 0.5), 14);
    expect(optimalObjective([0.5, 0.5], [0, 1], 1e-300)).toBe(1);
    expect(optimalObjective([0.2, 0.8], [1, 2], 1e9)).toBeCloseTo(1.8, 6);
  });
});
