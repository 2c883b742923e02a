/**
 * The numbers and facts the prose of section 2.5 (content/chapter-2/beta-temperature.mdx) states, recomputed with
 * `src/math`. The section computes its numbers inside MDX expressions at build time; this test checks the one
 * number typed into an exercise prompt, the facts its sentences state in words (which answer is best, what the
 * direct formula returns in float32, that the entropy falls all the way on prompt 1, …), and sweeps the prose for
 * any decimal number that is neither an input nor checked, in the manner of prose-numbers.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sectionProse } from './section-prose';
import { entropy, expectedValue, optimalPolicy, temperedPolicy } from '../../src/math/index';
import { deriveBetaTemperature } from '../../src/widgets/beta-temperature/model';
import { betaTemperatureDefaults, type BetaTemperatureState } from '../../src/widgets/beta-temperature/state';

const file = join(import.meta.dirname, '../../content/chapter-2/beta-temperature.mdx');
const source = readFileSync(file, 'utf8');

const at = (changes: Partial<BetaTemperatureState>) => deriveBetaTemperature({ ...betaTemperatureDefaults, ...changes });
const d = at({});

/**
 * The direct formula π_ref·e^{r/β} / Σ π_ref·e^{r/β} with every operation rounded to float32 (Math.fround), as a
 * float32 tensor computation would do it.
 */
function directFloat32(reference: readonly number[], rewards: readonly number[], beta: number): number[] {
  const f = Math.fround;
  const w = reference.map((p, i) => f(f(p) * f(Math.exp(f(f(rewards[i]!) / f(beta))))));
  const total = w.reduce((s, x) => f(s + x), 0);
  return w.map((x) => f(x / total));
}

