import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { implicitReward } from '../../src/math/implicit-reward.ts';
import { optimalPolicy } from '../../src/math/optimal-policy.ts';
import { rewardProjection } from '../../src/math/reward-projection.ts';
import { expectAllClose } from './expect-close.ts';
import { policyWorld } from './probability-arbitraries.ts';

describe('rewardProjection(referenceProbs, rewards, beta)', () => {
  it('is r − β log Σ π_ref e^{r/β} (numpy)', () => {
    // numpy: ref = [.2, .3, .5]; r = [1, -.5, .25]; b = .7; r - b * np.log((ref * np.exp(r / b)).sum())
    expectAllClose(rewardProjection([0.2, 0.3, 0.5], [1, -0.5, 0.25], 0.7), [0.6301971345841653, -0.8698028654158347, -0.11980286541583468], 14);
    expectAllClose(rewardProjection([0.5, 0.5], [0, Math.log(3)], 1), [Math.log(0.5), Math.log(1.5)], 15);
  });

  it('stays finite for tiny β, where e^{r/β} overflows (β log Z = 1 + β log 0.25 by hand)', () => {
    expectAllClose(rewardProjection([0.25, 0.75], [1, 0], 1e-3), [0.0013862943611199219, -0.9986137056388801], 12);
  });

  it('is the implicit reward β log(π*/π_ref) of the optimal policy (Rafailov et al. 2023, proof of Theorem 1)', () => {
    fc.assert(
      fc.property(policyWorld, ({ reference, rewards, beta }) => {
        const viaPolicy = implicitReward(optimalPolicy(reference, rewards, beta), reference, beta);
        const projected = rewardProjection(reference, rewards, beta);
        return projected.every((v, i) => Math.abs(v - (viaPolicy[i] as number)) < 1e-8 * (1 + Math.abs(v)));
      }),
    );
  });

  it('does not change when a constant is added to the reward, and its class member is normalized', () => {
    fc.assert(
      fc.property(policyWorld, fc.double({ noNaN: true, min: -50, max: 50 }), ({ reference, rewards, beta }, c) => {
        const a = rewardProjection(reference, rewards, beta);
        const b = rewardProjection(reference, rewards.map((r) => r + c), beta);
        const z = reference.reduce((s, p, i) => s + p * Math.exp((a[i] as number) / beta), 0);
        // differs from r by one constant
        const shift = (rewards[0] as number) - (a[0] as number);
        return (
          a.every((v, i) => Math.abs(v - (b[i] as number)) < 1e-8 * (1 + Math.abs(c))) &&
          Math.abs(z - 1) < 1e-9 &&
          a.every((v, i) => Math.abs((rewards[i] as number) - v - shift) < 1e-9 * (1 + Math.abs(shift)))
        );
      }),
    );
  });

  it('rejects bad input, naming the argument', () => {
    expect(() => rewardProjection([0.5, 0.5], [0, 1], 0)).toThrow(/beta/);
    expect(() => rewardProjection([0.5, 0.4], [0, 1], 1)).toThrow(/referenceProbs/);
    expect(() => rewardProjection([0.5, 0.5], [0, Number.NaN], 1)).toThrow(/rewards/);
    expect(() => rewardProjection([0.5, 0.5], [0], 1)).toThrow(/same length/);
  });
});
