/**
 * The numbers and facts the prose of section 5.1 (content/chapter-5/optimal-policy.mdx) states, recomputed with
 * `src/math`. The section computes its numbers inside MDX expressions at build time (and marks its live ones
 * `\val`, which the build checks against the widget); this test checks the facts its sentences state in words
 * (which answer the reference and the reward favour, which way a move changes the reward and the objective,
 * where a line of policies passes), and sweeps the prose for any decimal number that is neither an input nor
 * computed, in the manner of prose-numbers.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { sectionProse } from './section-prose';
import { klDivergence, optimalPolicy, rlhfObjective } from '../../src/math/index';
import { deriveOptimalPolicy, summarizeOptimalPolicy } from '../../src/widgets/optimal-policy/model';
import { OPTIMAL_POLICY_DIRECTIONS, optimalPolicyDefaults, type OptimalPolicyState } from '../../src/widgets/optimal-policy/state';
import { formatFixed } from '../../src/widgets/shared/format-number';
import { expectAllClose } from '../math/expect-close';

const at = (changes: Partial<OptimalPolicyState>) => deriveOptimalPolicy({ ...optimalPolicyDefaults, ...changes });
const d = at({});
const ref = d.toy.reference;
const r = d.toy.rewards;
/** The widget's numbers that exercises opt-1 and opt-2 quote as plain text (checked below). */
const quoted = [formatFixed(r[2]!, 3), formatFixed(d.reference.objective, 4), formatFixed(d.maximum, 4)];