describe('content/chapter-2/beta-temperature.mdx', () => {
  const text = sectionProse('chapter-2/beta-temperature.mdx');

  it('states no decimal number that is neither an input nor checked here', () => {
    // Inputs: β values the reader sets (0.01, 0.05, 0.1), the exercises' given probabilities (0.9, 0.1, 0.2, 0.8, 0.5),
    // the ladder's 1.5, DPO's common β (0.1), float32's largest number (3.4 × 10^38) and prompt 1's best reward,
    // 1.963, which exercise temp-4 quotes (checked below). Everything else is an MDX expression over src/math.
    const inputs = new Set(['0.01', '0.05', '0.1', '0.9', '0.2', '0.8', '0.5', '1.5', '3.4', '1.963']);
    const unchecked = [...text.matchAll(/\d+\.\d+|\d+%/g)].map((m) => m[0]).filter((token) => !inputs.has(token));
    expect([...new Set(unchecked)]).toEqual([]);
  });

  it("exercise temp-4 quotes prompt 1's best reward, 1.963, and float32's largest number, about 3.4 × 10^38", () => {
    expect(d.rMax.toFixed(3)).toBe('1.963');
    expect(text).toContain('the best reward is 1.963');
    expect(Math.fround(3.4e38)).toBeCloseTo(3.4e38, -31);
    expect(Math.fround(3.41e38)).toBe(Infinity); // so 3.4 × 10^38 is float32's largest, to 2 digits
  });

  it('exercise temp-1 quotes π_ref of prompt 7 as 6/14, 4/14, 1/14, 3/14; its tie puts the runner-up, answer 2, level with the best, answer 4', () => {
    const tie7 = at({ prompt: 7, tie: true });
    expect(tie7.toy.reference.map((p) => p * 14)).toEqual([6, 4, 1, 3].map((n) => expect.closeTo(n, 12)));
    expect(text).toContain('π_ref = 6/14, 4/14, 1/14, 3/14');
    expect([tie7.runnerUp, tie7.best]).toEqual([2, 4]);
    expect(tie7.top).toEqual([2, 4]);
  });

  it('intuition: answer 3 is written about a third of the time and is best, then answer 2; answers 1 and 4 score much less', () => {
    const [r1, r2, r3, r4] = d.rewards as [number, number, number, number];
    expect(d.toy.reference[2]).toBeCloseTo(1 / 3, 1);
    expect(Math.max(...d.toy.reference)).toBe(d.toy.reference[2]);
    expect(r3).toBeGreaterThan(r2);
    expect(r2 - Math.max(r1, r4)).toBeGreaterThan(0.9);
  });

  it('hot end: the 1/β and 1/(2β²) approximations are within 2 % of the exact gain and KL at β = 10', () => {
    const ten = at({ beta: 10 });
    const variance = expectedValue(d.toy.reference, d.rewards.map((r) => (r - d.reference.expectedReward) ** 2));
    expect(variance / 10 / (ten.current.expectedReward - ten.reference.expectedReward)).toBeCloseTo(1, 1);
    expect(Math.abs(variance / 200 / ten.current.kl - 1)).toBeLessThan(0.02);
    expect(at({ beta: 100 }).current.kl).toBeLessThan(5e-5); // shows as 0.0000
  });

  it('cold end: at β = g/10 the bound on the mass outside answer 3 holds, and at β = 0.05 less than 10^−4 is left', () => {
    const cold = at({ beta: d.gap / 10 });
    const bound = ((1 - d.toy.reference[2]!) / d.toy.reference[2]!) * Math.exp(-10);
    expect(1 - cold.current.policy[2]!).toBeLessThan(bound);
    expect(1 - at({ beta: 0.05 }).current.policy[2]!).toBeLessThan(1e-4);
  });

  it('entropy: on prompt 1 it falls all the way as β falls (a grid of 400 β), and Cov(r, log π_ref) > 0', () => {
    const betas = Array.from({ length: 401 }, (_, i) => 10 ** (2 - i / 100));
    const h = betas.map((beta) => entropy(optimalPolicy(d.toy.reference, d.rewards, beta)));
    for (let i = 1; i < h.length; i++) expect(h[i]).toBeLessThan(h[i - 1]!);
    const meanLog = expectedValue(d.toy.reference, d.toy.reference.map(Math.log));
    const cov = expectedValue(d.toy.reference, d.rewards.map((r, i) => (r - d.reference.expectedReward) * (Math.log(d.toy.reference[i]!) - meanLog)));
    expect(cov).toBeGreaterThan(0);
  });

  it('entropy: with π_ref = (0.9, 0.1) and r = (0, 1) it climbs from H(π_ref) to log 2 and then falls to 0', () => {
    const h = (beta: number) => entropy(optimalPolicy([0.9, 0.1], [0, 1], beta));
    expect(h(1e6)).toBeCloseTo(entropy([0.9, 0.1]), 5);
    expect(h(1 / Math.log(9))).toBeCloseTo(Math.LN2, 14);
    expect(h(0.01)).toBeLessThan(1e-12);
  });

  it('direct formula in float32 at β = 0.01 on prompt 1: 0, NaN, NaN, 0 (answers 2 and 3 overflow); float64 copes', () => {
    expect(d.rMax / 0.01).toBeLessThan(Math.log(Number.MAX_VALUE));
    expect(d.rMax / 0.01).toBeGreaterThan(Math.log(3.4028234663852886e38));
    expect(directFloat32(d.toy.reference, d.rewards, 0.01)).toEqual([0, Number.NaN, Number.NaN, 0]);
  });

  it('rewards lowered by 10 at β = 0.01: every exponent is below −800 and the direct formula gives 0/0 in float64', () => {
    const lowered = d.rewards.map((r) => r - 10);
    expect(Math.max(...lowered) / 0.01).toBeLessThan(-800);
    const w = d.toy.reference.map((p, i) => p * Math.exp(lowered[i]! / 0.01));
    expect(w).toEqual([0, 0, 0, 0]);
    expect(w.map((x) => x / w.reduce((s, y) => s + y, 0)).every(Number.isNaN)).toBe(true);
    // The shifted formula is unaffected: the same policy as with the original rewards, up to rounding.
    const shifted = optimalPolicy(d.toy.reference, lowered, 0.01);
    at({ beta: 0.01 }).current.policy.forEach((p, i) => expect(shifted[i]).toBeCloseTo(p, 15));
  });

  it('worked example: about halfway in reward, answer 2 keeps almost its share, answers 1 and 4 lose most of theirs', () => {
    const share = (d.current.expectedReward - d.reference.expectedReward) / (d.greedy.expectedReward - d.reference.expectedReward);
    expect(share).toBeGreaterThan(0.45);
    expect(share).toBeLessThan(0.55);
    expect(d.rewards[1]).toBeLessThan(d.current.expectedReward);
    expect(d.rewards[1]! - Math.max(d.rewards[0]!, d.rewards[3]!)).toBeGreaterThan(0.9);
    expect(d.current.policy[1]! / d.toy.reference[1]!).toBeGreaterThan(0.9);
    for (const i of [0, 3]) expect(d.current.policy[i]!).toBeLessThan(d.toy.reference[i]! / 2);
  });

  it('what to notice: on prompt 7 the reference prefers answer 1 and answer 4 is best; its gap is smaller than prompt 1’s', () => {
    const p7 = at({ prompt: 7, beta: 0.05 });
    expect(p7.toy.reference.indexOf(Math.max(...p7.toy.reference))).toBe(0);
    expect(p7.best).toBe(4);
    expect(p7.gap).toBeLessThan(d.gap);
  });

  it('common mistake: cooling T on prompt 7 ends on answer 1 (the reference’s favourite), cooling β on answer 4', () => {
    const p7 = at({ prompt: 7 });
    const sharp = temperedPolicy(p7.toy.reference, 0.01);
    expect(sharp[0]).toBeGreaterThan(1 - 1e-12);
    expect(expectedValue(sharp, p7.rewards)).toBeCloseTo(p7.rewards[0]!, 12);
    expect(Array.from(p7.greedy.policy)).toEqual([0, 0, 0, 1]);
  });

  it('in practice: binary rewards tie every correct answer, and the limit is π_ref conditioned on being correct', () => {
    const reference = [0.05, 0.15, 0.5, 0.3]; // two correct answers (reward 1) of total probability 0.2
    const cold = optimalPolicy(reference, [1, 1, 0, 0], 1e-3);
    expect(Array.from(cold)).toEqual([0.25, 0.75, 0, 0].map((p) => expect.closeTo(p, 12)));
    expect(optimalPolicy(reference, [1, 1, 0, 0], 1 / Math.log(4))[0]! + optimalPolicy(reference, [1, 1, 0, 0], 1 / Math.log(4))[1]!).toBeCloseTo(0.5, 12);
  });
});

describe('typography of content/chapter-2/beta-temperature.mdx', () => {
  it("has no apostrophe straight after inline math ($\\pi_{\\mathrm{ref}}$'s), which the build's smart quotes turn into an opening ‘", () => {
    expect(source).not.toMatch(/\$'s\b/);
  });
});

describe('names of β in content/chapter-2/beta-temperature.mdx', () => {
  it('calls λ = 1/β the inverse temperature and explains why the title uses the physicist’s name for β', () => {
    expect(source).toMatch(/\\lambda = 1\/\\beta\$ is the \*\*inverse temperature\*\*/);
    expect(source).toMatch(/the RLHF \$\\beta\$ plays the temperature and the physicist's \$\\beta\$ is our \$\\lambda\$/);
  });
});
