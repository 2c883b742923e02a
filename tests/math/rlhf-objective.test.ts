import { describe, expect, it } from 'vitest';
import { rlhfObjective } from '../../src/math/rlhf-objective.ts';

describe('rlhfObjective(policy, reference, rewards, beta)', () => {
  it('is E_π[r] − β KL(π‖π_ref)', () => {
    const kl = 0.25 * Math.log(0.5) + 0.75 * Math.log(1.5);
    expect(rlhfObjective([0.25, 0.75], [0.5, 0.5], [1, 2], 0.3)).toBeCloseTo(1.75 - 0.3 * kl, 15);
    expect(rlhfObjective([0.25, 0.75], [0.5, 0.5], [0, Math.log(3)], 1)).toBeCloseTo(Math.LN2, 15); // = β log Z at π*
  });
  it('is −Infinity when π leaves the support of π_ref', () => {
    expect(rlhfObjective([0.5, 0.5], [1, 0], [0, 10], 1)).toBe(-Infinity);
  });
  it('rejects bad input', () => {
    expect(() => rlhfObjective([0.5, 0.5], [0.5, 0.5], [1, 2], -1)).toThrow(/beta/);
    expect(() => rlhfObjective([0.5, 0.5], [1], [1, 2], 1)).toThrow(/policy and reference must have the same length/);
    expect(() => rlhfObjective([0.5, 0.5], [0.5, 0.5], [1], 1)).toThrow(/policy and rewards must have the same length/);
  });
});