describe('content/chapter-5/optimal-policy.mdx', () => {
  const text = sectionProse('chapter-5/optimal-policy.mdx');

  it('states no decimal number that is neither an input nor computed in an MDX expression', () => {
    // Inputs: β = 0.1 and β = 0.5 (slider settings and exercise opt-4), ε = 0.1, the DPO default β = 0.1, TRL's
    // default kl_coef = 0.05 (trl/trainer/ppo_config.py), and the gap "0.0000" the widget shows at ε = 0 (checked
    // below). Everything else is an expression, which this sweep does not see as a number ({f(…)}).
    const inputs = new Set(['0.1', '0.5', '0.05', '0.0000', ...quoted]);
    const unchecked = [...text.matchAll(/\d+\.\d+|\d+%/g)].map((m) => m[0]).filter((token) => !inputs.has(token));
    expect([...new Set(unchecked)]).toEqual([]);
  });

  it('exercises opt-1 and opt-2 quote the widget’s default r(3), J(π_ref) and β log Z', () => {
    expect(text).toContain(`response 3 has the best reward, ${formatFixed(r[2]!, 3)})`);
    expect(text).toContain(`J(π_ref) = ${formatFixed(d.reference.objective, 4)} and the maximum is β log Z = ${formatFixed(d.maximum, 4)}.`);
    expect(text).toContain('π_ref = 3/14, 4/14, 5/14, 2/14;');
    expectAllClose(ref, [3 / 14, 4 / 14, 5 / 14, 2 / 14], 15);
  });

  it('what to notice: at ε = 0 the gap reads 0.0000 in every direction', () => {
    expect(text).toContain('the gap reads 0.0000');
    for (const direction of OPTIMAL_POLICY_DIRECTIONS) {
      expect(summarizeOptimalPolicy({ ...optimalPolicyDefaults, direction, step: 0 })).toContain('the gap 0.0000 equals β·KL(π‖π*) = 0.0000');
    }
  });

  it('intuition: π_ref writes answer 3 most; the reward likes answer 3 best and answer 2 next', () => {
    expect(ref.indexOf(Math.max(...ref))).toBe(2);
    const order = r.map((_, i) => i).sort((a, b) => r[b]! - r[a]!);
    expect(order.slice(0, 2)).toEqual([2, 1]);
  });

  it('worked example: answer 3 rises, answer 2 stays near its reference share, answers 1 and 4 lose most of theirs', () => {
    const star = d.optimum.policy;
    expect(star[2]).toBeGreaterThan(ref[2]!);
    expect(Math.abs(star[1]! - ref[1]!)).toBeLessThan(0.02);
    expect(star[0]! / ref[0]!).toBeLessThan(0.5);
    expect(star[3]! / ref[3]!).toBeLessThan(0.5);
  });

  it('more reward, less objective: raising answer 3 by 1 adds reward, adds more KL than reward, and lowers J; lowering it loses both', () => {
    expect(d.current.expectedReward).toBeGreaterThan(d.optimum.expectedReward);
    expect(d.current.kl - d.optimum.kl).toBeGreaterThan(d.current.expectedReward - d.optimum.expectedReward);
    expect(d.current.objective).toBeLessThan(d.maximum);
    const lowered = at({ step: -1 });
    expect(lowered.current.expectedReward).toBeLessThan(d.optimum.expectedReward);
    expect(lowered.current.objective).toBeLessThan(d.maximum);
  });

  it('along r/β: ε = −1 is π_ref and ε = 1 is the optimum for β/2', () => {
    expectAllClose(at({ direction: 'reward', step: -1 }).current.policy, ref, 12);
    expect(at({ direction: 'reward', step: -1 }).current.kl).toBeLessThan(1e-12);
    expectAllClose(at({ direction: 'reward', step: 1 }).current.policy, optimalPolicy(ref, r, 0.5), 12);
    expect(at({ direction: 'reward', step: 1 }).gap).toBeCloseTo(klDivergence(optimalPolicy(ref, r, 0.5), d.optimum.policy), 12);
  });

  it('the objective falls monotonically on both sides of ε = 0 along every direction, for several β and prompts', () => {
    for (const direction of OPTIMAL_POLICY_DIRECTIONS) {
      for (const [beta, prompt] of [[0.1, 1], [1, 1], [10, 1], [0.5, 7], [2, 4]] as const) {
        const curve = at({ direction, beta, prompt }).curve;
        const peak = (curve.length - 1) / 2;
        for (let i = 1; i <= peak; i++) expect(curve[i]!.objective).toBeGreaterThanOrEqual(curve[i - 1]!.objective - 1e-12);
        for (let i = peak + 1; i < curve.length; i++) expect(curve[i]!.objective).toBeLessThanOrEqual(curve[i - 1]!.objective + 1e-12);
      }
    }
  });

  it('Z(x) is described one way: the intuition says it is not bookkeeping, so the derivation must not call it "nothing more" than the normalizer', () => {
    expect(text).toContain('is not bookkeeping');
    expect(text).not.toMatch(/normalizer, nothing more/);
    expect(d.maximum).toBeCloseTo(d.beta * Math.log(d.z), 12);
  });

  it('a direction whose offsets are all equal does not move π, and the prose says so where it claims a positive gap', () => {
    // π* e^{εc} renormalized is π* for a constant c, so J stays at β log Z: "every direction" needs that exception.
    for (const step of [-3, 1, 2.5]) {
      const flat = at({ direction: 'custom', d1: 1, d2: 1, d3: 1, d4: 1, step });
      expectAllClose(flat.current.policy, d.optimum.policy, 12);
      expect(Math.abs(flat.gap)).toBeLessThan(1e-12);
    }
    expect(text).toContain('in every direction that moves the policy');
    expect(text).toContain('in every direction whose four offsets are not all equal');
    expect(text).not.toMatch(/Every other step, in every direction, gives a positive gap/);
  });

  it('the maximum lies between E_π_ref[r] and r_max, nearer r_max at β = 0.1 and nearer E_π_ref[r] at β = 10', () => {
    const [cold, hot] = [at({ beta: 0.1 }), at({ beta: 10 })];
    const rMax = Math.max(...r);
    for (const x of [cold, d, hot]) {
      expect(x.maximum).toBeGreaterThan(d.reference.expectedReward);
      expect(x.maximum).toBeLessThan(rMax);
    }
    expect(rMax - cold.maximum).toBeLessThan(cold.maximum - d.reference.expectedReward);
    expect(hot.maximum - d.reference.expectedReward).toBeLessThan(rMax - hot.maximum);
  });

  it('common mistake: always answering 3 scores below π_ref, and π*’s reward exceeds its value β log Z', () => {
    const greedy = rlhfObjective([0, 0, 1, 0], ref, r, 1);
    expect(greedy).toBeLessThan(d.reference.expectedReward);
    expect(greedy).toBeCloseTo(d.maximum + Math.log(d.optimum.policy[2]!), 12);
    expect(d.optimum.expectedReward).toBeGreaterThan(d.maximum);
  });

  it('what to notice: the same move costs little at β = 0.1, where π* is nearly sure of answer 3, and much at β = 10', () => {
    const [cold, hot] = [at({ beta: 0.1 }), at({ beta: 10 })];
    expect(cold.optimum.policy[2]).toBeGreaterThan(0.99);
    expect(cold.gap).toBeLessThan(d.gap / 100);
    expect(hot.gap).toBeGreaterThan(10 * d.gap);
  });
});
