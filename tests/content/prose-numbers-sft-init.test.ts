/**
 * The numbers and facts the prose of section 4.1 (content/chapter-4/sft-init.mdx) states, recomputed with
 * `src/math`. The section computes its numbers inside MDX expressions at build time (and marks its live ones
 * `\val`, which the build checks against the widget); this test checks the facts its sentences state in words
 * (which responses were demonstrated how often, which one is best, when y7 first appears, which way mass moves)
 * and sweeps the prose for any decimal number that is neither an input nor checked, in the manner of
 * prose-numbers.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { sectionProse } from './section-prose';
import { klDivergence, optimalPolicy, sftMaximumLikelihood } from '../../src/math/index';
import { deriveSftInit } from '../../src/widgets/sft-init/model';
import { sftInitDefaults, type SftInitState } from '../../src/widgets/sft-init/state';

const at = (changes: Partial<SftInitState>) => deriveSftInit({ ...sftInitDefaults, ...changes });
const d = at({});

describe('content/chapter-4/sft-init.mdx', () => {
  const text = sectionProse('chapter-4/sft-init.mdx');

  it('states no decimal number that is neither an input nor computed in an MDX expression', () => {
    // Inputs: slider settings (β = 0.5, 0.05; α = 0.1), InstructGPT's residual dropout 0.2, and the exercises'
    // givens (α = 0.1 written as 0.1/(10 + 0.8), ε = 0.1 with 1 − ε = 0.9, α = 0.5), and si-4's smoothed counts
    // c + α = 6.5, 3.5, 1.5 (checked below). Everything else is an expression, which this sweep does not see as a
    // number because it is written as {f(…)}.
    const inputs = new Set(['0.5', '0.05', '0.1', '0.2', '0.8', '0.9', '10.8', '6.5', '3.5', '1.5']);
    const unchecked = [...text.matchAll(/\d+\.\d+|\d+%/g)].map((m) => m[0]).filter((token) => !inputs.has(token));
    expect([...new Set(unchecked)]).toEqual([]);
  });

  it('worked example: ten demonstrations wrote y4 five times, y3 and y6 twice, y2 once; y7 is the best and unwritten', () => {
    expect(d.responses.map((r) => r.count)).toEqual([0, 1, 2, 5, 0, 2, 0, 0]);
    expect(text).toContain('wrote y4 five times, y3 and y6 twice each and y2 once');
    expect(d.zeroSupport).toEqual([1, 5, 7, 8]);
    expect(text).toContain('0 on y1, y5, y7 and y8');
    expect(d.best).toBe(7);
    expect(d.bestReachable).toBe(3);
  });

  it('worked example: π* takes mass from y2 and y6 and gives it to y3; y4 barely moves', () => {
    // The first draft said "moves mass from y4 and y6", but y4 loses 0.005 while y2 loses 0.092.
    const [y2, y3, y4, y6] = [d.responses[1]!, d.responses[2]!, d.responses[3]!, d.responses[5]!];
    expect(text).toContain('takes mass from y2 and y6');
    expect(text).toContain('y4 barely moves');
    expect(y2.optimal).toBeLessThan(y2.sft / 2);
    expect(y6.optimal).toBeLessThan(y6.sft / 2);
    expect(y3.optimal).toBeGreaterThan(y3.sft);
    expect(Math.abs(y4.optimal - y4.sft)).toBeLessThan(0.01);
    expect(d.responses.filter((r) => r.optimal < r.sft - 0.01).map((r) => r.response)).toEqual([2, 6]);
  });

  it('what to notice: the fourteenth demonstration is the first to write y7', () => {
    expect(at({ demonstrations: 13 }).responses[6]!.count).toBe(0);
    expect(at({ demonstrations: 14 }).responses[6]!.count).toBe(1);
  });

  it('what to notice: at β = 0.05, E_{π*}[r*] rounds to y3’s gold reward; smoothing lowers E_{π_SFT}[r*]; n = 200 demonstrates every response', () => {
    expect(at({ beta: 0.05 }).optimalValue.toFixed(2)).toBe(d.reachableValue.toFixed(2));
    // common mistake: β = 0.05 (0.987) stays below the β → 0 limit, y3's gold reward (0.988)
    expect(at({ beta: 0.05 }).optimalValue).toBeLessThan(d.reachableValue);
    expect(d.reachableValue).toBe(d.responses[2]!.gold);
    expect(at({ smoothing: 0.1 }).sftValue).toBeLessThan(d.sftValue);
    expect(at({ smoothing: 1 }).sftValue).toBeLessThan(at({ smoothing: 0.1 }).sftValue);
    expect(at({ demonstrations: 200 }).zeroSupport).toEqual([]);
    // α = 1: the four undemonstrated responses get 4 · 1/(10 + 8) in total
    expect(at({ smoothing: 1 }).responses.filter((r) => r.count === 0).reduce((s, r) => s + r.sft, 0)).toBeCloseTo(4 / 18, 15);
  });

  it('derivation: the only policy on y7 costs −log π_SFT(y7) = log 108 nats at α = 0.1, close to KL(π*‖π_SFT) at β = 0.05', () => {
    const smooth = at({ smoothing: 0.1 });
    const pointMass = smooth.responses.map((r) => (r.response === 7 ? 1 : 0));
    const sft = smooth.responses.map((r) => r.sft);
    expect(klDivergence(pointMass, sft)).toBeCloseTo(Math.log(108), 12);
    expect(at({ smoothing: 0.1, beta: 0.05 }).kl).toBeLessThan(Math.log(108));
    expect(at({ smoothing: 0.1, beta: 0.05 }).kl).toBeGreaterThan(Math.log(108) - 0.01);
  });

  it('in practice: label smoothing ε is add-α with α = εn/(K(1 − ε)) (a table fitted to the smoothed targets)', () => {
    const counts = [7, 9, 4, 0];
    const [n, k, eps] = [20, 4, 0.1];
    const smoothedTargets = counts.map((c) => (1 - eps) * (c / n) + eps / k);
    const alpha = (eps * n) / (k * (1 - eps));
    const addAlpha = sftMaximumLikelihood([counts], { smoothing: alpha })[0]!;
    addAlpha.forEach((p, i) => expect(p).toBeCloseTo(smoothedTargets[i]!, 14));
  });

  it('si-1: y4 is the response π_SFT writes most, and the proportional restriction is the cheapest way to drop it', () => {
    const sft = d.responses.map((r) => r.sft);
    expect(sft.indexOf(Math.max(...sft))).toBe(3);
    const kept = sft.map((p, i) => (i === 3 ? 0 : p / 0.5));
    // any other policy off y4 costs more (KL(π‖π_SFT) = KL(π‖q_S) − log q(S))
    const other = [0, 0.3, 0.3, 0, 0, 0.4, 0, 0];
    expect(klDivergence(other, sft)).toBeGreaterThan(klDivergence(kept, sft));
    expect(klDivergence(kept, sft)).toBeCloseTo(Math.log(2), 14);
  });

  it('si-4: the undemonstrated fourth response gets the largest share of π*', () => {
    const sft = sftMaximumLikelihood([[6, 3, 1, 0]], { smoothing: 0.5 })[0]!;
    sft.forEach((p, i) => expect(p * 12).toBeCloseTo([6.5, 3.5, 1.5, 0.5][i]!, 14));
    expect(text).toContain('0.5 e^{4} / (6.5 + 3.5e + 1.5e^{2} + 0.5e^{4})');
    const opt = Array.from(optimalPolicy(sft, [0, 1, 2, 4], 1));
    expect(opt.indexOf(Math.max(...opt))).toBe(3);
  });
});
