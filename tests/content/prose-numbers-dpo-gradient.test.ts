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
