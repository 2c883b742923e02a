import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { implicitReward, implicitRewardFromLogProbs } from '../../src/math/implicit-reward.ts';
import { logPartition, optimalPolicy } from '../../src/math/optimal-policy.ts';
import { expectAllClose } from './expect-close.ts';
import { policyWorld } from './probability-arbitraries.ts';

describe('implicitReward(policyProbs, referenceProbs, beta)', () => {
  it('is β log(π/π_ref)', () => {
    expectAllClose(implicitReward([0.25, 0.75], [0.5, 0.5], 1), [Math.log(0.5), Math.log(1.5)], 15);
    expectAllClose(implicitReward([0.25, 0.75], [0.5, 0.5], 0.1), [0.1 * Math.log(0.5), 0.1 * Math.log(1.5)], 15);
  });
  it('recovers r up to the constant β log Z at π* (Rafailov et al. 2023, eq. 5)', () => {
    fc.assert(
      fc.property(policyWorld, ({ reference, rewards, beta }) => {
        const rhat = implicitReward(optimalPolicy(reference, rewards, beta), reference, beta);
        const c = beta * logPartition(reference, rewards, beta);
        return rhat.every((x, i) => Math.abs(x + c - (rewards[i] as number)) < 1e-8 * (1 + Math.abs(c)));
      }),
    );
  });
  it('documents its zero-probability conventions', () => {
    expect(Array.from(implicitReward([0, 0.5, 0.5], [0.5, 0, 0.5], 1))).toEqual([-Infinity, Infinity, 0]);
    expect(Array.from(implicitReward([0, 1], [0, 1], 1))).toEqual([0, 0]);
  });
  it('rejects bad input', () => {
    expect(() => implicitReward([0.5, 0.5], [0.5, 0.5], 0)).toThrow(/beta/);
    expect(() => implicitReward([0.5, 0.5], [1], 1)).toThrow(/policyProbs and referenceProbs must have the same length/);
    expect(() => implicitReward([0.5, 0.4], [0.5, 0.5], 1)).toThrow(/policyProbs must be a probability vector/);
  });
});

describe('implicitRewardFromLogProbs(policyLogProbs, referenceLogProbs, beta)', () => {
  it('is β (log π − log π_ref), finite where the probabilities underflow (numpy: 0.1 * ([log .25, -800] - [log .5, -799]))', () => {
    expectAllClose(implicitRewardFromLogProbs([Math.log(0.25), -800], [Math.log(0.5), -799], 0.1), [-0.06931471805599453, -0.1], 15);
  });
  it('agrees with implicitReward on probabilities', () => {
    fc.assert(
      fc.property(policyWorld, ({ reference, other, beta }) => {
        const a = implicitReward(other, reference, beta);
        const b = implicitRewardFromLogProbs(other.map(Math.log), reference.map(Math.log), beta);
        return a.every((v, i) => Math.abs(v - (b[i] as number)) < 1e-12 * (1 + Math.abs(v)));
      }),
    );
  });
  it('rejects bad input, naming the argument', () => {
    expect(() => implicitRewardFromLogProbs([0, -1], [0, -1], -1)).toThrow(/beta/);
    expect(() => implicitRewardFromLogProbs([0, -Infinity], [0, -1], 1)).toThrow(/policyLogProbs/);
    expect(() => implicitRewardFromLogProbs([0, -1], [Number.NaN, -1], 1)).toThrow(/referenceLogProbs/);
    expect(() => implicitRewardFromLogProbs([0, -1], [0], 1)).toThrow(/same length/);
  });
});
