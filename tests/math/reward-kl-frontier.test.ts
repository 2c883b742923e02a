import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedValue } from '../../src/math/expected-value.ts';
import { klDivergence } from '../../src/math/kl-divergence.ts';
import { frontierEnd, frontierPoint, klBudgetOptimum, rewardKlFrontier } from '../../src/math/reward-kl-frontier.ts';
import { expectAllClose } from './expect-close.ts';
import { policyWorld, positiveDistribution } from './probability-arbitraries.ts';

// Reference values: numpy float64 with scipy.optimize.brentq on log β (xtol 1e-14) solving
// KL(π_β ‖ π_ref) = ε for π_β = softmax(log π_ref + r/β).
const REF = [0.1, 0.2, 0.3, 0.4];
const R = [1, -0.5, 2, 0.3];

describe('frontierPoint(referenceProbs, rewards, beta)', () => {
  it('gives π_β with its KL and expected reward (hand computation: π = [1/4, 3/4])', () => {
    const p = frontierPoint([0.5, 0.5], [0, Math.log(3)], 1);
    expectAllClose(p.policy, [0.25, 0.75], 14);
    // numpy: 0.25·log 0.5 + 0.75·log 1.5 = 0.1308120359411368; 0.75·log 3 = 0.8239592165010822
    expect(p.kl).toBeCloseTo(0.1308120359411368, 14);
    expect(p.expectedReward).toBeCloseTo(0.8239592165010822, 14);
    expect(p.beta).toBe(1);
  });
  it('has slope dE[r]/dKL = β along the frontier (finite differences)', () => {
    fc.assert(
      fc.property(policyWorld, ({ reference, rewards, beta }) => {
        const h = 1e-4 * beta;
        const a = frontierPoint(reference, rewards, beta - h);
        const b = frontierPoint(reference, rewards, beta + h);
        const dKl = a.kl - b.kl;
        if (dKl < 1e-9) return true; // (near-)constant rewards: no slope to measure
        return Math.abs((a.expectedReward - b.expectedReward) / dKl - beta) < 1e-3 * (1 + beta);
      }),
    );
  });
  it('rejects β ≤ 0 with a RangeError naming beta', () => {
    expect(() => frontierPoint(REF, R, 0)).toThrow(/beta/);
  });
});

describe('frontierEnd(referenceProbs, rewards)', () => {
  it('puts all mass on argmax r: KL = −log π_ref(y*), E[r] = r_max', () => {
    const end = frontierEnd(REF, R);
    expect(end.kl).toBeCloseTo(1.2039728043259361, 14); // −log 0.3 (numpy)
    expect(end.expectedReward).toBe(2);
    expect(end.beta).toBe(0);
  });
  it('shares a tie in proportion to π_ref and ignores responses outside the support', () => {
    const end = frontierEnd([0.1, 0.3, 0.6, 0], [2, 2, 0, 9]);
    expectAllClose(end.policy, [0.25, 0.75, 0, 0], 14);
    expect(end.kl).toBeCloseTo(-Math.log(0.4), 14);
  });
});

describe('klBudgetOptimum(referenceProbs, rewards, budget)', () => {
  it.each([
    [0.05, 2.9831186329445147, 1.017342287043774],
    [0.3, 1.153049856107356, 1.441626504071466],
    [1.0, 0.40561678232011456, 1.937016943378726],
  ])('spends budget %f with the β and E[r] that scipy finds', (budget, beta, reward) => {
    const best = klBudgetOptimum(REF, R, budget);
    expect(best.binds).toBe(true);
    expect(best.beta / beta).toBeCloseTo(1, 10);
    expect(best.expectedReward).toBeCloseTo(reward, 10);
    expect(best.kl).toBeLessThanOrEqual(budget);
    expect(best.kl).toBeCloseTo(budget, 12);
  });
  it('is π_ref at budget 0 and the greedy policy from KL_end on', () => {
    const zero = klBudgetOptimum(REF, R, 0);
    expect(zero).toMatchObject({ beta: Infinity, kl: 0, binds: false });
    expect(zero.expectedReward).toBeCloseTo(0.72, 14); // Σ π_ref r
    const big = klBudgetOptimum(REF, R, 5);
    expect(big).toMatchObject({ beta: 0, binds: false, expectedReward: 2 });
  });
  it('beats every policy within the budget (random policies never exceed it)', () => {
    fc.assert(
      fc.property(policyWorld, positiveDistribution(8), fc.double({ min: 0.001, max: 3, noNaN: true }), ({ reference, rewards }, raw, budget) => {
        const other = raw.slice(0, reference.length);
        const s = other.reduce((a, b) => a + b, 0);
        const pi = other.map((p) => p / s);
        const best = klBudgetOptimum(reference, rewards, budget);
        if (klDivergence(pi, reference) > budget) return true;
        return expectedValue(pi, rewards) <= best.expectedReward + 1e-9;
      }),
    );
  });
  it('never exceeds the budget and rises with it', () => {
    fc.assert(
      fc.property(policyWorld, fc.double({ min: 0, max: 2, noNaN: true }), fc.double({ min: 0, max: 2, noNaN: true }), ({ reference, rewards }, a, b) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        const p = klBudgetOptimum(reference, rewards, small);
        const q = klBudgetOptimum(reference, rewards, large);
        return p.kl <= small + 1e-15 && q.kl <= large + 1e-15 && p.expectedReward <= q.expectedReward + 1e-12;
      }),
    );
  });
  it('rejects a negative or non-finite budget with a RangeError naming budget', () => {
    expect(() => klBudgetOptimum(REF, R, -0.1)).toThrow(/budget/);
    expect(() => klBudgetOptimum(REF, R, Number.NaN)).toThrow(/budget/);
    expect(() => klBudgetOptimum([0.5, 0.6], [0, 1], 0.1)).toThrow(/referenceProbs/);
    expect(() => klBudgetOptimum([0.5, 0.5], [0, 1, 2], 0.1)).toThrow(/rewards/);
  });
});

describe('rewardKlFrontier(referenceProbs, rewards, points)', () => {
  it('samples budgets evenly from 0 to KL_end (numpy/scipy: E[r] = 0.8899721355616405 at log 2 / 2)', () => {
    const f = rewardKlFrontier([0.5, 0.5], [0, 1], 3);
    expectAllClose(f.map((p) => p.kl), [0, Math.log(2) / 2, Math.log(2)], 12);
    expectAllClose(f.map((p) => p.expectedReward), [0.5, 0.8899721355616405, 1], 10);
  });
  it('is concave: each interior point lies above the chord of its neighbours', () => {
    const f = rewardKlFrontier(REF, R, 21);
    for (let i = 1; i < f.length - 1; i++) {
      const chord = ((f[i - 1]?.expectedReward ?? 0) + (f[i + 1]?.expectedReward ?? 0)) / 2;
      expect(f[i]?.expectedReward).toBeGreaterThan(chord);
    }
  });
  it('rejects a bad points count with a RangeError naming points', () => {
    expect(() => rewardKlFrontier(REF, R, 1)).toThrow(/points/);
    expect(() => rewardKlFrontier(REF, R, 2.5)).toThrow(/points/);
  });
});
