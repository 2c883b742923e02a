/**
 * The numbers and facts the prose of section 5.5 (content/chapter-5/dpo-gradient.mdx) states, recomputed with
 * `src/math` through the widget's model. The section computes every number of its running text inside MDX
 * expressions at build time (and marks its live ones `\val`, which the build checks against the widget); this test
 * checks the facts its sentences state in words (which pair is where, counts, net wins, where the runs end) and
 * sweeps the prose for any other decimal number, in the manner of prose-numbers.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { sectionProse } from './section-prose';
import { deriveDpoGradient, pairName } from '../../src/widgets/dpo-gradient/model';
import { dpoGradientDefaults } from '../../src/widgets/dpo-gradient/state';
import { formatFixed } from '../../src/widgets/shared/format-number';

describe('content/chapter-5/dpo-gradient.mdx', () => {
  const text = sectionProse('chapter-5/dpo-gradient.mdx');

  it('states no decimal number that is neither an input nor checked here', () => {
    // Inputs: β = 0.1 (TRL's, the β slider setting and exercise dg-4's), exercise dg-3's logit step 0.5 and
    // exercise dg-4's weight 0.05.
    const inputs = new Set(['0.1', '0.5', '0.05']);
    const unchecked = [...text.matchAll(/\d+\.\d+|\d+%/g)].map((m) => m[0]).filter((token) => !inputs.has(token));
    expect([...new Set(unchecked)]).toEqual([]);
  });

  it('names the pairs, counts and answers the facts below are about', () => {
    for (const phrase of ['The 5 labels y3 ≻ y4 have the lowest weight', 'The 2 labels y4 ≻ y1 have the highest', 'y4 loses 13 of the 15 comparisons', 'the 3 labels y1 ≻ y2 give the largest step', '2 - 13 = -11 net wins', 'three kinds of labels are ordered against what they say']) {
      expect(text).toContain(phrase);
    }
  });
});

describe('the facts behind the words of content/chapter-5/dpo-gradient.mdx (the widget’s default run, prompt 1)', () => {
  const text = sectionProse('chapter-5/dpo-gradient.mdx');
  const at = (changes: Partial<typeof dpoGradientDefaults>) => deriveDpoGradient({ ...dpoGradientDefaults, ...changes });
  const d = at({});
  const end = at({ step: 200 });
  const pair = (derived: typeof d, name: string) => derived.pairs.find((p) => pairName(p) === name)!;
  const net = (y: number) => d.pairs.reduce((s, p) => s + (p.chosen === y ? p.count : p.rejected === y ? -p.count : 0), 0);

  it('at step 10, the 5 labels y3 ≻ y4 have the lowest weight and the 2 labels y4 ≻ y1 the highest; y1 ≻ y2 gives the largest step', () => {
    const byWeight = [...d.pairs].sort((a, b) => a.weight - b.weight);
    expect([pairName(byWeight[0]!), byWeight[0]!.count]).toEqual(['y3 ≻ y4', 5]);
    expect([pairName(byWeight.at(-1)!), byWeight.at(-1)!.count]).toEqual(['y4 ≻ y1', 2]);
    const byPush = [...d.pairs].sort((a, b) => b.push - a.push);
    expect([pairName(byPush[0]!), byPush[0]!.count]).toEqual(['y1 ≻ y2', 3]);
    expect(pair(d, 'y2 ≻ y4').count).toBe(6);
  });

  it('y4 appears in 15 comparisons and loses 13 (net wins 2 − 13 = −11); net wins are 0, 4, 7, −11; y3 has the most', () => {
    const appearances = d.pairs.filter((p) => p.chosen === 3 || p.rejected === 3).reduce((s, p) => s + p.count, 0);
    const losses = d.pairs.filter((p) => p.rejected === 3).reduce((s, p) => s + p.count, 0);
    expect([appearances, losses]).toEqual([15, 13]);
    expect([0, 1, 2, 3].map(net)).toEqual([0, 4, 7, -11]);
    expect(d.pairs.filter((p) => p.chosen === 3).map(pairName)).toEqual(['y4 ≻ y1']);
  });

  it('at step 200, exactly three kinds of labels are ordered against their label: y1 ≻ y2, y4 ≻ y1, y2 ≻ y3', () => {
    expect(end.pairs.filter((p) => !p.correct).map(pairName).sort()).toEqual(['y1 ≻ y2', 'y2 ≻ y3', 'y4 ≻ y1']);
  });

  it('the y4 balance adds up as printed: the 4-decimal terms give the 3-decimal totals (2 × 0.7839 ≈ 1.568 ≈ 2 × 0.2161 + 6 × 0.1491 + 5 × 0.0482)', () => {
    // The prose once printed 2 × 0.216 + 6 × 0.149 + 5 × 0.048 = 1.568, whose terms add up to 1.566.
    const w = (name: string) => Number(formatFixed(pair(end, name).weight, 4));
    const wins = end.pairs.filter((p) => p.chosen === 3).reduce((s, p) => s + p.count * p.weight, 0);
    const losses = end.pairs.filter((p) => p.rejected === 3).reduce((s, p) => s + p.count * p.weight, 0);
    expect(formatFixed(2 * w('y4 ≻ y1'), 3)).toBe(formatFixed(wins, 3));
    expect(formatFixed(2 * w('y1 ≻ y4') + 6 * w('y2 ≻ y4') + 5 * w('y3 ≻ y4'), 3)).toBe(formatFixed(losses, 3));
    expect(formatFixed(wins, 3)).toBe(formatFixed(losses, 3));
    expect(text).toContain("2 × {f(pair(end, 'y4 ≻ y1').weight, 4)} ≈ {f(b4.wins, 3)}");
    expect(text).toContain("2 × {f(pair(end, 'y1 ≻ y4').weight, 4)} + 6 × {f(pair(end, 'y2 ≻ y4').weight, 4)} + 5 × {f(pair(end, 'y3 ≻ y4').weight, 4)} ≈ {f(b4.losses, 3)}");
  });

  it('y2 ≻ y4 and y3 ≻ y4 have no label against them yet settle; y1 ≻ y2, a 3-to-1 majority, ends ordered against; y2 beats y1 against y3 and y4', () => {
    const count = (name: string) => end.pairs.find((p) => pairName(p) === name)?.count ?? 0;
    expect([count('y4 ≻ y2'), count('y4 ≻ y3')]).toEqual([0, 0]);
    for (const name of ['y2 ≻ y4', 'y3 ≻ y4']) expect(pair(end, name).weight).toBeGreaterThan(0.04);
    expect([count('y1 ≻ y2'), count('y2 ≻ y1')]).toEqual([3, 1]);
    expect(pair(end, 'y1 ≻ y2').correct).toBe(false);
    expect(Math.abs(pair(end, 'y1 ≻ y2').weight - 0.25)).toBeGreaterThan(0.3);
    // Net wins against y3 and y4: y1 has 0 − 2 and 2 − 2, y2 has 1 − 1 and 6 − 0.
    expect([count('y1 ≻ y3') - count('y3 ≻ y1'), count('y1 ≻ y4') - count('y4 ≻ y1')]).toEqual([-2, 0]);
    expect([count('y2 ≻ y3') - count('y3 ≻ y2'), count('y2 ≻ y4') - count('y4 ≻ y2')]).toEqual([0, 6]);
    expect(text).toContain('That closed form holds for a pair whose two answers meet in no other label');
  });

  it('no group of prompt 1’s answers wins every comparison against the rest (every answer reaches every other along labels)', () => {
    const beats = (a: number, b: number) => end.pairs.some((p) => p.chosen === a && p.rejected === b);
    for (let from = 0; from < 4; from++) {
      const seen = new Set([from]);
      for (let grew = true; grew; ) {
        grew = false;
        for (const a of [...seen]) {
          for (let b = 0; b < 4; b++) {
            if (!seen.has(b) && beats(a, b)) {
              seen.add(b);
              grew = true;
            }
          }
        }
      }
      expect(seen.size, `answers y${String(from + 1)} reaches`).toBe(4);
    }
  });

  it('on prompt 1 solid curves only fall and dashed ones only rise, never reaching 0 or 1; on some other prompt a curve overshoots', () => {
    const monotone = (ws: number[], sign: number) => ws.every((w, s) => s === 0 || sign * (w - ws[s - 1]!) >= -1e-12);
    for (const p of end.pairs) {
      expect(monotone(p.weights, p.correct ? -1 : 1), pairName(p)).toBe(true);
      expect(Math.min(...p.weights)).toBeGreaterThan(0.04);
      expect(Math.max(...p.weights)).toBeLessThan(0.8);
    }
    const overshoots = [2, 3, 4, 5, 6, 7, 8].some((prompt) => at({ prompt, step: 200 }).pairs.some((p) => !monotone(p.weights, p.correct ? -1 : 1)));
    expect(overshoots).toBe(true);
  });

  it('exercise dg-2: under the unweighted loss, log π(y2) − log π(y4) of prompt 2 stays log(2/6) at every step', () => {
    const p2 = at({ prompt: 2, loss: 'unweighted', step: 200 });
    p2.responses[1]!.logProbs.forEach((lp, s) => expect(lp - p2.responses[3]!.logProbs[s]!).toBeCloseTo(Math.log(2 / 6), 9));
  });

  it('the unweighted run ends with all the mass on y3 (KL = log 14/5, π_ref(y3) = 5/14), and at β = 0.1 DPO also nearly does', () => {
    const flatEnd = at({ loss: 'unweighted', step: 200 });
    expect(flatEnd.responses[2]!.probability).toBeGreaterThan(1 - 1e-12);
    expect(flatEnd.responses[2]!.reference).toBeCloseTo(5 / 14, 15);
    expect(flatEnd.kl).toBeCloseTo(Math.log(14 / 5), 9);
    const small = at({ beta: 0.1, step: 200 });
    expect(small.responses[2]!.probability).toBeGreaterThan(0.999);
  });

  it('exercise dg-2 states prompt 2’s net wins (0, 1, −2, 1) and π_ref = (4, 2, 2, 6)/14', () => {
    const p2 = at({ prompt: 2, loss: 'unweighted' });
    const net2 = [0, 1, 2, 3].map((y) => p2.pairs.reduce((s, p) => s + (p.chosen === y ? p.count : p.rejected === y ? -p.count : 0), 0));
    expect(net2).toEqual([0, 1, -2, 1]);
    p2.responses.forEach((r, y) => expect(r.reference).toBeCloseTo([4, 2, 2, 6][y]! / 14, 15));
  });
});
