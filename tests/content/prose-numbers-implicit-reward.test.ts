/**
 * The numbers and facts the prose of section 5.2 (content/chapter-5/implicit-reward.mdx) states, recomputed with
 * `src/math`. The section computes its numbers inside MDX expressions at build time (and marks its live ones
 * `\val`, which the build checks against the widget); this test checks the facts its sentences state in words
 * (signs, orders, which response is where), the two numbers it writes by hand (0.05 and 0.36 in exercise ir-3),
 * and sweeps the prose for any other decimal number, in the manner of prose-numbers.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { sectionProse } from './section-prose';
import { expectedValue, kendallTau, klDivergence } from '../../src/math/index';
import { deriveBetaTemperature } from '../../src/widgets/beta-temperature/model';
import { betaTemperatureDefaults } from '../../src/widgets/beta-temperature/state';
import { deriveImplicitReward } from '../../src/widgets/implicit-reward/model';
import { implicitRewardDefaults, type ImplicitRewardState } from '../../src/widgets/implicit-reward/state';

const at = (changes: Partial<ImplicitRewardState>) => deriveImplicitReward({ ...implicitRewardDefaults, ...changes });
const d = at({});
const ref = d.toy.reference;
const order = (values: readonly number[]) => values.map((_, i) => i + 1).sort((a, b) => values[a - 1]! - values[b - 1]!);

describe('content/chapter-5/implicit-reward.mdx', () => {
  const text = sectionProse('chapter-5/implicit-reward.mdx');

  it('states no decimal number that is neither an input nor checked here', () => {
    // Inputs: the exercises' given probabilities, rewards, β and shift (0.1, 0.2, 0.25, 0.3, 0.5, 0.7, 0.8, 0.9, 3.5),
    // the slider settings T = 0.5 and β = 0.1, and "Section 5.1" of Rafailov et al. Checked below: 0.05 and 0.36.
    const inputs = new Set(['0.1', '0.2', '0.25', '0.3', '0.5', '0.7', '0.8', '0.9', '3.5', '5.1', '0.05', '0.36']);
    const unchecked = [...text.matchAll(/\d+\.\d+|\d+%/g)].map((m) => m[0]).filter((token) => !inputs.has(token));
    expect([...new Set(unchecked)]).toEqual([]);
  });

  it('exercise ir-3: 0.1·(0.5 log(0.9/0.5) + 0.5 log(0.1/0.5)) = 0.05 log 0.36 = −0.1·KL(π_ref‖π)', () => {
    expect(text).toContain('0.05\\log 0.36');
    const direct = 0.1 * (0.5 * Math.log(0.9 / 0.5) + 0.5 * Math.log(0.1 / 0.5));
    expect(0.05 * Math.log(0.36)).toBeCloseTo(direct, 15);
    expect(-0.1 * klDivergence([0.5, 0.5], [0.9, 0.1])).toBeCloseTo(direct, 15);
  });

  it('worked example: every reward positive, three of four implicit rewards negative, response 3 best and 4 worst under both', () => {
    expect(d.rewards.every((r) => r > 0)).toBe(true);
    expect(d.implicitRewards.filter((v) => v < 0)).toHaveLength(3);
    expect(order(d.rewards)).toEqual(order(d.implicitRewards));
    expect(order(d.rewards)[0]).toBe(4);
    expect(order(d.rewards)[3]).toBe(3);
    expect(text).toContain('response 3 is best and response 4 worst under both');
  });

  it("worked example: the averages are −β KL(π_ref‖π_θ) and β KL(π_θ‖π_ref), the latter 2.5's KL at β = 1", () => {
    expect(expectedValue(ref, d.implicitRewards)).toBeCloseTo(-klDivergence(ref, d.policy), 12);
    expect(expectedValue(d.policy, d.implicitRewards)).toBeCloseTo(klDivergence(d.policy, ref), 12);
    const beta = deriveBetaTemperature(betaTemperatureDefaults);
    expect([betaTemperatureDefaults.prompt, betaTemperatureDefaults.seed, betaTemperatureDefaults.beta]).toEqual([1, 42, 1]);
    expect(klDivergence(d.policy, ref)).toBeCloseTo(beta.current.kl, 12);
  });

  it('the tempered policy has r̂ = r/T − β(1 − 1/T) log π_ref + const (derivation), for several T and β', () => {
    for (const [temperature, beta] of [[3, 1], [0.5, 2], [7, 0.3]] as const) {
      const run = at({ temperature, beta });
      const formula = run.rewards.map((r, i) => r / temperature - beta * (1 - 1 / temperature) * Math.log(ref[i]!));
      const offsets = run.implicitRewards.map((v, i) => v - formula[i]!);
      for (const o of offsets) expect(o).toBeCloseTo(offsets[0]!, 10);
    }
  });

  it('what to notice: at T = 10 r̂ ranks like −log π_ref, which is the reverse of the reward on this prompt', () => {
    const t10 = at({ temperature: 10 });
    expect(t10.tau).toBe(-1);
    expect(kendallTau(t10.implicitRewards, ref.map((p) => -Math.log(p)))).toBe(1);
    expect(kendallTau(ref, d.rewards)).toBe(1);
  });

  it('what to notice: at T = 0.5 τ stays 1 and the implicit rewards span more than the rewards', () => {
    const half = at({ temperature: 0.5 });
    expect(half.tau).toBe(1);
    const span = (v: readonly number[]) => Math.max(...v) - Math.min(...v);
    expect(span(half.implicitRewards)).toBeGreaterThan(span(half.rewards));
  });

  it('what to notice: at β = 0.1, β log Z is close to the best reward (within 0.15) and below it; τ = 1 for every β at T = 1', () => {
    const cold = at({ beta: 0.1 });
    const rMax = Math.max(...d.rewards);
    expect(cold.betaLogZ).toBeLessThan(rMax);
    expect(rMax - cold.betaLogZ).toBeLessThan(0.15);
    for (const beta of [0.1, 0.3, 3, 10]) expect(at({ beta }).tau).toBe(1);
  });

  it('exercise ir-4: response 4 has the smallest π_ref (2/14) and the lowest reward', () => {
    expect(ref.indexOf(Math.min(...ref))).toBe(3);
    expect(ref[3]).toBeCloseTo(2 / 14, 15);
    expect(d.rewards.indexOf(Math.min(...d.rewards))).toBe(3);
  });

  it('what to notice: response 3 of prompt 6 and response 1 of prompt 1 have rewards within 0.005, implicit rewards apart by the β log Z gap', () => {
    const p6 = at({ prompt: 6 });
    expect(Math.abs(p6.rewards[2]! - d.rewards[0]!)).toBeLessThan(0.005);
    const gap = p6.implicitRewards[2]! - d.implicitRewards[0]!;
    expect(gap).toBeGreaterThan(1.5);
    expect(gap).toBeCloseTo(p6.rewards[2]! - d.rewards[0]! - (p6.betaLogZ - d.betaLogZ), 12);
    expect(text).toContain('Response 3 of prompt 6 has almost the reward of response 1 of prompt 1');
  });

  it('exercise ir-2: lowering every reward by 3.5 makes β log Z negative', () => {
    expect(at({ shift: -3.5 }).betaLogZ).toBeLessThan(0);
  });
});
